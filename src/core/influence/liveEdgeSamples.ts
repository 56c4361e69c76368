/**
 * Live-edge samples of the dividend model's sharing: the reduction that turns "expected number
 * of sharers" into "expected size of a reachable set", which greedy seed selection needs.
 *
 * Sharing in the dividend model is simple contagion: each seen exposure is one independent coin.
 * In the seed users' first wave (wave id 0) of run r, the seeds post at step t0 = content.waves[0]
 * and an agent that decides to share at step t posts at t+1, so a sharer at hop level d (seeds
 * are level 0) posts at t0 + d and its exposures have age d. Arc a: i→j *fires* at level d when
 * both of the model's own coins for (a, wave 0) under run r's keys succeed:
 *   - visibility: draw('div:visible', a, 0) < visibility(tie kind) × arc weight, and
 *   - sharing:    draw('div:share', a, 0)   < min(1, quality × 0.5^(d/halfLife) × (1 + rewardLift·reward)
 *                                                × trust(tie kind) × relevance(j) × engagement_r(j)),
 * computed with exactly the model's floating-point operations. The share chance only falls with
 * d, so each arc has a *deadline*: the deepest level from which it fires (arcs that never fire are
 * dropped). The wave's sharers are then exactly the nodes within level L = steps − t0 of the seeds
 * in a BFS that uses an arc from level d only when d ≤ its deadline — common random numbers:
 * sample r IS run r's sharing, not a look-alike. The first level a node is found at is its
 * posting age, and a lower level only opens more arcs, so the sharers of a seed set are the union
 * of its seeds' sharers: σ stays a coverage function (monotone, submodular) and greedy keeps its
 * (1 − 1/e) guarantee.
 *
 * Without novelty decay (content.halfLife null or 0) every arc that fires at all fires at every
 * level; deadlines are then left out (`deadlines` null) and the horizon is ignored — plain
 * reachability, much faster (hub pruning, sampleCoverage.ts) — which is exact when cascades end
 * before the horizon.
 *
 * Hops, not hours: in the model a decision is posted after the person's heavy-tailed response
 * delay; the samples count each hop as the median delay (response.medianHours), so level d stands
 * for age d × median and L = ⌊(steps − t0) / median⌋. With response {medianHours: 1, spread: 0}
 * this is exact. The reduction then equals runDividend's `shared` on the same run when nobody mutes
 * (content.promotional 0), buyers do not advocate (advocacy 0), the seed users post once and there
 * is no KOL wave, second wave or ads. Otherwise it is the objective greedy optimises, not the
 * outcome: the reported reach and conversions of any seed set always come from runDividend.
 */
import type { DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import { AgentTraits } from '../dividend/agentTraits';
import { resolveTies, tieArrays } from '../dividend/platformPresets';
import { relevanceByCommunity } from '../dividend/relevance';
import { rewardEffect } from '../dividend/rewardEffect';
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { purposeKey, type StreamKey } from '../random';
import { arcCoinBits } from '../hash';

/** Live subgraphs of `sampleCount` runs, in one CSR per sample stored back to back. */
export interface LiveEdgeSamples {
  readonly nodeCount: number;
  readonly sampleCount: number;
  /** Sample s is run firstRun + s of the scenario (its coins and traits). */
  readonly firstRun: number;
  /**
   * Length sampleCount·(nodeCount+1). Live arcs of node v in sample s are
   * targets[offsets[s·(n+1)+v] .. offsets[s·(n+1)+v+1]) (absolute positions in `targets`).
   */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /**
   * Per live arc (parallel to `targets`): the deepest level d ≤ horizon − 1 from which it fires.
   * Null without novelty decay: every live arc fires from any level and the horizon is ignored.
   */
  readonly deadlines: Uint16Array | null;
  /** L = steps − content.waves[0]: sharers are the nodes of level 0 … L (they post by the last step). */
  readonly horizon: number;
}

/** The wave whose coins define the samples: the seed users' first post. */
export const SEED_WAVE = 0;
/** Refuse sample sets above this many 32-bit integers (1 GiB): validate before allocating. */
const MAX_SAMPLE_INTS = 256 * 1024 * 1024;

const TWO_POW_32 = 4294967296;

// drawBits(key, entity, SEED_WAVE = 0) of random.ts with the key as two words (hash.ts), read once
// into a module-local const: it runs for every arc of every sample.
const coinBits = arcCoinBits;

/** Thrown when a long computation is stopped through its `cancelled` check. */
export class InfluenceCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'InfluenceCancelledError';
  }
}

export interface SampleOptions {
  /** Number of samples R. */
  samples: number;
  /** Simulated steps of the scenario (the horizon of the cascade). */
  steps: number;
  /** Run index of the first sample (sample s is run firstRun + s). Default 0. */
  firstRun?: number;
  /** Called after each sample with (samples done, samples total). */
  onSample?: (done: number, total: number) => void;
  /** Polled between samples; returning true throws InfluenceCancelledError. */
  cancelled?: () => boolean;
}

/**
 * Per-node factor of the share chance in run `run`: relevance of the node's community ×
 * engagement, the model's AGENT_ENGAGED field (campaignState.ts `touch`), with the same operations.
 */
export function shareFactors(graph: Graph, model: DividendModelSpec, strategy: DividendStrategySpec, root: StreamKey, run: number): Float64Array {
  const traits = new AgentTraits(root, run, model);
  const relevance = relevanceByCommunity(strategy.content.relevance, graph);
  const community = graph.community;
  const n = graph.nodeCount;
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const c = community === null ? 0 : community[j];
    const rel = c >= 0 && c < relevance.length ? relevance[c] : 1;
    out[j] = rel * traits.engagement(j);
  }
  return out;
}

/** Draw the live subgraph of runs firstRun … firstRun+samples−1 (see module comment). */
export function sampleLiveEdges(
  graph: Graph,
  model: DividendModelSpec,
  strategy: DividendStrategySpec,
  root: StreamKey,
  options: SampleOptions,
): LiveEdgeSamples {
  const n = graph.nodeCount;
  const samples = Math.max(0, Math.floor(options.samples));
  const firstRun = options.firstRun ?? 0;
  if (samples * (n + 1) > MAX_SAMPLE_INTS)
    throw new RangeError(`live-edge samples: ${samples} samples × ${n} nodes is too large; use fewer samples`);
  const { offsets: arcOffsets, targets: arcTargets, tieKinds, weights } = graph;
  const ties = tieArrays(resolveTies(model));
  const vis = ties.visibility;
  const tieTrust = ties.trust;
  const content = strategy.content;
  // Hops, not hours: each hop is taken to last the median response delay (module comment).
  const hop = Math.max(1, model.response.medianHours);
  const horizon = Math.floor((options.steps - (content.waves.length > 0 ? content.waves[0] : 0)) / hop);
  const halfLife = content.halfLife ?? 0;
  const decays = halfLife > 0;
  // base[d] = the model's quality × novelty for exposures of hop d (campaign.ts `preparePost`).
  const levels = decays ? Math.max(1, horizon) : 1;
  const base = new Float64Array(levels);
  for (let d = 0; d < levels; d++) base[d] = content.quality * (decays ? pow(0.5, (d * hop) / halfLife) : 1);
  // trust × reward lift per tie kind, as campaign.ts multiplies them.
  const lift = rewardEffect(strategy.incentives.rewardPerShare, model.economics.valuePerConversion, model.rewards).liftByTie;
  const maxDeadline = levels - 1;

  const offsets = new Int32Array(samples * (n + 1));
  let targets = new Int32Array(Math.max(1024, samples * 16));
  let deadlines = decays ? new Uint16Array(targets.length) : null;
  let used = 0;
  for (let s = 0; s < samples; s++) {
    if (options.cancelled?.()) throw new InfluenceCancelledError();
    const run = firstRun + s;
    const engaged = shareFactors(graph, model, strategy, root, run);
    const { a: visA, b: visB } = purposeKey(root, run, 'div:visible');
    const { a: shareA, b: shareB } = purposeKey(root, run, 'div:share');
    const row = s * (n + 1);
    for (let i = 0; i < n; i++) {
      offsets[row + i] = used;
      const end = arcOffsets[i + 1];
      for (let a = arcOffsets[i]; a < end; a++) {
        const k = tieKinds[a];
        const seen = weights === null ? vis[k] : vis[k] * weights[a];
        if (seen < 1 && coinBits(visA, visB, a) >= seen * TWO_POW_32) continue;
        const j = arcTargets[a];
        const trust = tieTrust[k] * lift[k];
        const engagedJ = engaged[j];
        const coin = coinBits(shareA, shareB, a);
        if (!fires(base[0], trust, engagedJ, coin)) continue;
        if (used === targets.length) {
          if (offsets.length + 2 * used > MAX_SAMPLE_INTS)
            throw new RangeError(`live-edge samples: more than ${MAX_SAMPLE_INTS} integers; use fewer samples`);
          const grown = new Int32Array(2 * used);
          grown.set(targets);
          targets = grown;
          if (deadlines) {
            const longer = new Uint16Array(2 * used);
            longer.set(deadlines);
            deadlines = longer;
          }
        }
        if (deadlines) {
          // The deepest level that still fires (the chance only falls with age): binary search.
          let lo = 0;
          let hi = maxDeadline;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (fires(base[mid], trust, engagedJ, coin)) lo = mid;
            else hi = mid - 1;
          }
          deadlines[used] = lo;
        }
        targets[used++] = j;
      }
    }
    offsets[row + n] = used;
    options.onSample?.(s + 1, samples);
  }
  return {
    nodeCount: n,
    sampleCount: samples,
    firstRun,
    offsets,
    targets: targets.slice(0, used),
    deadlines: deadlines ? deadlines.slice(0, used) : null,
    horizon,
  };
}

/** The model's share decision: p = base × (trust × lift) × engaged, capped at 1, against the coin. */
function fires(base: number, trustLift: number, engaged: number, coin: number): boolean {
  let p = base * trustLift * engaged;
  if (p > 1) p = 1;
  return p > 0 && (p >= 1 || coin < p * TWO_POW_32);
}
