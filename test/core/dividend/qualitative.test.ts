/**
 * The lessons the model must tell, checked statistically on seeded worlds (fixed seeds, so the
 * outcome is stable; tolerances are stated next to each check).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { erdosRenyiEdges } from '../../../src/core/networks/erdosRenyi';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import { purposeStream, rootKey } from '../../../src/core/random';
import { chooseSeeds } from '../../../src/core/seeding/chooseSeeds';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, type DividendModelSpec, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import type { DividendRunOutcome } from '../../../src/core/dividend/dividendOutcome';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { pairedComparison, unpairedComparison } from '../../../src/core/stats/pairedComparison';

const root = rootKey('qualitative');
const communities = generateNetwork(
  { kind: 'communities', nodes: 2000, resample: false, kols: null, communities: 20, meanDegree: 8, mixing: 0.15, sizeExponent: 2.5, degreeExponent: null },
  root,
  0,
);

function withContent(content: Partial<DividendStrategySpec['content']>, rest: Partial<DividendStrategySpec> = {}): DividendStrategySpec {
  return { ...DIVIDEND_STRATEGY_DEFAULTS, ...rest, content: { ...DIVIDEND_STRATEGY_DEFAULTS.content, ...content } };
}

function runMany(graph = communities, model: DividendModelSpec, strategy: DividendStrategySpec, runs: number, seedCount = 10, steps = 72) {
  const out: DividendRunOutcome[] = [];
  for (let run = 0; run < runs; run++) {
    const seeds = chooseSeeds(graph, { method: 'random', count: seedCount, nodes: [] }, root, run);
    out.push(runDividend(graph, model, strategy, seeds, steps, root, run));
  }
  return out;
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('"dying from ads": spammy rewarded content in group chats', () => {
  const chats: DividendModelSpec = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'group-chats' };
  // Promotional 0.6 with reward 2 for a product worth 50 (x = 0.04, effect 0.04/(0.04 + 0.02) = 2/3,
  // spam 1): 0.6 × (1 + 2/3) = 1.0 annoyance per exposure against a median tolerance of 1.5, so
  // most people mute on their second exposure.
  const spam = runMany(communities, chats, withContent({ quality: 0.15, promotional: 0.6 }, { incentives: { rewardPerShare: 2 } }), 30);
  const good = runMany(communities, chats, withContent({ quality: 0.3, promotional: 0.1 }), 30);

  it('mutes many of the people it reaches (30 runs: over a quarter, vs under a tenth for good content)', () => {
    const churnShare = (o: DividendRunOutcome[]) => mean(o.map((x) => x.churned)) / mean(o.map((x) => x.reached));
    expect(churnShare(spam)).toBeGreaterThan(0.25);
    expect(churnShare(good)).toBeLessThan(0.1);
  });

  it('ends with far fewer conversions than good content without rewards, at a higher cost', () => {
    expect(mean(spam.map((o) => o.converted))).toBeLessThan(0.5 * mean(good.map((o) => o.converted)));
    expect(mean(spam.map((o) => o.cost))).toBeGreaterThan(mean(good.map((o) => o.cost)));
  });
});

describe('tipping point: R crosses 1 where the cascade takes off', () => {
  // Erdős–Rényi, n 5000, c 8, levers off (neutral platform, no advocacy, delays of exactly one
  // hour): R ≈ c·quality (slightly less: a few neighbours are taken).
  const er = buildGraph(5000, erdosRenyiEdges(5000, 8, purposeStream(root, 0, 'er')));
  const model: DividendModelSpec = {
    ...DIVIDEND_MODEL_DEFAULTS,
    platform: 'neutral',
    advocacy: 0,
    response: { medianHours: 1, spread: 0 },
    engagementSpread: 0,
  };
  const at = (quality: number) => runMany(er, model, withContent({ quality, promotional: 0, halfLife: null }), 20, 20, 200);

  it('below the tipping quality (c·q = 0.48) R < 1 and the cascade stays small', () => {
    const out = at(0.06);
    expect(mean(out.map((o) => o.R!))).toBeLessThan(0.6); // measured 0.45, every run below 0.7
    expect(Math.max(...out.map((o) => o.shared))).toBeLessThan(250);
  });

  it('above it (c·q = 2) R > 1 and the cascade reaches most of the network', () => {
    const out = at(0.25);
    expect(mean(out.map((o) => o.R!))).toBeGreaterThan(1.6); // measured 1.9
    expect(Math.min(...out.map((o) => o.R!))).toBeGreaterThan(1);
    expect(mean(out.map((o) => o.shared))).toBeGreaterThan(3500); // S = 0.80 of 5000
  });
});

describe('common random numbers', () => {
  // Two strategies on the same 40 runs (same world, same seed users): only the promotional
  // intensity differs. In group chats (tolerance 1.5) more promotion mutes more people, who then
  // pass nothing on: fewer people reached. The paired interval must be much tighter than the
  // unpaired (Welch) one.
  const model: DividendModelSpec = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'group-chats' };
  const calm = runMany(communities, model, withContent({ quality: 0.3, promotional: 0.2 }), 40).map((o) => o.reached);
  const pushy = runMany(communities, model, withContent({ quality: 0.3, promotional: 0.3 }), 40).map((o) => o.reached);

  it('makes the paired 95% interval under a third of the Welch interval', () => {
    const paired = pairedComparison(calm, pushy).ci95!;
    const welch = unpairedComparison(calm, pushy).ci95!;
    expect(paired[1] - paired[0]).toBeLessThan((welch[1] - welch[0]) / 3); // measured ≈ 1/13
  });

  it('detects a small effect that independent runs would miss', () => {
    const paired = pairedComparison(calm, pushy);
    expect(paired.ci95![1]).toBeLessThan(0); // more promotion: fewer reached, surely (measured −24 … −11 of ~690)
    const welch = unpairedComparison(calm, pushy).ci95!;
    expect(welch[0]).toBeLessThan(0);
    expect(welch[1]).toBeGreaterThan(0); // Welch cannot tell
  });
});
