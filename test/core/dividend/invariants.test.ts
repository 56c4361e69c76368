/**
 * Invariants of the dividend model on a network with everything switched on (communities, KOLs,
 * two seed waves, a KOL post, a second wave, rewards, brand replies, ads, fatigue, spreads):
 * the outcome, the timeline and the trace must tell the same story on every run.
 */
import { describe, expect, it } from 'vitest';
import { rootKey } from '../../../src/core/random';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import type { NetworkSpec } from '../../../src/core/networks/networkSpec';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { DIVIDEND_METRICS } from '../../../src/core/dividend/dividendOutcome';
import { chooseDividendSeeds } from '../../../src/core/dividend/coreFans';
import { runDividend } from '../../../src/core/dividend/runDividend';

const root = rootKey('invariants');
const network: NetworkSpec = {
  kind: 'communities',
  nodes: 1500,
  resample: false,
  kols: { count: 3, reach: 0.2, homeBias: 0.5 },
  communities: 20,
  meanDegree: 8,
  mixing: 0.2,
  sizeExponent: 2.5,
  degreeExponent: null,
};
const graph = generateNetwork(network, root, 0);
// Defaults plus organic demand and advocacy high enough to exercise acceleration and lost organic buyers.
const model = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'private-circles' as const, organicDemand: 0.05, advocacy: 0.3 };
const everything: DividendStrategySpec = {
  content: { quality: 0.35, relevance: { default: 0.6, byCommunity: { '0': 1, '1': 0.9 } }, promotional: 0.4, halfLife: 12, waves: [0, 10] },
  kols: { hire: 2, fromRank: 2, step: 5 },
  secondWave: { step: 15, count: 5 },
  incentives: { rewardPerShare: 1 },
  brandReplies: 0.3,
  ads: { reach: 0.01, from: 3, to: 20 },
};
const STEPS = 48;
const RUNS = 12;

describe('dividend outcome, timeline and trace agree', () => {
  for (let run = 0; run < RUNS; run++) {
    it(`run ${run}`, () => {
      const seeds = chooseDividendSeeds(graph, model, { method: run % 2 ? 'core-fans' : 'random', count: 8, nodes: [] }, everything.content.relevance, root, run);
      const out = runDividend(graph, model, everything, seeds, STEPS, root, run, { trace: true });
      const tr = out.trace!;
      const n = graph.nodeCount;
      const count = (a: Int32Array, upTo = Infinity) => a.reduce((s, x) => s + (x >= 0 && x <= upTo ? 1 : 0), 0);

      expect(count(tr.reachedStep)).toBe(out.reached);
      expect(count(tr.sharedStep)).toBe(out.shared);
      expect(count(tr.convertedStep)).toBe(out.converted);
      expect(count(tr.mutedStep)).toBe(out.churned);
      for (const t of [0, 1, 5, 10, 11, 20, STEPS]) {
        expect(out.timeline.reached[t]).toBe(count(tr.reachedStep, t));
        expect(out.timeline.shared[t]).toBe(count(tr.sharedStep, t));
        expect(out.timeline.converted[t]).toBe(count(tr.convertedStep, t));
        expect(out.timeline.churned[t]).toBe(count(tr.mutedStep, t));
      }

      // Organic buyers buy on their own step, reached or not: only they may buy before being reached.
      let boughtUnreached = 0;
      for (let j = 0; j < n; j++) {
        const reached = tr.reachedStep[j];
        for (const s of [tr.sharedStep[j], tr.mutedStep[j]]) if (s >= 0) expect(s).toBeGreaterThanOrEqual(reached);
        if (tr.convertedStep[j] >= 0 && (reached < 0 || tr.convertedStep[j] < reached)) boughtUnreached++;
        if (reached < 0) expect(tr.reachedBy[j]).toBe(-1);
        const by = tr.reachedBy[j];
        if (by >= 0) {
          expect(tr.sharedStep[by]).toBeGreaterThanOrEqual(0);
          expect(tr.sharedStep[by]).toBeLessThanOrEqual(reached); // a poster posts before its audience is reached
        }
        if (tr.mutedStep[j] >= 0 && tr.sharedStep[j] >= 0) expect(tr.sharedStep[j]).toBeLessThanOrEqual(tr.mutedStep[j]);
      }
      expect(boughtUnreached).toBeLessThanOrEqual(out.organicBuyers - out.accelerated - out.lostOrganic);

      // Every conversion is either an organic buyer (bought on its own step, or sooner: accelerated)
      // or one the campaign caused, attributed to one class; organic buyers who muted are lost.
      const a = out.attribution;
      expect(out.converted).toBe(out.organicBuyers - out.lostOrganic + (a.seed + a.kol + a.organic + a.ads));
      expect(out.incrementalConverted).toBe(out.converted - out.organicBuyers);
      expect(out.accelerated).toBeLessThanOrEqual(out.organicBuyers - out.lostOrganic);
      const c = out.costs;
      expect(c.total).toBeCloseTo(c.seeds + c.kols + c.rewards + c.ads, 9);
      expect(out.revenue).toBe(out.incrementalConverted * model.economics.valuePerConversion);
      expect(out.rewardedShares).toBeLessThanOrEqual(out.posts);
      expect(Object.keys(out.metrics).sort()).toEqual(Object.keys(DIVIDEND_METRICS).sort());
      expect(out.metrics.cost).toBe(out.cost);
      expect(out.metrics.converted).toBe(out.converted);
      if (out.concentration !== null) {
        expect(out.concentration).toBeGreaterThan(0);
        expect(out.concentration).toBeLessThanOrEqual(1);
      }
      expect(out.steps).toBeLessThanOrEqual(STEPS);
    });
  }

  it('is a pure function of (seed, run): the reused scratch leaves no trace between runs', () => {
    const seeds = Int32Array.from([1, 2, 3, 4, 5]);
    const first = runDividend(graph, model, everything, seeds, STEPS, root, 3, { trace: true });
    runDividend(graph, model, DIVIDEND_STRATEGY_DEFAULTS, Int32Array.from([9]), STEPS, root, 4);
    const again = runDividend(graph, model, everything, seeds, STEPS, root, 3, { trace: true });
    expect(again.metrics).toEqual(first.metrics);
    expect(again.timeline).toEqual(first.timeline);
    expect(again.trace).toEqual(first.trace);
  });
});
