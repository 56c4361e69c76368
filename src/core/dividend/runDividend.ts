/**
 * One run of one strategy of the dividend model (rules in dividendSpec.ts).
 *
 * Step t: the brand's waves starting at t post (seed users, hired KOLs, the second wave, in
 * wave-id order), then the organic posts decided at t−1, then the paid ads of step t; the
 * cumulative counts are recorded. The run stops early once nothing is queued and no wave or ad
 * step is left; the rest of the timeline keeps the final values.
 */
import type { Graph } from '../graph';
import { purposeKey, type StreamKey } from '../random';
import { fillTimelineFrom, newTimeline } from '../runOutcome';
import { Campaign, CLASS_KOL, CLASS_SEED } from './campaign';
import { DividendModelError, type DividendModelSpec, type DividendStrategySpec } from './dividendSpec';
import { acquireDividendScratch, IntList } from './dividendScratch';
import type { DividendRunOutcome } from './dividendOutcome';
import { hiredKols, planWaves } from './postingSchedule';
import { summariseRun } from './runSummary';
import { topSharers } from './secondWave';

export interface RunDividendOptions {
  /** Return per-node step arrays and reachedBy (for the animation). Default false. */
  trace?: boolean;
}

/**
 * Simulate `steps` steps of the dividend model for one strategy from the given seed users.
 * `root` is the scenario's root key and `run` the Monte Carlo run index; every draw depends on
 * (root, run, purpose, entity) only, so strategies on the same run share the same world.
 * Throws DividendModelError for a fully mixed graph.
 */
export function runDividend(
  graph: Graph,
  model: DividendModelSpec,
  strategy: DividendStrategySpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
  options: RunDividendOptions = {},
): DividendRunOutcome {
  if (graph.fullyMixed)
    throw new DividendModelError('network.kind', 'the dividend model needs explicit ties; "fully-mixed" is not supported');
  const scratch = acquireDividendScratch(graph.nodeCount);
  const campaign = new Campaign(graph, model, strategy, scratch, root, run);
  const kols = hiredKols(graph.kolNodes, strategy.kols.hire);
  const waves = planWaves(strategy, seeds.length, kols.length);
  for (const w of waves) campaign.setWaveStep(w.id, w.step);
  const ads = strategy.ads;
  const adsWave = waves.find((w) => w.role === 'ads');
  const adsEnd = Math.min(steps, ads.to ?? steps);
  const lastBrandStep = waves.reduce((m, w) => (w.role === 'ads' ? m : Math.max(m, w.step)), -1);
  const tieKey = purposeKey(root, run, 'div:secondwave');

  const timeline = newTimeline(steps);
  let current = new IntList();
  let seedUsers = seeds.length;
  let lastChange = 0;
  let before = -1;
  let t = 0;
  for (; t <= steps; t++) {
    for (const w of waves) {
      if (w.step !== t || w.role === 'ads') continue;
      if (w.role === 'seeds') campaign.brandWave(seeds, w.id, CLASS_SEED, t);
      else if (w.role === 'kols') campaign.brandWave(kols, w.id, CLASS_KOL, t);
      else {
        const s = scratch;
        const chosen = topSharers(strategy.secondWave!.count, s.sharedStep, s.mutedStep, s.reachedBy, s.tally, tieKey);
        seedUsers += campaign.brandWave(chosen, w.id, CLASS_SEED, t);
      }
    }
    for (let q = 0; q < current.length; q++) campaign.organicPost(current.items[q], t);
    if (adsWave !== undefined && t >= ads.from && t <= adsEnd) campaign.adsStep(t, ads.reach, adsWave.id);

    timeline.reached[t] = campaign.reached;
    timeline.shared[t] = campaign.shared;
    timeline.converted[t] = campaign.converted;
    timeline.churned[t] = campaign.churned;
    const state = campaign.reached + campaign.shared + campaign.converted + campaign.churned;
    if (state !== before) lastChange = t; // all four only grow, so a changed sum means a change
    before = state;

    const swap = current;
    current = campaign.next;
    campaign.next = swap;
    swap.clear();
    const adsLeft = adsWave !== undefined && t < adsEnd;
    if (current.length === 0 && t >= lastBrandStep && !adsLeft) {
      t++;
      break;
    }
  }
  if (t <= steps) fillTimelineFrom(timeline, t);

  return summariseRun({ graph, model, strategy, scratch, campaign, timeline, steps: lastChange, seedUsers, kols, trace: options.trace ?? false });
}
