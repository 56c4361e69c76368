/**
 * The state of one dividend run and what can happen to one agent in it: first contact (with its
 * traits drawn), dose that fades, conversion with its attribution and advocacy, muting, deciding to
 * share and a first post. The campaign's actions (waves, posts spreading over arcs, paid ads,
 * organic purchases) are campaign.ts. This base class holds the counters, the per-run parameters
 * derived from the model and the strategy, and the per-agent transitions every action shares;
 * Campaign extends it (rather than holding it) so the hot per-arc kernel still calls plain methods
 * and reads plain fields of one object.
 */
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { drawBits, purposeKey, type StreamKey } from '../random';
import { adImpressionWeights } from './adResponse';
import { AgentTraits } from './agentTraits';
import { doseDecayTable } from './conversionCurve';
import type { DividendModelSpec, DividendStrategySpec } from './dividendSpec';
import { ADS_MIN_PROMOTIONAL, MAX_WAVES } from './dividendSpec';
import * as layout from './agentLayout';
import { MARK_ORGANIC, type DividendScratch } from './dividendScratch';
import { resolveTies, tieArrays } from './platformPresets';
import type { PostQueue } from './postQueue';
import { relevanceByCommunity } from './relevance';
import { rewardEffect } from './rewardEffect';

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
/** Sharing generations whose recruits count towards R (early generations are not yet depleted). */
const R_GENERATIONS = 2;

export abstract class CampaignState {
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

  protected readonly s: DividendScratch;
  private readonly queue: PostQueue;
  private readonly steps: number;
  protected readonly graph: Graph;
  private readonly traits: AgentTraits;
  protected readonly tieTrust: Float64Array;
  protected readonly tieVisibility: Float64Array;
  protected readonly liftByTie: Float64Array;
  private readonly relevance: Float64Array;
  private readonly waveStep = new Int32Array(MAX_WAVES);
  /** Novelty factor of each wave, memoised for the step in `noveltyStep` (pow is slow). */
  private readonly noveltyOf = new Float64Array(MAX_WAVES);
  private readonly noveltyStep = new Int32Array(MAX_WAVES).fill(-1);
  protected readonly decay: Float64Array | null;
  protected readonly repeatWeight: number;
  protected readonly quality: number;
  private readonly halfLife: number;
  protected readonly rewardPerShare: number;
  protected readonly rewardedDose: number;
  protected readonly annoyPerExposure: number;
  protected readonly adAnnoyance: number;
  protected readonly adsTrust: number;
  protected readonly adWeights: Float64Array;
  protected readonly brandTrust: number;
  protected readonly brandReplyChance: number;
  private readonly advocacyBits: number;
  protected readonly visKey: StreamKey;
  protected readonly shareKey: StreamKey;
  protected readonly adShareKey: StreamKey;
  protected readonly brandKey: StreamKey;
  protected readonly adsKey: StreamKey;
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

  /** 0.5^(age/halfLife), age = steps since the wave started (1 without decay). */
  protected novelty(wave: number, t: number): number {
    if (this.halfLife <= 0) return 1;
    if (this.noveltyStep[wave] !== t) {
      this.noveltyStep[wave] = t;
      this.noveltyOf[wave] = pow(0.5, (t - this.waveStep[wave]) / this.halfLife);
    }
    return this.noveltyOf[wave];
  }

  /** Add `gain` to j's fading dose at t; true when j now reaches its buying dose. */
  protected addDose(j: number, gain: number, t: number): boolean {
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

  /** First contact with j: reached now, by `by`; its traits are drawn now (they depend on the run only). */
  protected touch(j: number, by: number, t: number): void {
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
  protected convert(j: number, cls: number, t: number, poster: number, wave: number): void {
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

  protected mute(j: number, t: number): void {
    this.s.state[j] |= STATE_MUTED;
    this.s.mutedStep[j] = t;
    this.churned++;
  }

  /** j decided at t to post in `wave` after an exposure from `poster` (class `cls`): it posts after its response delay. */
  protected decide(j: number, poster: number, wave: number, cls: number, t: number): void {
    const state = this.s.state;
    if (!(state[j] & ANY_WAVE)) this.s.recruiter[j] = poster;
    state[j] |= waveBit(wave);
    const due = t + this.traits.delay(j, wave);
    if (due <= this.steps) this.queue.push(due, packPost(j, wave, cls));
  }

  /** The node's first post: it becomes a sharer; R counts recruits of early sharing generations. */
  protected firstPost(node: number, recruiter: number, t: number): void {
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
