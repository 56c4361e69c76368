/**
 * The state of one dividend run and its actions: a brand wave, an organic post, a post
 * spreading over out-arcs, an exposure landing on an agent, a step of paid ads. The step loop
 * lives in runDividend.ts; the rules are documented in dividendSpec.ts. One class over typed
 * arrays, so the hot loop (one iteration per arc of every post) touches no objects.
 */
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { childKey, drawBits, purposeKey, Stream, type StreamKey } from '../random';
import { AgentTraits } from './agentTraits';
import type { DividendModelSpec, DividendStrategySpec } from './dividendSpec';
import { ADS_MIN_PROMOTIONAL, MAX_WAVES } from './dividendSpec';
import { REACHED_BY_ADS, REACHED_BY_BRAND } from './dividendOutcome';
import { IntList, type DividendScratch } from './dividendScratch';
import { resolveTies, tieArrays } from './platformPresets';
import { relevanceByCommunity } from './relevance';

/** Poster classes, for attribution (index into `attribution`). */
export const CLASS_SEED = 0;
export const CLASS_KOL = 1;
export const CLASS_ORGANIC = 2;
export const CLASS_ADS = 3;

const TWO_POW_32 = 4294967296;
// Layout of the scratch arrays (see dividendScratch.ts). Module-local on purpose: under
// tsx/vitest (one ES module per file) every read of an imported binding is a checked
// live-binding load, and in the hot loop that made a run ~2.5× slower.
/**
 * `state` bits: reached, converted, muted, and from bit WAVE_SHIFT on one bit per wave, set once
 * the agent decided to share in it. One int per agent holds everything the hot loop checks.
 */
const STATE_REACHED = 1;
const STATE_CONVERTED = 2;
const STATE_MUTED = 4;
const WAVE_SHIFT = 3;
/** All wave bits: nonzero once the agent decided to share in any wave. */
const ANY_WAVE = ~((1 << WAVE_SHIFT) - 1);
/** `agent` fields (stride 4): trust still needed to convert (threshold − trust; converts at ≤ 0), */
const AGENT_NEED = 0;
/** annoyance still tolerated (tolerance − annoyance; mutes below 0), */
const AGENT_PATIENCE = 1;
/** relevance of the content to the agent's community, */
const AGENT_RELEVANCE = 2;
/** relevance × engagement: the agent's own factor of its share chance. */
const AGENT_ENGAGED = 3;

// The per-arc coin: exactly drawBits(key, entity, sub) of random.ts (campaign.test.ts pins it),
// local for the same reason, with the key words and the sub's multiplier hoisted out of the loop.
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
/** The multiplier of `sub` in drawBits. */
export function subMix(sub: number): number {
  return Math.imul(sub >>> 0, 0x9e3779b1);
}
/** drawBits({a: ka, b: kb}, entity, sub) given subMix(sub). */
export function coinBits(ka: number, kb: number, mixedSub: number, entity: number): number {
  return mix32(((mix32((entity >>> 0) ^ ka) + mixedSub) ^ kb) >>> 0);
}
/** Sharing generations whose recruits count towards R (early generations are not yet depleted). */
const R_GENERATIONS = 2;

// A queued organic post packs (node, wave, class of the post that triggered it) in one int:
// node < 2^24 (the scenario limits keep networks far below), wave < 32, class < 4.
const packPost = (node: number, wave: number, trigger: number): number => (node << 7) | (wave << 2) | trigger;

type SpreadKernel = (c: Campaign, i: number, wave: number, cls: number, t: number) => void;
/** The last kernel made (a worker simulates one network with one scratch set at a time). */
let kernelCache: { graph: Graph; scratch: DividendScratch; kernel: SpreadKernel } | null = null;

export class Campaign {
  // Counters read by runSummary.
  reached = 0;
  shared = 0;
  converted = 0;
  churned = 0;
  posts = 0;
  exposuresDelivered = 0;
  rewardedShares = 0;
  impressions = 0;
  replies = 0;
  shareDecisions = 0;
  shareChanceSum = 0;
  maxGeneration = 0;
  earlySharers = 0;
  earlyRecruits = 0;
  readonly attribution = new Int32Array(4);
  /** Organic posts queued for the next step (packPost entries). */
  next = new IntList();

  private readonly s: DividendScratch;
  /** Node i posts at t in `wave` (spreadKernel: the rules per arc). */
  private readonly spreadPost: SpreadKernel;
  private readonly graph: Graph;
  private readonly traits: AgentTraits;
  private readonly tieTrust: Float64Array;
  private readonly tieVisibility: Float64Array;
  private readonly relevance: Float64Array;
  private readonly waveStep = new Int32Array(MAX_WAVES);
  /** Novelty factor of each wave, memoised for the step in `noveltyStep` (pow is slow). */
  private readonly noveltyOf = new Float64Array(MAX_WAVES);
  private readonly noveltyStep = new Int32Array(MAX_WAVES).fill(-1);
  private readonly socialProof: number;
  private readonly quality: number;
  private readonly halfLife: number;
  private readonly rewardPerShare: number;
  private readonly rewardLift: number;
  private readonly annoyPerExposure: number;
  private readonly adAnnoyance: number;
  private readonly adsTrust: number;
  private readonly brandTrust: number;
  private readonly brandReplyChance: number;
  private readonly visKey: StreamKey;
  private readonly shareKey: StreamKey;
  private readonly adShareKey: StreamKey;
  private readonly brandKey: StreamKey;
  private readonly adsKey: StreamKey;

  constructor(
    graph: Graph,
    model: DividendModelSpec,
    strategy: DividendStrategySpec,
    scratch: DividendScratch,
    root: StreamKey,
    run: number,
  ) {
    this.graph = graph;
    this.s = scratch;
    this.spreadPost = Campaign.spreadKernel(graph, scratch);
    this.traits = new AgentTraits(root, run, model);
    const ties = resolveTies(model);
    const arrays = tieArrays(ties);
    this.tieTrust = arrays.trust;
    this.tieVisibility = arrays.visibility;
    this.adsTrust = ties.ads.trust;
    this.brandTrust = ties.brand.trust;
    const content = strategy.content;
    this.relevance = relevanceByCommunity(content.relevance, graph);
    this.socialProof = model.socialProof;
    this.quality = content.quality;
    this.halfLife = content.halfLife ?? 0;
    this.rewardPerShare = strategy.incentives.rewardPerShare;
    this.rewardLift = 1 + model.rewardLift * this.rewardPerShare;
    this.annoyPerExposure = content.promotional * (1 + model.rewardAnnoyance * this.rewardPerShare);
    this.adAnnoyance = Math.max(content.promotional, ADS_MIN_PROMOTIONAL);
    this.brandReplyChance = strategy.brandReplies;
    this.visKey = purposeKey(root, run, 'div:visible');
    this.shareKey = purposeKey(root, run, 'div:share');
    this.adShareKey = purposeKey(root, run, 'div:adshare');
    this.brandKey = purposeKey(root, run, 'div:brand');
    this.adsKey = purposeKey(root, run, 'div:ads');
  }

  setWaveStep(wave: number, step: number): void {
    this.waveStep[wave] = step;
  }

  /**
   * A brand-initiated wave: `posters` (seed users, hired KOLs or second-wave posters) post at t.
   * All are marked as having shared in the wave first, so none of them is recruited into it.
   * Returns the number of distinct posters listed (muted ones included: they were paid).
   */
  brandWave(posters: Int32Array, wave: number, cls: number, t: number): number {
    const state = this.s.state;
    const bit = 1 << (WAVE_SHIFT + wave);
    const unique: number[] = [];
    for (let i = 0; i < posters.length; i++) {
      const p = posters[i];
      if (state[p] & bit) continue; // listed twice
      state[p] |= bit;
      unique.push(p);
    }
    for (const p of unique) {
      if (state[p] & STATE_MUTED) continue;
      if (!(state[p] & STATE_REACHED)) this.touch(p, REACHED_BY_BRAND, t);
      if (this.s.sharedStep[p] < 0) this.firstPost(p, -1, t);
      this.posts++;
      this.spreadPost(this, p, wave, cls, t);
    }
    return unique.length;
  }

  /** An organic post decided at t−1 (a packPost entry). */
  organicPost(entry: number, t: number): void {
    const s = this.s;
    const node = entry >>> 7;
    const wave = (entry >>> 2) & 31;
    const trigger = entry & 3;
    if (s.state[node] & STATE_MUTED) return; // muted between deciding and posting
    if (s.sharedStep[node] < 0) this.firstPost(node, s.recruiter[node], t);
    this.posts++;
    if (this.rewardPerShare > 0) this.rewardedShares++;
    if (this.brandReplyChance > 0 && drawBits(this.brandKey, node, wave) < this.brandReplyChance * TWO_POW_32) {
      this.replies++;
      if (!(s.state[node] & STATE_CONVERTED) && (s.agent[4 * node + AGENT_NEED] -= this.brandTrust) <= 0)
        this.convert(node, trigger, t);
    }
    this.spreadPost(this, node, wave, CLASS_ORGANIC, t);
  }

  /**
   * What a post does: node i posts at t in `wave`, and every unmuted out-neighbour may see it,
   * gain trust, convert and share (this runs once per arc of every post). Written as a closure
   * over one graph's and one scratch set's arrays, made once per such pair and reused by every
   * campaign on them: V8 then treats the captured arrays as constants in the optimised code (no
   * per-call loads of the arrays and their lengths). Measured with the dividend bench bundled
   * like the workers, three processes each: the cost ratio to IC went from 3.8–4.0× to 3.4–3.6×
   * with the levers off, and a default-size scenario ~6% faster. The rules per arc are the ones
   * of `receive`, inlined by hand (keep the two in step).
   */
  private static spreadKernel(graph: Graph, scratch: DividendScratch): SpreadKernel {
    if (kernelCache !== null && kernelCache.graph === graph && kernelCache.scratch === scratch) return kernelCache.kernel;
    const { offsets, targets, tieKinds, weights } = graph;
    const { state, agent, exposures } = scratch;
    const kernel: SpreadKernel = (c: Campaign, i: number, wave: number, cls: number, t: number): void => {
      const vis = c.tieVisibility;
      const tieTrust = c.tieTrust;
      const socialProof = c.socialProof;
      const { a: visA, b: visB } = c.visKey;
      const { a: shareA, b: shareB } = c.shareKey;
      const waveMix = subMix(wave);
      const bit = 1 << (WAVE_SHIFT + wave);
      const base = c.quality * c.novelty(wave, t) * c.rewardLift;
      const annoy = c.annoyPerExposure;
      const end = offsets[i + 1];
      let delivered = 0;
      let decisions = 0;
      let chanceSum = 0;
      for (let a = offsets[i]; a < end; a++) {
        const j = targets[a];
        const st = state[j];
        if (st & STATE_MUTED) continue;
        const k = tieKinds[a];
        const seen = weights === null ? vis[k] : vis[k] * weights[a];
        if (seen < 1 && coinBits(visA, visB, waveMix, a) >= seen * TWO_POW_32) continue;
        delivered++;
        if (!(st & STATE_REACHED)) c.touch(j, i, t);
        const r = 4 * j;
        if (annoy > 0 && (agent[r + AGENT_PATIENCE] -= annoy) < 0) {
          c.mute(j, t);
          continue;
        }
        const trust = tieTrust[k];
        // Exposures are counted while they can still convert: afterwards trust no longer matters,
        // and skipping converted agents here keeps most late exposures off two cache lines.
        if (!(st & STATE_CONVERTED)) {
          const x = ++exposures[j];
          const gain = trust * agent[r + AGENT_RELEVANCE] * (1 + socialProof * (x - 1));
          if ((agent[r + AGENT_NEED] -= gain) <= 0) c.convert(j, cls, t);
        }
        if (st & bit) continue; // already decided to share in this wave
        let p = base * trust * agent[r + AGENT_ENGAGED];
        if (p > 1) p = 1;
        decisions++;
        chanceSum += p;
        if (p > 0 && (p >= 1 || coinBits(shareA, shareB, waveMix, a) < p * TWO_POW_32)) c.decide(j, i, wave, cls);
      }
      c.exposuresDelivered += delivered;
      c.shareDecisions += decisions;
      c.shareChanceSum += chanceSum;
    };
    kernelCache = { graph, scratch, kernel };
    return kernel;
  }

  /** 0.5^(age/halfLife), age = steps since the wave started (1 without decay). */
  private novelty(wave: number, t: number): number {
    if (this.halfLife <= 0) return 1;
    if (this.noveltyStep[wave] !== t) {
      this.noveltyStep[wave] = t;
      this.noveltyOf[wave] = pow(0.5, (t - this.waveStep[wave]) / this.halfLife);
    }
    return this.noveltyOf[wave];
  }

  /** Paid ads at step t: each unreached agent is reached with probability `reach` (geometric skipping). */
  adsStep(t: number, reach: number, wave: number): void {
    const { state, agent } = this.s;
    const n = this.s.nodeCount;
    const rng = new Stream(childKey(this.adsKey, t));
    const base = this.quality * this.novelty(wave, t) * this.rewardLift * this.adsTrust;
    for (let j = rng.geometric(reach); j < n; j += 1 + rng.geometric(reach)) {
      if (state[j] & STATE_REACHED) continue; // only the unreached (so never a muted agent)
      this.impressions++;
      if (!this.receive(j, REACHED_BY_ADS, CLASS_ADS, t, this.adsTrust, this.adAnnoyance)) continue;
      let p = base * agent[4 * j + AGENT_ENGAGED];
      if (p > 1) p = 1;
      this.shareDecisions++;
      this.shareChanceSum += p;
      if (p > 0 && (p >= 1 || drawBits(this.adShareKey, j, wave) < p * TWO_POW_32)) this.decide(j, REACHED_BY_ADS, wave, CLASS_ADS);
    }
  }

  /**
   * A seen exposure of j at t from `poster` (class `cls`) through a channel of trust `trust`
   * carrying `annoy`. Returns false when j mutes on it. (Inlined by hand in `spread`.)
   */
  private receive(j: number, poster: number, cls: number, t: number, trust: number, annoy: number): boolean {
    const { state, agent, exposures } = this.s;
    if (!(state[j] & STATE_REACHED)) this.touch(j, poster, t);
    const r = 4 * j;
    if (annoy > 0 && (agent[r + AGENT_PATIENCE] -= annoy) < 0) {
      this.mute(j, t);
      return false;
    }
    if (!(state[j] & STATE_CONVERTED)) {
      const x = ++exposures[j];
      const gain = trust * agent[r + AGENT_RELEVANCE] * (1 + this.socialProof * (x - 1));
      if ((agent[r + AGENT_NEED] -= gain) <= 0) this.convert(j, cls, t);
    }
    return true;
  }

  /** First contact with j: reached now, by `by`; its traits are drawn now (they depend on the run only). */
  private touch(j: number, by: number, t: number): void {
    const s = this.s;
    s.state[j] |= STATE_REACHED;
    s.reachedStep[j] = t;
    s.reachedBy[j] = by;
    const g = by >= 0 ? s.generation[by] + 1 : 0;
    s.generation[j] = g;
    if (g > this.maxGeneration) this.maxGeneration = g;
    const community = this.graph.community;
    const c = community === null ? 0 : community[j];
    const relevance = c >= 0 && c < this.relevance.length ? this.relevance[c] : 1;
    const r = 4 * j;
    const traits = this.traits;
    traits.drawAll(j);
    const drawn = traits.drawn;
    const agent = s.agent;
    agent[r + AGENT_NEED] = drawn[0];
    agent[r + AGENT_PATIENCE] = drawn[1];
    agent[r + AGENT_RELEVANCE] = relevance;
    agent[r + AGENT_ENGAGED] = relevance * drawn[2];
    this.reached++;
  }

  private convert(j: number, cls: number, t: number): void {
    this.s.state[j] |= STATE_CONVERTED;
    this.s.convertedStep[j] = t;
    this.converted++;
    this.attribution[cls]++;
  }

  private mute(j: number, t: number): void {
    this.s.state[j] |= STATE_MUTED;
    this.s.mutedStep[j] = t;
    this.churned++;
  }

  /** j decided to share in `wave` after an exposure from `poster` (class `cls`): it posts at the next step. */
  private decide(j: number, poster: number, wave: number, cls: number): void {
    const state = this.s.state;
    if (!(state[j] & ANY_WAVE)) this.s.recruiter[j] = poster;
    state[j] |= 1 << (WAVE_SHIFT + wave);
    this.next.push(packPost(j, wave, cls));
  }

  /** The node's first post: it becomes a sharer; R counts recruits of early sharing generations. */
  private firstPost(node: number, recruiter: number, t: number): void {
    const s = this.s;
    s.sharedStep[node] = t;
    this.shared++;
    let g = 0;
    if (recruiter >= 0) {
      const rg = s.shareGeneration[recruiter];
      if (rg <= R_GENERATIONS) this.earlyRecruits++;
      g = rg + 1;
    }
    s.shareGeneration[node] = g;
    if (g <= R_GENERATIONS) this.earlySharers++;
  }
}
