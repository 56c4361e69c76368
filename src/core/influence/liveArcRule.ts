/**
 * Which arcs are live in a run, as data the RR-set sampler (rrSets.ts) and its worker threads
 * read: the dividend model's sharing (visibility and share coins, with novelty deadlines) or
 * Independent Cascade (one coin per arc against p × weight). See rrSets.ts for the semantics.
 */
import type { DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import { resolveTies, tieArrays } from '../dividend/platformPresets';
import { rewardEffect } from '../dividend/rewardEffect';
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import type { StreamKey } from '../random';
import { shareFactors } from './liveEdgeSamples';

const TWO_POW_32 = 4294967296;

/** How arcs are made live in run r (rrSets.ts module comment). */
export interface LiveArcRule {
  kind: 'dividend' | 'independent-cascade';
  /** dividend: visibility per tie kind; IC: p·2^32 for every kind. */
  visibility: Float64Array;
  /** dividend: quality × trust × reward lift per tie kind (base[0] · trustLift). */
  shareByTie: Float64Array;
  /** dividend: relevance × engagement per node (the arc's target). */
  engaged: Float64Array | null;
  /** dividend with novelty decay: quality × novelty per level (then shareByTie is trust × lift only); null without decay. */
  base: Float64Array | null;
  /** Levels 0 … horizon are sharers (used only with decay). */
  horizon: number;
}

/** The live-arc rule of the dividend model's sharing (with novelty deadlines when the content has a half-life). */
export function dividendArcRule(graph: Graph, model: DividendModelSpec, strategy: DividendStrategySpec, root: StreamKey, steps: number): LiveArcRule {
  const content = strategy.content;
  const halfLife = content.halfLife ?? 0;
  // As liveEdgeSamples.ts: hops of the median response delay, base[d] = quality × 0.5^(d·hop/halfLife).
  const hop = Math.max(1, model.response.medianHours);
  const horizon = Math.floor((steps - (content.waves.length > 0 ? content.waves[0] : 0)) / hop);
  let base: Float64Array | null = null;
  if (halfLife > 0) {
    base = new Float64Array(Math.max(1, horizon));
    for (let d = 0; d < base.length; d++) base[d] = content.quality * pow(0.5, (d * hop) / halfLife);
    if (horizon > 65535) throw new RangeError('RR sets: more than 65535 hops in the horizon');
  }
  const ties = tieArrays(resolveTies(model));
  const lift = rewardEffect(strategy.incentives.rewardPerShare, model.economics.valuePerConversion, model.rewards).liftByTie;
  const shareByTie = new Float64Array(ties.trust.length);
  // p = (base × (trust × lift)) × engaged, the operations of liveEdgeSamples.ts `fires` with base = quality × 1.
  for (let k = 0; k < shareByTie.length; k++) shareByTie[k] = base === null ? content.quality * (ties.trust[k] * lift[k]) : ties.trust[k] * lift[k];
  return {
    kind: 'dividend',
    base,
    horizon,
    visibility: Float64Array.from(ties.visibility),
    shareByTie,
    engaged: shareFactors(graph, model, strategy, root, 0),
  };
}

/** The live-arc rule of Independent Cascade with probability p. */
export function cascadeArcRule(p: number): LiveArcRule {
  const cut = p * TWO_POW_32;
  return { kind: 'independent-cascade', visibility: Float64Array.of(cut, cut, cut), shareByTie: new Float64Array(3), engaged: null, base: null, horizon: 0 };
}
