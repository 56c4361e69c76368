/**
 * KOLs at their fee on the page (issue #15): the page's pool (one worker, fake in this thread but
 * the worker's code) gives exactly the core's opimcAtFee decision and the CLI's JSON (KOL range,
 * seed users, sets, ratio, rows); and the page's form and the CLI refuse the same requests by the
 * same rules (bestSeedsRules.ts checkKolsMode), naming the field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opimcAtFee } from '../../src/core/influence/opimcAtFee';
import { rootKey } from '../../src/core/random';
import type { DividendScenario, Scenario } from '../../src/core/scenario';
import { bestSeedsProblemLine, checkBestSeedsRequest, checkKolsMode } from '../../src/runtime/bestSeedsRules';
import { bestSeedsJson } from '../../src/runtime/bestSeedsFormat';
import { NetworkCache } from '../../src/runtime/networkCache';
import { opimcCandidates, requestArcRule } from '../../src/runtime/opimcBestSeeds';
import { BrowserPool } from '../../src/runtime/pool.browser';
import { validateScenario } from '../../src/scenario/validateScenario';
import { validateBestSeedsForm } from '../../src/ui/app/analysis/analysisForms';
import { cli } from '../cli/cliInProcess';
import { fakeFactory, newControl } from './fakeBrowserWorkers';
import { AT_FEE_WORLD } from '../fixtures/atFeeWorld';

// 300 people, KOLs of fees 20.6 and 20.3, a seed user at 20 (test/fixtures/atFeeWorld.ts).
const input = AT_FEE_WORLD;

function valid(raw: unknown): Scenario {
  const r = validateScenario(raw);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const request = { strategy: 0, k: 3, samples: 50, method: 'imm' as const, epsilon: 0.2, delta: 0.01, kols: 'at-fee' as const };

describe('KOLs at their fee on the page', () => {
  it('the pool gives the core decision and the CLI JSON, on one worker of two', async () => {
    const scenario = valid(input) as DividendScenario;
    const root = rootKey(scenario.seed);
    const graph = new NetworkCache().get(scenario.network, scenario.seed, root, 0).graph;
    const rule = requestArcRule(graph, scenario, 0, root);
    const core = opimcAtFee(
      { graph, model: scenario.model, strategy: scenario.strategies[0], rule, root, steps: scenario.steps },
      { k: 3, candidates: opimcCandidates(graph, root, null), epsilon: 0.2, delta: 0.01 },
    );

    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const phases: string[] = [];
    const page = await pool.bestSeeds(scenario, request, (p) => phases.push(p.phase));
    pool.dispose();
    // One worker drew the joint sets: no peer was asked to serve first-wave chunks.
    expect(control.peerServes ?? 0).toBe(0);
    expect(phases).toContain('rrSets');
    expect(phases).toContain('evaluate');

    const peak = <T extends { peakInts: number }>(r: T) => ({ ...r, peakInts: null });
    expect(peak(page.atFee!.result)).toEqual(peak(core.result));
    expect(page.atFee!.hired).toEqual(core.hired);
    expect(page.atFee!.seedUsers).toEqual(core.seedUsers);
    expect(page.greedy.seeds).toEqual(core.seedUsers);
    expect(page.hiredKols!.accounts.map((p) => p.node)).toEqual(Array.from(core.hired.nodes));

    // The CLI on the same file: the same JSON but for the times and `meta` (the page's download is bestSeedsJson too).
    const dir = mkdtempSync(join(tmpdir(), 'lab-page-fee-'));
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(input));
    const out = await cli('best-seeds', file, '--k', '3', '--samples', '50', '--method', 'imm', '--kols', 'at-fee', '--epsilon', '0.2', '--delta', '0.01');
    expect(out.code).toBe(0);
    const strip = (j: Record<string, unknown>) => ({ ...j, meta: null, imm: { ...(j.imm as object), ms: null, peakMiB: null } });
    const pageJson = JSON.parse(JSON.stringify(bestSeedsJson(scenario, 0, page))) as Record<string, unknown>;
    expect(strip(pageJson)).toEqual(strip(JSON.parse(out.stdout)));
    expect((pageJson.kols as { mode: string }).mode).toBe('at-fee');
  });

  it('the form and the CLI refuse the same requests, naming the field', async () => {
    const free = valid({ ...input, model: { ...input.model, economics: { costPerSeed: 0 } } });
    // The page: the form's error is under the KOL choice; the rules' line is the CLI's message.
    const form = validateBestSeedsForm({ strategy: '0', k: '3', samples: '50', method: 'imm', epsilon: '0.2', delta: '0.01', kols: 'at-fee' }, free);
    expect(form.ok).toBe(false);
    if (!form.ok) expect(form.errors).toEqual([{ field: 'kols', key: 'analysis.error.atFeeNeedsPrice', params: { got: '0' } }]);
    const [problem] = checkBestSeedsRequest(free, request);
    expect(problem).toEqual({ field: 'economics.costPerSeed', kind: 'atFeeNeedsPrice', got: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'lab-page-fee-'));
    const file = join(dir, 'free.json');
    writeFileSync(file, JSON.stringify({ ...input, model: { ...input.model, economics: { costPerSeed: 0 } } }));
    const out = await cli('best-seeds', file, '--k', '3', '--method', 'imm', '--kols', 'at-fee');
    expect(out.code).toBe(2);
    expect(out.stderr).toEqual([`best-seeds: ${bestSeedsProblemLine(problem)}`]);

    // At fee without OPIM-C: the CLI refuses it at parse time by the same rule; the page's pool refuses it by the rules too.
    const celf = await cli('best-seeds', file, '--k', '3', '--kols', 'at-fee');
    expect(celf.stderr).toEqual([`best-seeds: ${bestSeedsProblemLine(checkKolsMode({ method: 'celf', kols: 'at-fee' })[0])}`]);
    expect(checkBestSeedsRequest(valid(input), { ...request, method: 'celf' })).toEqual([{ field: 'kols', kind: 'atFeeNeedsImm' }]);
    // The form offers the choice beside OPIM-C only: with CELF chosen it is not part of the request.
    const celfForm = validateBestSeedsForm({ strategy: '0', k: '3', samples: '50', method: 'celf', kols: 'at-fee' }, valid(input));
    expect(celfForm.ok && celfForm.value.kols).toBe(undefined);
    // An Independent Cascade scenario: the same rule for both.
    const ic = valid({ version: 2, name: 'ic', seed: 'ic', runs: 4, steps: 20, network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 3 }, model: { kind: 'independent-cascade', probability: 0.1 }, strategies: [{ name: 's', seeding: { method: 'random', count: 2 } }] });
    expect(checkKolsMode(request, ic)).toEqual([{ field: 'kols', kind: 'atFeeNeedsDividend', got: 'independent-cascade' }]);
  });
});
