/**
 * The state of one dividend run and its actions: a brand wave, an organic post, a post
 * spreading over out-arcs, an exposure landing on an agent, a step of paid ads, an organic
 * purchase. The step loop lives in runDividend.ts; the rules are documented in dividendSpec.ts.
 * One class over typed arrays, so the hot loop (one iteration per arc of every post) touches no
 * objects.
 */
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { childKey, drawBits, purposeKey, Stream, type StreamKey } from '../random';
import { adImpressionWeights, AD_WEIGHT_LIMIT } from './adResponse';
import { AgentTraits } from './agentTraits';
import { doseDecayTable } from './conversionCurve';
import type { DividendModelSpec, DividendStrategySpec } from './dividendSpec';
import { ADS_MIN_PROMOTIONAL, MAX_WAVES } from './dividendSpec';
import * as layout from './agentLayout';
import { REACHED_BY_ADS, REACHED_BY_BRAND } from './dividendOutcome';
import { MARK_BRAND_SEEN, MARK_ORGANIC, type DividendScratch } from './dividendScratch';
import { resolveTies, tieArrays } from './platformPresets';
import type { PostQueue } from './postQueue';
import { relevanceByCommunity } from './relevance';
import { rewardEffect } from './rewardEffect';
import { coinBits as hashCoinBits, subMix as hashSubMix } from '../hash';

/** Poster classes, for attribution (index into `attribution`). */
export const CLASS_SEED = 0;
export const CLASS_KOL = 1;
export const CLASS_ORGANIC = 2;
export const CLASS_ADS = 3;

const TWO_POW_32 = 4294967296;
// The agent layout (agentLayout.ts), copied into module-local consts on purpose: under tsx/vitest
// (one ES module per file) every read of an imported binding is a checked live-binding load, and
// in the hot loop that made a run ~2.5× slower. A bundled build folds them either way.
const STATE_REACHED = layout.STATE_REACHED;
const STATE_CONVERTED = layout.STATE_CONVERTED;
const STATE_MUTED = layout.STATE_MUTED;
const waveBit = layout.waveBit;
const ANY_WAVE = layout.ANY_WAVE;
const AGENT_NEED = layout.AGENT_NEED;
const AGENT_PATIENCE = layout.AGENT_PATIENCE;
const AGENT_RELEVANCE = layout.AGENT_RELEVANCE;
const AGENT_ENGAGED = layout.AGENT_ENGAGED;
const AGENT_DOSE = layout.AGENT_DOSE;
const AGENT_DOSE_STEP = layout.AGENT_DOSE_STEP;
const STRIDE = layout.AGENT_STRIDE;
const packPost = layout.packPost;

// The per-arc coin: drawBits(key, entity, sub) of random.ts given as key words and subMix(sub),
// hoisted out of the loop (hash.ts). Read once into module-local consts for the same reason.
const coinBits = hashCoinBits;
const subMix = hashSubMix;
/** Sharing generations whose recruits count towards R (early generations are not yet depleted). */
const R_GENERATIONS = 2;


/** Node i posts at t in `wave` as class `cls`; its audience sees it with visibility × visFactor and gains dose × doseFactor. */
type SpreadKernel = (c: Campaign, i: number, wave: number, cls: number, t: number, visFactor: number, doseFactor: number) => void;
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
  /** Organic buyers the campaign made buy earlier than they would have. */
  accelerated = 0;
  /** Organic buyers who muted the campaign before their purchase, and so did not buy. */
  lostOrganic = 0;
  /** Conversions by the class of the post that tipped them, campaign-caused conversions only. */
  readonly attribution = new Int32Array(4);

  private readonly s: DividendScratch;
  private readonly queue: PostQueue;
  private readonly steps: number;
  /** Node i posts at t in `wave` (spreadKernel: the rules per arc). */
  private readonly spreadPost: SpreadKernel;
  private readonly graph: Graph;
  private readonly traits: AgentTraits;
  private readonly tieTrust: Float64Array;
  private readonly tieVisibility: Float64Array;
  private readonly liftByTie: Float64Array;
  /** Per post: share chance factor per tie kind (base × trust × lift) and dose per tie kind. */
  private readonly shareByTie = new Float64Array(3);
  private readonly doseByTie = new Float64Array(3);
  private readonly relevance: Float64Array;
  private readonly waveStep = new Int32Array(MAX_WAVES);
  /** Novelty factor of each wave, memoised for the step in `noveltyStep` (pow is slow). */
  private readonly noveltyOf = new Float64Array(MAX_WAVES);
  private readonly noveltyStep = new Int32Array(MAX_WAVES).fill(-1);
  private readonly decay: Float64Array | null;
  private readonly repeatWeight: number;
  private readonly quality: number;
  private readonly halfLife: number;
  private readonly rewardPerShare: number;
  private readonly rewardedDose: number;
  private readonly annoyPerExposure: number;
  private readonly adAnnoyance: number;
  private readonly adsTrust: number;
  private readonly adWeights: Float64Array;
  private readonly brandTrust: number;
  private readonly brandReplyChance: number;
  private readonly advocacyBits: number;
  private readonly visKey: StreamKey;
  private readonly shareKey: StreamKey;
  private readonly adShareKey: StreamKey;
  private readonly brandKey: StreamKey;
  private readonly adsKey: StreamKey;
  private readonly advocacyKey: StreamKey;

  constructor(
    graph: Graph,
    model: DividendModelSpec,
    strategy: DividendStrategySpec,
    scratch: DividendScratch,
    queue: PostQueue,
    steps: number,
    root: StreamKey,
    run: number,
  ) {
    this.graph = graph;
    this.s = scratch;
    this.queue = queue;
    this.steps = steps;
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
    this.decay = doseDecayTable(model.conversion.memoryHalfLife, steps);
    this.repeatWeight = model.conversion.repeatWeight;
    this.quality = content.quality;
    this.halfLife = content.halfLife ?? 0;
    this.rewardPerShare = strategy.incentives.rewardPerShare;
    const reward = rewardEffect(this.rewardPerShare, model.economics.valuePerConversion, model.rewards);
    this.liftByTie = reward.liftByTie;
    this.rewardedDose = reward.receiverFactor;
    this.annoyPerExposure = content.promotional * reward.spamFactor;
    this.adAnnoyance = Math.max(content.promotional, ADS_MIN_PROMOTIONAL);
    this.adWeights = adImpressionWeights(model.adResponse.peakFrequency);
    this.brandReplyChance = strategy.brandReplies;
    this.advocacyBits = model.advocacy * TWO_POW_32;
    this.visKey = purposeKey(root, run, 'div:visible');
    this.shareKey = purposeKey(root, run, 'div:share');
    this.adShareKey = purposeKey(root, run, 'div:adshare');
    this.brandKey = purposeKey(root, run, 'div:brand');
    this.adsKey = purposeKey(root, run, 'div:ads');
    this.advocacyKey = purposeKey(root, run, 'div:advocacy');
  }

  setWaveStep(wave: number, step: number): void {
    this.waveStep[wave] = step;
  }

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

  /** 0.5^(age/halfLife), age = steps since the wave started (1 without decay). */
  private novelty(wave: number, t: number): number {
    if (this.halfLife <= 0) return 1;
    if (this.noveltyStep[wave] !== t) {
      this.noveltyStep[wave] = t;
      this.noveltyOf[wave] = pow(0.5, (t - this.waveStep[wave]) / this.halfLife);
    }
    return this.noveltyOf[wave];
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

  /** Add `gain` to j's fading dose at t; true when j now reaches its buying dose. */
  private addDose(j: number, gain: number, t: number): boolean {
    const agent = this.s.agent;
    const r = STRIDE * j;
    let dose = agent[r + AGENT_DOSE];
    if (this.decay !== null) {
      dose *= this.decay[t - agent[r + AGENT_DOSE_STEP]];
      agent[r + AGENT_DOSE_STEP] = t;
    }
    dose += gain;
    agent[r + AGENT_DOSE] = dose;
    return dose >= agent[r + AGENT_NEED];
  }

  /** The agent's current dose at t (for tests and traces). */
  doseOf(j: number, t: number): number {
    const agent = this.s.agent;
    const r = STRIDE * j;
    if (!(this.s.state[j] & STATE_REACHED)) return 0;
    return this.decay === null ? agent[r + AGENT_DOSE] : agent[r + AGENT_DOSE] * this.decay[t - agent[r + AGENT_DOSE_STEP]];
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
    const r = STRIDE * j;
    const traits = this.traits;
    traits.drawAll(j);
    const drawn = traits.drawn;
    const agent = s.agent;
    agent[r + AGENT_NEED] = drawn[0];
    agent[r + AGENT_PATIENCE] = drawn[1];
    agent[r + AGENT_RELEVANCE] = relevance;
    agent[r + AGENT_ENGAGED] = relevance * drawn[2];
    agent[r + AGENT_DOSE] = 0;
    agent[r + AGENT_DOSE_STEP] = t;
    this.reached++;
  }

  /** The campaign tipped j into buying at t through a post of `poster` in `wave`. */
  private convert(j: number, cls: number, t: number, poster: number, wave: number): void {
    const s = this.s;
    s.state[j] |= STATE_CONVERTED;
    s.convertedStep[j] = t;
    this.converted++;
    if (s.marks[j] & MARK_ORGANIC) this.accelerated++;
    else this.attribution[cls]++;
    // Advocacy: a buyer recommends it to their audience in the wave that sold it to them.
    if (this.advocacyBits > 0 && !(s.state[j] & waveBit(wave)) && drawBits(this.advocacyKey, j) < this.advocacyBits)
      this.decide(j, poster, wave, cls, t);
  }

  private mute(j: number, t: number): void {
    this.s.state[j] |= STATE_MUTED;
    this.s.mutedStep[j] = t;
    this.churned++;
  }

  /** j decided at t to post in `wave` after an exposure from `poster` (class `cls`): it posts after its response delay. */
  private decide(j: number, poster: number, wave: number, cls: number, t: number): void {
    const state = this.s.state;
    if (!(state[j] & ANY_WAVE)) this.s.recruiter[j] = poster;
    state[j] |= waveBit(wave);
    const due = t + this.traits.delay(j, wave);
    if (due <= this.steps) this.queue.push(due, packPost(j, wave, cls));
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
