/**
 * The actions of one dividend run: a brand wave, an organic post, a post spreading over out-arcs,
 * an exposure landing on an agent, a step of paid ads, an organic purchase. The step loop lives in
 * runDividend.ts; the rules are documented in dividendSpec.ts; the run's state and the per-agent
 * transitions these actions share (reach, dose, convert, mute, decide) are the base class in
 * campaignState.ts. One object over typed arrays, so the hot loop (one iteration per arc of every
 * post) touches no other objects.
 */
import type { Graph } from '../graph';
import { childKey, drawBits, Stream } from '../random';
import { AD_WEIGHT_LIMIT } from './adResponse';
import * as layout from './agentLayout';
import { CampaignState } from './campaignState';
import { REACHED_BY_ADS, REACHED_BY_BRAND } from './dividendOutcome';
import { MARK_BRAND_SEEN, MARK_ORGANIC, type DividendScratch } from './dividendScratch';
import { coinBits as hashCoinBits, subMix as hashSubMix } from '../hash';

/** Poster classes, for attribution (index into `attribution`). */
export const CLASS_SEED = 0;
export const CLASS_KOL = 1;
export const CLASS_ORGANIC = 2;
export const CLASS_ADS = 3;

const TWO_POW_32 = 4294967296;
// The agent layout (agentLayout.ts), copied into module-local consts for the hot loop's speed
// under tsx/vitest (see campaignState.ts).
const STATE_REACHED = layout.STATE_REACHED;
const STATE_CONVERTED = layout.STATE_CONVERTED;
const STATE_MUTED = layout.STATE_MUTED;
const waveBit = layout.waveBit;
const AGENT_NEED = layout.AGENT_NEED;
const AGENT_PATIENCE = layout.AGENT_PATIENCE;
const AGENT_RELEVANCE = layout.AGENT_RELEVANCE;
const AGENT_ENGAGED = layout.AGENT_ENGAGED;
const AGENT_DOSE = layout.AGENT_DOSE;
const AGENT_DOSE_STEP = layout.AGENT_DOSE_STEP;
const STRIDE = layout.AGENT_STRIDE;

// The per-arc coin: drawBits(key, entity, sub) of random.ts given as key words and subMix(sub),
// hoisted out of the loop (hash.ts). Read once into module-local consts for the same reason.
const coinBits = hashCoinBits;
const subMix = hashSubMix;

/** Node i posts at t in `wave` as class `cls`; its audience sees it with visibility × visFactor and gains dose × doseFactor. */
type SpreadKernel = (c: Campaign, i: number, wave: number, cls: number, t: number, visFactor: number, doseFactor: number) => void;
/** The last kernel made (a worker simulates one network with one scratch set at a time). */
let kernelCache: { graph: Graph; scratch: DividendScratch; kernel: SpreadKernel } | null = null;

export class Campaign extends CampaignState {
  /** Node i posts at t in `wave` (spreadKernel: the rules per arc). */
  private readonly spreadPost: SpreadKernel = Campaign.spreadKernel(this.graph, this.s);
  /** Per post: share chance factor per tie kind (base × trust × lift) and dose per tie kind. */
  private readonly shareByTie = new Float64Array(3);
  private readonly doseByTie = new Float64Array(3);

  /** Mark the organic buyers of the run (they buy at their own step unless converted or muted before). */
  markOrganic(nodes: Int32Array): void {
    const marks = this.s.marks;
    for (let k = 0; k < nodes.length; k++) marks[nodes[k]] |= MARK_ORGANIC;
  }

  /** Organic buyer j's own purchase step has come. */
  organicPurchase(j: number, t: number): void {
    const st = this.s.state[j];
    if (st & STATE_CONVERTED) return; // the campaign got there first (counted as accelerated)
    if (st & STATE_MUTED) {
      this.lostOrganic++;
      return;
    }
    this.s.state[j] |= STATE_CONVERTED;
    this.s.convertedStep[j] = t;
    this.converted++;
  }

  /**
   * A brand-initiated wave: `posters` (seed users, hired KOLs or second-wave posters) post at t.
   * All are marked as having shared in the wave first, so none of them is recruited into it.
   * `visFactors` (parallel to posters, or null for 1) scale their audience's visibility (KOL
   * engagement). Returns the number of distinct posters listed (muted ones included: they were paid).
   */
  brandWave(posters: Int32Array, wave: number, cls: number, t: number, visFactors: Float64Array | null = null): number {
    const state = this.s.state;
    const bit = waveBit(wave);
    const unique: number[] = [];
    const factors: number[] = [];
    for (let i = 0; i < posters.length; i++) {
      const p = posters[i];
      if (state[p] & bit) continue; // listed twice
      state[p] |= bit;
      unique.push(p);
      factors.push(visFactors === null ? 1 : visFactors[i]);
    }
    for (let k = 0; k < unique.length; k++) {
      const p = unique[k];
      if (state[p] & STATE_MUTED) continue;
      if (!(state[p] & STATE_REACHED)) this.touch(p, REACHED_BY_BRAND, t);
      if (this.s.sharedStep[p] < 0) this.firstPost(p, -1, t);
      this.posts++;
      this.preparePost(wave, t, 1);
      this.spreadPost(this, p, wave, cls, t, factors[k], 1);
    }
    return unique.length;
  }

  /** An organic post decided earlier and due at t (a packPost entry). */
  organicPost(entry: number, t: number): void {
    const s = this.s;
    const node = layout.postNode(entry);
    const wave = layout.postWave(entry);
    const trigger = layout.postClass(entry);
    if (s.state[node] & STATE_MUTED) return; // muted between deciding and posting
    if (s.sharedStep[node] < 0) this.firstPost(node, s.recruiter[node], t);
    this.posts++;
    const rewarded = this.rewardPerShare > 0;
    if (rewarded) this.rewardedShares++;
    if (this.brandReplyChance > 0 && drawBits(this.brandKey, node, wave) < this.brandReplyChance * TWO_POW_32) {
      this.replies++;
      const seen = s.marks[node] & MARK_BRAND_SEEN;
      s.marks[node] |= MARK_BRAND_SEEN;
      const gain = this.brandTrust * s.agent[STRIDE * node + AGENT_RELEVANCE] * (seen ? this.repeatWeight : 1);
      if (!(s.state[node] & STATE_CONVERTED) && this.addDose(node, gain, t)) this.convert(node, trigger, t, node, wave);
    }
    const doseFactor = rewarded ? this.rewardedDose : 1;
    this.preparePost(wave, t, doseFactor);
    this.spreadPost(this, node, wave, CLASS_ORGANIC, t, 1, doseFactor);
  }

  /** The per-tie share and dose factors of a post in `wave` at t. */
  private preparePost(wave: number, t: number, doseFactor: number): void {
    const base = this.quality * this.novelty(wave, t);
    for (let k = 0; k < 3; k++) {
      this.shareByTie[k] = base * this.tieTrust[k] * this.liftByTie[k];
      this.doseByTie[k] = this.tieTrust[k] * doseFactor;
    }
  }

  /**
   * What a post does: node i posts at t in `wave`, and every unmuted out-neighbour may see it,
   * gain dose, buy and decide to share (this runs once per arc of every post). Written as a
   * closure over one graph's and one scratch set's arrays, made once per such pair and reused by
   * every campaign on them: V8 then treats the captured arrays as constants in the optimised code
   * (no per-call loads of the arrays and their lengths). The rules per arc are the ones of
   * `receive`, inlined by hand (keep the two in step; campaign.test.ts drives both).
   */
  private static spreadKernel(graph: Graph, scratch: DividendScratch): SpreadKernel {
    if (kernelCache !== null && kernelCache.graph === graph && kernelCache.scratch === scratch) return kernelCache.kernel;
    const { offsets, targets, tieKinds, weights } = graph;
    const { state, agent, arcSeen } = scratch;
    const kernel: SpreadKernel = (c: Campaign, i: number, wave: number, cls: number, t: number, visFactor: number, doseFactor: number): void => {
      const vis = c.tieVisibility;
      const shareByTie = c.shareByTie;
      const doseByTie = c.doseByTie;
      const repeatWeight = c.repeatWeight;
      const decay = c.decay;
      const { a: visA, b: visB } = c.visKey;
      const { a: shareA, b: shareB } = c.shareKey;
      const waveMix = subMix(wave);
      const bit = waveBit(wave);
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
        const seen = (weights === null ? vis[k] : vis[k] * weights[a]) * visFactor;
        if (seen < 1 && coinBits(visA, visB, waveMix, a) >= seen * TWO_POW_32) continue;
        delivered++;
        if (!(st & STATE_REACHED)) c.touch(j, i, t);
        const r = STRIDE * j;
        if (annoy > 0 && (agent[r + AGENT_PATIENCE] -= annoy) < 0) {
          c.mute(j, t);
          continue;
        }
        if (!(st & STATE_CONVERTED)) {
          let gain = doseByTie[k] * agent[r + AGENT_RELEVANCE];
          if (arcSeen[a] !== 0) gain *= repeatWeight;
          else arcSeen[a] = 1;
          let dose = agent[r + AGENT_DOSE];
          if (decay !== null) {
            dose *= decay[t - agent[r + AGENT_DOSE_STEP]];
            agent[r + AGENT_DOSE_STEP] = t;
          }
          dose += gain;
          agent[r + AGENT_DOSE] = dose;
          if (dose >= agent[r + AGENT_NEED]) c.convert(j, cls, t, i, wave);
        }
        if (state[j] & bit) continue; // already decided to share in this wave (or just did, by buying)
        let p = shareByTie[k] * agent[r + AGENT_ENGAGED];
        if (p > 1) p = 1;
        decisions++;
        chanceSum += p;
        if (p > 0 && (p >= 1 || coinBits(shareA, shareB, waveMix, a) < p * TWO_POW_32)) c.decide(j, i, wave, cls, t);
      }
      c.exposuresDelivered += delivered;
      c.shareDecisions += decisions;
      c.shareChanceSum += chanceSum;
    };
    kernelCache = { graph, scratch, kernel };
    return kernel;
  }

  /** Paid ads at step t: each unmuted person is shown an ad with probability `reach` (geometric skipping). */
  adsStep(t: number, reach: number, wave: number): void {
    const { state, agent, adImpressions } = this.s;
    const n = this.s.nodeCount;
    const rng = new Stream(childKey(this.adsKey, t));
    const bit = waveBit(wave);
    const base = this.quality * this.novelty(wave, t) * this.adsTrust;
    for (let j = rng.geometric(reach); j < n; j += 1 + rng.geometric(reach)) {
      if (state[j] & STATE_MUTED) continue; // a muted person has hidden the brand's ads: not shown, not paid
      this.impressions++;
      const shown = ++adImpressions[j];
      if (!(state[j] & STATE_REACHED)) this.touch(j, REACHED_BY_ADS, t);
      const r = STRIDE * j;
      if ((agent[r + AGENT_PATIENCE] -= this.adAnnoyance) < 0) {
        this.mute(j, t);
        continue;
      }
      if (!(state[j] & STATE_CONVERTED) && shown <= AD_WEIGHT_LIMIT) {
        const gain = this.adsTrust * agent[r + AGENT_RELEVANCE] * this.adWeights[shown];
        if (this.addDose(j, gain, t)) this.convert(j, CLASS_ADS, t, REACHED_BY_ADS, wave);
      }
      if (state[j] & bit) continue;
      let p = base * agent[r + AGENT_ENGAGED];
      if (p > 1) p = 1;
      this.shareDecisions++;
      this.shareChanceSum += p;
      if (p > 0 && (p >= 1 || drawBits(this.adShareKey, j, wave) < p * TWO_POW_32)) this.decide(j, REACHED_BY_ADS, wave, CLASS_ADS, t);
    }
  }

  /**
   * A seen exposure of j at t from `poster` (class `cls`) through arc `arc` of tie kind `tie`,
   * carrying dose factor `doseFactor`: the kernel's rules for one arc, as a plain method (tests
   * drive both paths with the same exposure). Returns false when j mutes on it.
   */
  receive(j: number, poster: number, arc: number, tie: number, cls: number, wave: number, t: number, doseFactor: number): boolean {
    const { state, agent, arcSeen } = this.s;
    if (!(state[j] & STATE_REACHED)) this.touch(j, poster, t);
    const r = STRIDE * j;
    if (this.annoyPerExposure > 0 && (agent[r + AGENT_PATIENCE] -= this.annoyPerExposure) < 0) {
      this.mute(j, t);
      return false;
    }
    if (!(state[j] & STATE_CONVERTED)) {
      let gain = this.tieTrust[tie] * doseFactor * agent[r + AGENT_RELEVANCE];
      if (arcSeen[arc] !== 0) gain *= this.repeatWeight;
      else arcSeen[arc] = 1;
      if (this.addDose(j, gain, t)) this.convert(j, cls, t, poster, wave);
    }
    return true;
  }

  /** The agent's current dose at t (for tests and traces). */
  doseOf(j: number, t: number): number {
    const agent = this.s.agent;
    const r = STRIDE * j;
    if (!(this.s.state[j] & STATE_REACHED)) return 0;
    return this.decay === null ? agent[r + AGENT_DOSE] : agent[r + AGENT_DOSE] * this.decay[t - agent[r + AGENT_DOSE_STEP]];
  }
}
