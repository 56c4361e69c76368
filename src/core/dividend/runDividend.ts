/**
 * One run of one strategy of the dividend model (rules in dividendSpec.ts).
 *
 * Step t: the brand's waves starting at t post (seed users, hired KOLs, the second wave, in
 * wave-id order), then the posts due at t (decided earlier, after each person's response delay),
 * then the paid ads of step t, then the organic purchases of step t; the cumulative counts are
 * recorded. Once nothing is queued and no wave or ad step is left, only organic purchases can
 * still happen: the rest of the timeline is filled with them.
 */
import { arcCount, type Graph } from '../graph';
import { purposeKey, type StreamKey } from '../random';
import { newTimeline } from '../runOutcome';
import { Campaign, CLASS_KOL, CLASS_SEED } from './campaign';
import { DividendModelError, type DividendModelSpec, type DividendStrategySpec } from './dividendSpec';
import { acquireDividendScratch } from './dividendScratch';
import type { DividendRunOutcome } from './dividendOutcome';
import { kolEngagementFactor } from './kolEngagement';
import { organicBuyers } from './organicDemand';
import { acquirePostQueue } from './postQueue';
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
  const scratch = acquireDividendScratch(graph.nodeCount, arcCount(graph));
  const queue = acquirePostQueue(steps);
  const campaign = new Campaign(graph, model, strategy, scratch, queue, steps, root, run);
  const kols = hiredKols(graph.kolNodes, strategy.kols.hire, strategy.kols.fromRank);
  const kolFactors = Float64Array.from(kols, (k) => kolEngagementFactor(graph.offsets[k + 1] - graph.offsets[k], model.kolEngagementDecay));
  const waves = planWaves(strategy, seeds.length, kols.length);
  for (const w of waves) campaign.setWaveStep(w.id, w.step);
  const organic = organicBuyers(graph.nodeCount, model.organicDemand, steps, root, run);
  campaign.markOrganic(organic.nodes);
  const ads = strategy.ads;
  const adsWave = waves.find((w) => w.role === 'ads');
  const adsEnd = Math.min(steps, ads.to ?? steps);
  const lastBrandStep = waves.reduce((m, w) => (w.role === 'ads' ? m : Math.max(m, w.step)), -1);
  const tieKey = purposeKey(root, run, 'div:secondwave');

  const timeline = newTimeline(steps);
  let seedUsers = seeds.length;
  let lastChange = 0;
  let before = -1;
  let nextOrganic = 0;
  let active = true;
  for (let t = 0; t <= steps; t++) {
    if (active) {
      for (const w of waves) {
        if (w.step !== t || w.role === 'ads') continue;
        if (w.role === 'seeds') campaign.brandWave(seeds, w.id, CLASS_SEED, t);
        else if (w.role === 'kols') campaign.brandWave(kols, w.id, CLASS_KOL, t, kolFactors);
        else {
          const s = scratch;
          const chosen = topSharers(strategy.secondWave!.count, s.sharedStep, s.mutedStep, s.reachedBy, s.tally, tieKey);
          seedUsers += campaign.brandWave(chosen, w.id, CLASS_SEED, t);
        }
      }
      const due = queue.at(t);
      if (due !== null) for (let q = 0; q < due.length; q++) campaign.organicPost(due.items[q], t);
      queue.taken(t);
      if (adsWave !== undefined && t >= ads.from && t <= adsEnd) campaign.adsStep(t, ads.reach, adsWave.id);
      const adsLeft = adsWave !== undefined && t < adsEnd;
      if (queue.pending === 0 && t >= lastBrandStep && !adsLeft) active = false;
    }
    while (nextOrganic < organic.nodes.length && organic.steps[nextOrganic] === t) campaign.organicPurchase(organic.nodes[nextOrganic++], t);

    timeline.reached[t] = campaign.reached;
    timeline.shared[t] = campaign.shared;
    timeline.converted[t] = campaign.converted;
    timeline.churned[t] = campaign.churned;
    const state = campaign.reached + campaign.shared + campaign.converted + campaign.churned;
    if (state !== before) lastChange = t; // all four only grow, so a changed sum means a change
    before = state;
  }

  return summariseRun({
    graph,
    model,
    strategy,
    scratch,
    campaign,
    timeline,
    steps: lastChange,
    seedUsers,
    kols,
    organicBuyers: organic.nodes.length,
    trace: options.trace ?? false,
  });
}
