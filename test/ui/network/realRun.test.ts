/**
 * The view's numbers against the engine's own, on a real run (3,000 people in planted
 * communities, 3 KOLs, a hired KOL plus seeds): the running counts must equal runDividend's
 * timeline at every step, and the community map's incremental tallies and flows must equal a
 * brute-force recount at every frame, forward and backward.
 */
import { describe, expect, it } from 'vitest';
import { chooseDividendSeeds } from '../../../src/core/dividend/coreFans';
import { DIVIDEND_STRATEGY_DEFAULTS, type DividendSeedingSpec, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import { rootKey } from '../../../src/core/random';
import { layoutNetwork } from '../../../src/layout/layoutNetwork';
import { buildGroupFlows, CommunityTally, flowsAt } from '../../../src/ui/network/communityTally';
import { describeNode } from '../../../src/ui/network/nodeDetails';
import { nodeStateAt, STATE_COUNT } from '../../../src/ui/network/nodeState';
import { countsAt } from '../../../src/ui/network/replayIndex';
import { prepareStrategy } from '../../../src/ui/network/strategyReplay';
import { harnessSpec, HARNESS_MODEL } from '../../e2e/network/world';

const root = rootKey('view-vs-engine');
const graph = generateNetwork(harnessSpec(3000), root, 0);
const strategy: DividendStrategySpec = {
  ...DIVIDEND_STRATEGY_DEFAULTS,
  content: { ...DIVIDEND_STRATEGY_DEFAULTS.content, quality: 0.3, promotional: 0.35 },
  kols: { hire: 1, fromRank: 1, step: 2 },
};
const seeds = chooseDividendSeeds(graph, HARNESS_MODEL, { method: 'random', count: 10 } as DividendSeedingSpec, 1, root, 0);
const steps = 60;
const outcome = runDividend(graph, HARNESS_MODEL, strategy, seeds, steps, root, 0, { trace: true });
const trace = outcome.trace!;
// Map-only picture: the layout of groups is all these checks need (and it is instant).
const picture = layoutNetwork(graph, 'real', { maxNodes: 0 });
const replay = prepareStrategy({ name: 'KOL', color: '#c87200', trace, seeds }, picture);

describe('the view on a real dividend run', () => {
  it('is a real cascade (not a trivial fixture)', () => {
    expect(outcome.reached).toBeGreaterThan(300);
    expect(outcome.converted).toBeGreaterThan(30);
    expect(outcome.churned).toBeGreaterThan(0);
    expect(replay.hiredKols.length).toBe(1);
    expect(replay.entries.filter((e) => e.bridged).length).toBeGreaterThan(3);
  });

  it('running counts equal the engine timeline at every step', () => {
    for (let t = 0; t <= steps; t++) {
      const c = countsAt(replay.index, t);
      expect([c.reached, c.shared, c.converted, c.muted], `step ${t}`).toEqual([
        outcome.timeline.reached[t],
        outcome.timeline.shared[t],
        outcome.timeline.converted[t],
        outcome.timeline.churned[t],
      ]);
    }
  });

  it('community tallies equal a brute-force recount at every frame, forward then backward', () => {
    const tally = new CommunityTally(trace, replay.index, picture.group, picture.groupSizes);
    const frames = [...Array.from({ length: replay.index.lastEvent + 2 }, (_, t) => t), 3, 0, 7.5, 2];
    for (const t of frames) {
      const expected = new Int32Array(picture.groupCount * STATE_COUNT);
      for (let i = 0; i < graph.nodeCount; i++) expected[picture.group[i] * STATE_COUNT + nodeStateAt(trace, i, Math.floor(t))]++;
      expect(tally.at(t), `frame ${t}`).toEqual(expected);
    }
  });

  it('flows count every cross-group transmission up to the frame (busiest pairs kept)', () => {
    const all = buildGroupFlows(trace, replay.index, picture.group, picture.groupCount, 1e9);
    const top = buildGroupFlows(trace, replay.index, picture.group, picture.groupCount, 5);
    expect(top.total.length).toBe(5);
    expect(Array.from(top.total)).toEqual(Array.from(all.total.subarray(0, 5)));
    const traffic = new Int32Array(all.total.length);
    const recent = new Int32Array(all.total.length);
    for (const t of [0, 2, 4, 100]) {
      flowsAt(all, t, 3, traffic, recent);
      let cross = 0;
      let crossRecent = 0;
      for (let i = 0; i < graph.nodeCount; i++) {
        const from = trace.reachedBy[i];
        const s = trace.reachedStep[i];
        if (from < 0 || s > t || picture.group[from] === picture.group[i]) continue;
        cross++;
        if (s > t - 3) crossRecent++;
      }
      expect(traffic.reduce((a, b) => a + b, 0), `frame ${t}`).toBe(cross);
      expect(recent.reduce((a, b) => a + b, 0), `frame ${t}`).toBe(crossRecent);
    }
  });

  it('the inspector never tells the future and its path ends at the brand or an ad', () => {
    const late = Array.from({ length: graph.nodeCount }, (_, i) => i).find((i) => trace.reachedStep[i] >= 3 && trace.convertedStep[i] > trace.reachedStep[i])!;
    expect(late).toBeDefined();
    const before = describeNode(picture, [replay], late, trace.reachedStep[late] - 1).stories[0];
    expect(before.state).toBe('unaware');
    expect(before.reachedStep).toBe(-1);
    expect(before.path.nodes.length).toBe(0);
    const after = describeNode(picture, [replay], late, trace.convertedStep[late]).stories[0];
    expect(after.state).toBe('converted');
    expect(after.reachedBy).toBe(trace.reachedBy[late]);
    expect(['brand', 'ads']).toContain(after.path.origin);
    // Each hop of the path was reached no later than the one after it.
    const p = after.path.nodes;
    for (let k = 1; k < p.length; k++) expect(trace.reachedStep[p[k]]).toBeLessThanOrEqual(trace.reachedStep[p[k - 1]]);
  });
});
