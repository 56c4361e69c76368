import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/scenario/validateScenario';
import type { Scenario } from '../../../../src/core/scenario';
import {
  CAP_MESSAGE,
  cardFromFrontierPoint,
  cardFromSeeds,
  validateBestSeedsForm,
  validateFrontierForm,
  validateSweepForm,
  type SweepForm,
} from '../../../../src/ui/app/analysis/analysisForms';
import { leverPath, leversFor, LEVERS } from '../../../../src/ui/app/analysis/sweepLevers';
import type { Draft, Json } from '../../../../src/ui/app/draft';
import { formErrorText } from '../../../../src/ui/app/analysis/analysisMessages';
import { planSweep } from '../../../../src/sweep/sweepPlan';

const DRAFT: Draft = {
  version: 1,
  name: 'forms',
  seed: 'forms',
  runs: 4,
  steps: 20,
  network: { kind: 'communities', nodes: 300, communities: 6, meanDegree: 6, mixing: 0.2 },
  model: { kind: 'dividend' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 10 } },
    { name: 'hand', seeding: { method: 'manual', count: 2, nodes: [1, 2] } },
  ],
};

function scenario(draft: Draft = DRAFT): Scenario {
  const r = validateScenario(draft);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const SWEEP: SweepForm = { lever: 'strategies[{s}].content.quality', strategy: 'all', from: '0', to: '1', steps: '5', lever2: '', from2: '0', to2: '1', steps2: '3' };

describe('levers', () => {
  it('every lever offered for a dividend scenario plans a valid sweep over its default range', () => {
    const s = scenario();
    const levers = leversFor(s);
    expect(levers.map((l) => l.label)).toContain('Content quality');
    expect(levers.some((l) => l.path === 'model.probability')).toBe(false);
    for (const l of levers) {
      const to = l.path === 'strategies[{s}].seeding.count' ? 100 : l.to;
      expect(() => planSweep(s, [{ path: leverPath(l, 0), from: l.from, to, steps: 3 }]), l.id).not.toThrow();
    }
  });
  it('canonical models offer the transmission probability and not the dividend levers', () => {
    const s = scenario({ ...DRAFT, model: { kind: 'independent-cascade', probability: 0.1 } });
    const ids = leversFor(s).map((l) => l.id);
    expect(ids).toContain('model.probability');
    expect(ids).not.toContain('strategies[{s}].content.quality');
    expect(LEVERS.length).toBeGreaterThan(ids.length);
  });
  it('leverPath writes one strategy or every strategy', () => {
    expect(leverPath(LEVERS[0], 1)).toBe('strategies[1].content.quality');
    expect(leverPath(LEVERS[0], 'all')).toBe('strategies[*].content.quality');
  });
});

describe('sweep form', () => {
  it('gives parameter specs for a 1-D and a 2-D sweep', () => {
    expect(validateSweepForm(SWEEP, scenario())).toEqual({ ok: true, value: [{ path: 'strategies[*].content.quality', from: 0, to: 1, steps: 5 }] });
    const two = validateSweepForm({ ...SWEEP, strategy: '1', lever2: 'strategies[{s}].incentives.rewardPerShare', to2: '4' }, scenario());
    expect(two).toEqual({ ok: true, value: [{ path: 'strategies[1].content.quality', from: 0, to: 1, steps: 5 }, { path: 'strategies[1].incentives.rewardPerShare', from: 0, to: 4, steps: 3 }] });
  });
  it('names each bad field', () => {
    const r = validateSweepForm({ ...SWEEP, from: 'abc', steps: '1.5', lever2: SWEEP.lever }, scenario());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['from', 'steps', 'lever2']);
    expect(formErrorText(r.errors[0], 'en')).toBe('Parameter from: must be a number');
    expect(formErrorText(r.errors[1], 'en')).toBe('Parameter steps: must be a whole number between 2 and 201 (got 1.5)');
  });
  it('rejects an unknown lever and a grid over the point limit', () => {
    const r = validateSweepForm({ ...SWEEP, lever: 'model.probability' }, scenario());
    expect(!r.ok && r.errors[0].field).toBe('lever');
    expect(!r.ok && formErrorText(r.errors[0], 'en')).toBe('Parameter: choose a parameter from the list');
    const big = validateSweepForm({ ...SWEEP, steps: '201', lever2: 'network.mixing', steps2: '20' }, scenario());
    expect(!big.ok && big.errors[0].field).toBe('steps2');
  });
});

describe('best seeds and frontier forms', () => {
  it('checks k against the seed users of this network (300, by the rules the CLI uses) and the samples', () => {
    expect(validateBestSeedsForm({ strategy: '0', k: '3', samples: '50' }, scenario())).toEqual({ ok: true, value: { strategy: 0, k: 3, samples: 50 } });
    // 51 was refused when the page capped k at 50; the network has 300 seed users, so it is a valid budget now.
    expect(validateBestSeedsForm({ strategy: '0', k: '51', samples: '50' }, scenario()).ok).toBe(true);
    const r = validateBestSeedsForm({ strategy: '0', k: '301', samples: '0' }, scenario());
    expect(!r.ok && r.errors.map((e) => formErrorText(e, 'en'))).toEqual([
      'Seed budget k: must be a whole number between 1 and 300, the seed users this network has (KOL accounts are hired, never seed users) (got 301)',
      'Samples: must be a whole number between 1 and 10000 (got 0)',
    ]);
    const typed = validateBestSeedsForm({ strategy: '0', k: 'ten', samples: '5' }, scenario());
    expect(!typed.ok && typed.errors.map((e) => formErrorText(e, 'en'))).toEqual(['Seed budget k: must be a number']);
  });

  it('refuses a network drawn anew every run, as the CLI does', () => {
    const resampled = scenario({ ...DRAFT, network: { ...(DRAFT.network as Record<string, Json>), resample: true } });
    const r = validateBestSeedsForm({ strategy: '0', k: '3', samples: '50' }, resampled);
    expect(!r.ok && r.errors.map((e) => e.key)).toEqual(['analysis.error.seedsResample']);
  });

  it('best seeds and the frontier need the dividend model; the frontier refuses manual seeding', () => {
    const ic = scenario({ ...DRAFT, model: { kind: 'independent-cascade', probability: 0.1 } });
    expect(validateBestSeedsForm({ strategy: '0', k: '3', samples: '50' }, ic).ok).toBe(false);
    const manual = validateFrontierForm({ strategy: '1', budget: '1000', levels: '3' }, scenario());
    expect(!manual.ok && manual.errors[0].field).toBe('strategy');
    const bad = validateFrontierForm({ strategy: '0', budget: '-5', levels: '13' }, scenario());
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['budget', 'levels']);
    expect(validateFrontierForm({ strategy: '0', budget: '1000', levels: '2' }, scenario())).toEqual({
      ok: true,
      value: { strategy: 'seeds', budget: 1000, levels: { seeds: 2, kols: 2, rewards: 2, ads: 2 } },
    });
  });
});

describe('cards', () => {
  const state = { draft: DRAFT, colors: [0, 1] };
  it('a frontier point becomes a card that validates, with a unique name and a new colour', () => {
    const strategy = { ...scenario().strategies[0], name: '40 seeds · 0 KOLs · reward 0 · ads 0%' };
    const first = cardFromFrontierPoint(state, strategy);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.state.colors).toEqual([0, 1, 2]);
    expect(validateScenario(first.state.draft).ok).toBe(true);
    const again = cardFromFrontierPoint(first.state, strategy);
    expect(again.ok && again.name).toBe('40 seeds · 0 KOLs · reward 0 · ads 0% 2');
  });
  it('greedy seeds become a manual-seeding copy of the strategy', () => {
    const r = cardFromSeeds(state, 0, [5, 9, 2]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const added = (r.state.draft.strategies as Draft[])[2];
    expect(added).toEqual({ name: 'seeds · greedy 3 seeds', seeding: { method: 'manual', count: 3, nodes: [5, 9, 2] } });
    expect(validateScenario(r.state.draft).ok).toBe(true);
  });
  it('the 8-strategy cap gives a clear message and leaves the draft alone', () => {
    const full = { draft: { ...DRAFT, strategies: Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) }, colors: [0, 1, 2, 3, 4, 5, 6, 7] };
    expect(cardFromSeeds(full, 0, [1])).toEqual({ ok: false, message: CAP_MESSAGE });
    expect(CAP_MESSAGE).toMatch(/at most 8 strategies/);
  });
});

describe('KOLs hired lever', () => {
  it('appears only when the network has KOL accounts, up to their number', () => {
    const withKols = scenario({ ...DRAFT, network: { ...(DRAFT.network as Draft), kols: { count: 3, reach: 0.2, homeBias: 0.5 } } });
    const l = leversFor(withKols).find((x) => x.id === 'strategies[{s}].kols.hire');
    expect(l && [l.to, l.steps]).toEqual([3, 4]);
    expect(() => planSweep(withKols, [{ path: leverPath(l!, 'all'), from: l!.from, to: l!.to, steps: l!.steps }])).not.toThrow();
    expect(leversFor(scenario()).some((x) => x.id === 'strategies[{s}].kols.hire')).toBe(false);
  });
});

describe('form errors in both languages', () => {
  it('are worded from the catalogue in the language asked, numbers as typed', () => {
    const r = validateSweepForm({ ...SWEEP, from: 'abc', steps: '1.5' }, scenario());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => formErrorText(e, 'zh-CN'))).toEqual(['参数起点：必须是数字', '参数步数：必须是 2 到 201 之间的整数（实际为 1.5）']);
    const frontier = validateFrontierForm({ strategy: '1', budget: '1000', levels: '3' }, scenario());
    expect(!frontier.ok && formErrorText(frontier.errors[0], 'zh-CN')).toMatch(/^策略：它的种子是手动指定的/);
    const big = validateBestSeedsForm({ strategy: '0', k: '5', samples: '20000' }, scenario());
    expect(!big.ok && formErrorText(big.errors[0], 'zh-CN')).toBe('抽样次数：必须是 1 到 10000 之间的整数（实际为 20000）');
  });

  it('refuse a lever the scenario gives as a list (relevance per community) before anything runs', () => {
    const perCommunity = scenario({ ...DRAFT, strategies: [{ name: 'seeds', seeding: { method: 'random', count: 10 }, content: { relevance: [1, 0.5, 0] } }] });
    const r = validateSweepForm({ ...SWEEP, lever: 'strategies[{s}].content.relevance' }, perCommunity);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['lever']);
    expect(!r.ok && formErrorText(r.errors[0], 'en')).toMatch(/^Parameter: the scenario gives it as more than one number/);
    expect(validateSweepForm({ ...SWEEP, lever: 'strategies[{s}].content.relevance' }, scenario()).ok).toBe(true);
  });
});
