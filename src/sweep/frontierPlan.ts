/**
/**
 * Planning the budget frontier: a coarse grid of allocations of one strategy's money over four
 * levers — seed users (`seeding.count`), KOLs hired (`kols.hire`), reward per share
 * (`incentives.rewardPerShare`) and paid ads (`ads.reach`) — each a candidate strategy that keeps
 * every other setting of the chosen strategy (content, waves, KOL tier and step, second wave,
 * brand replies, ad window).
 *
 * Levels of each lever (L levels, evenly spaced from 0 to a top level):
 * - seed users: 0 … min(nodes, ⌊budget / costPerSeed⌋), rounded to whole people (ordinary people:
 *   KOL accounts are never seed users);
 * - KOLs by tier: the strategy's own `kols.fromRank` is kept, so the lever hires accounts of ranks
 *   fromRank, fromRank + 1, … (largest first within that tier), 0 … the most of them the budget
 *   pays at the scenario's rate card (kolBaseFee + kolFeePerFollower × followers), whole. To
 *   price mid-tier accounts, set the strategy's fromRank; the lever never hires above it;
 * - reward per share: 0 … maxRewardPerShare (default a tenth of valuePerConversion);
 * - ads: the share f of the budget the ads would spend if nobody muted them, 0 … 1 (less when
 *   showing everyone an ad every step of the window costs less than the budget). Ads have reach
 *   and frequency: at per-step reach r every person may see an ad at every step, so the
 *   impressions are at most r × people × window (people = ordinary people + KOL accounts, all
 *   of whom see ads) and the lever is r = f × budget / (costPerImpression × people × window),
 *   evenly spaced in this bound on the ad spend. With free impressions f is the reach itself.
 * No lever level spends more than the budget at the scenario's prices on its own. Seed users and
 * KOL fees are known before simulating; a combination whose fixed cost alone exceeds the budget
 * is skipped. Rewards and ad impressions depend on the outcome, so the rest is simulated and a
 * candidate is within budget when its MEAN cost over runs is ≤ the budget.
 */
import type { DividendEconomics } from '../core/dividend/dividendSpec';
import { kolFollowerCount } from '../core/networks/kols';
import { isDividendScenario, type DividendScenario, type DividendStrategy, type Scenario } from '../core/scenario';
import { MAX_STRATEGIES, MAX_TIMELINE_CELLS } from '../scenario/limits';
import { problemLine } from '../scenario/problemText';
import { checkScenario } from '../scenario/validateScenario';
import { SweepInputError } from './sweepError';
import { strategyIndex } from './sweepPlan';

/** Levels per lever. */
export interface FrontierLevels {
  seeds: number;
  kols: number;
  rewards: number;
  ads: number;
}

/** 4 × 3 × 3 × 3 = 108 combinations (fewer without KOL accounts or when the budget rules some out). */
export const DEFAULT_FRONTIER_LEVELS: FrontierLevels = { seeds: 4, kols: 3, rewards: 3, ads: 3 };
/** Most levels of one lever. */
export const MAX_FRONTIER_LEVELS = 12;
/** Most combinations in one frontier. */
const MAX_FRONTIER_CANDIDATES = 2000;
/** Default top reward per share, as a share of the value of one conversion. */
const DEFAULT_MAX_REWARD_SHARE = 0.1;

export interface FrontierSpec {
  /** Total budget (currency units), > 0. */
  budget: number;
  /** Name of the strategy whose money is reallocated; default the first. */
  strategy?: string;
  levels?: FrontierLevels;
  /** Top level of the reward per share; default valuePerConversion × DEFAULT_MAX_REWARD_SHARE. */
  maxRewardPerShare?: number;
}

/** How a candidate spends its money. */
export interface Allocation {
  /** Seed users (`seeding.count`). */
  seeds: number;
  /** KOLs hired from the strategy's kols.fromRank on, largest first (`kols.hire`). */
  kols: number;
  /** Reward per organic share (`incentives.rewardPerShare`). */
  rewardPerShare: number;
  /** Per-step ad reach (`ads.reach`). */
  adReach: number;
  /**
   * Share of the budget the ads would spend at adReach if nobody muted them (an upper bound:
   * muted people are shown no ads); with free impressions, the reach itself.
   */
  adShare: number;
}

export interface FrontierCandidate {
  index: number;
  allocation: Allocation;
  /** Seed users + KOL fees: the part of the cost known before simulating. */
  fixedCost: number;
  /** The chosen strategy with this allocation: a complete strategy for a strategy card or a scenario file. */
  strategy: DividendStrategy;
}

export interface FrontierPlan {
  /** The scenario (every strategy), for reference and for re-running a picked strategy. */
  scenario: DividendScenario;
  /** Name of the strategy reallocated. */
  strategy: string;
  budget: number;
  levels: { seeds: number[]; kols: number[]; rewardPerShare: number[]; adShare: number[]; adReach: number[] };
  candidates: FrontierCandidate[];
  /** Combinations left out because seed users and KOL fees alone exceed the budget. */
  skipped: number;
  /** What is simulated: the candidates in order, packed up to MAX_STRATEGIES per scenario. */
  batches: DividendScenario[];
}

/** Evenly spaced levels from 0 to top; whole numbers when `integer` (duplicates dropped). */
function levels(top: number, count: number, integer: boolean): number[] {
  if (count === 1 || top <= 0) return [0];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = i === count - 1 ? top : (top * i) / (count - 1);
    out.push(integer ? Math.round(v) : Number(v.toPrecision(6)));
  }
  return out.filter((v, i) => i === 0 || v !== out[i - 1]);
}

/**
 * Fees of hiring k KOLs of ranks fromRank … fromRank + k − 1, for k = 0 … the accounts from that
 * rank on (what runDividend charges: base fee plus per-follower fee of each account hired).
 */
export function kolFeeTable(scenario: DividendScenario, prices: DividendEconomics, fromRank = 1): number[] {
  const kols = scenario.network.kols;
  const fees = [0];
  if (kols === null) return fees;
  for (let rank = Math.max(1, fromRank); rank <= kols.count; rank++)
    fees.push(fees[fees.length - 1] + prices.kolBaseFee + prices.kolFeePerFollower * kolFollowerCount(kols.reach, scenario.network.nodes, rank));
  return fees;
}

/** Plan the frontier of `scenario` (validated); throws SweepInputError for bad input. */
export function planFrontier(scenario: Scenario, spec: FrontierSpec): FrontierPlan {
  if (!isDividendScenario(scenario)) throw new SweepInputError('the budget frontier needs a dividend scenario (model.kind "dividend"): the canonical models have no prices');
  if (!Number.isFinite(spec.budget) || spec.budget <= 0) throw new SweepInputError('--budget: must be a number greater than 0');
  const lv = spec.levels ?? DEFAULT_FRONTIER_LEVELS;
  for (const [lever, n] of Object.entries(lv))
    if (!Number.isInteger(n) || n < 1 || n > MAX_FRONTIER_LEVELS) throw new SweepInputError(`--grid: ${lever} levels must be an integer between 1 and ${MAX_FRONTIER_LEVELS}`);
  const index = spec.strategy === undefined ? 0 : strategyIndex(scenario, spec.strategy);
  const base = scenario.strategies[index];
  if (base.seeding.method === 'manual') throw new SweepInputError(`strategies[${index}].seeding.method: the frontier varies the seed count; choose a method that picks by count (not manual)`);
  const prices = scenario.model.economics;
  const budget = spec.budget;
  const nodes = scenario.network.nodes;
  const steps = scenario.steps;

  const maxSeeds = prices.costPerSeed > 0 ? Math.min(nodes, Math.floor(budget / prices.costPerSeed)) : nodes;
  const fees = kolFeeTable(scenario, prices, base.kols.fromRank);
  let maxKols = 0;
  while (maxKols + 1 < fees.length && fees[maxKols + 1] <= budget) maxKols++;
  if (base.kols.step >= steps) maxKols = 0; // a KOL booked after the horizon never posts
  const maxReward = spec.maxRewardPerShare ?? prices.valuePerConversion * DEFAULT_MAX_REWARD_SHARE;
  if (!Number.isFinite(maxReward) || maxReward < 0) throw new SweepInputError('--max-reward: must be a number ≥ 0');
  const adsEnd = Math.min(steps, base.ads.to ?? steps);
  const window = adsEnd - base.ads.from + 1;
  const people = nodes + (scenario.network.kols?.count ?? 0);
  // Spend of showing everyone an ad at every step of the window: the ads' most (reach 1).
  const fullAdSpend = prices.costPerImpression * people * window;
  const maxAdShare = window < 1 || base.ads.from >= steps ? 0 : fullAdSpend > 0 ? Math.min(1, fullAdSpend / budget) : 1;

  const seedLevels = levels(maxSeeds, lv.seeds, true);
  const kolLevels = levels(maxKols, lv.kols, true);
  const rewardLevels = levels(maxReward, lv.rewards, false);
  const adShares = levels(maxAdShare, lv.ads, false);
  // Rounded down (6 significant digits) so that no level's bound exceeds its share of the budget.
  const adReachOf = (f: number, level: number): number => {
    if (fullAdSpend <= 0) return f; // free impressions: the level is the reach itself
    if (f > 0 && maxAdShare < 1 && level === adShares.length - 1) return 1; // the budget pays for everyone at every step
    return Math.min(1, roundDown6((f * budget) / fullAdSpend));
  };
  const adReaches = adShares.map(adReachOf);
  const total = seedLevels.length * kolLevels.length * rewardLevels.length * adShares.length;
  if (total > MAX_FRONTIER_CANDIDATES)
    throw new SweepInputError(`--grid: ${total} combinations; at most ${MAX_FRONTIER_CANDIDATES} are allowed`, { kind: 'combinations', total, max: MAX_FRONTIER_CANDIDATES });

  const candidates: FrontierCandidate[] = [];
  let skipped = 0;
  for (const seeds of seedLevels)
    for (const kols of kolLevels)
      for (const rewardPerShare of rewardLevels)
        adShares.forEach((adShare, a) => {
          const fixedCost = seeds * prices.costPerSeed + fees[kols];
          if (fixedCost > budget) {
            skipped++;
            return;
          }
          const allocation: Allocation = { seeds, kols, rewardPerShare, adReach: adReaches[a], adShare };
          candidates.push({ index: candidates.length, allocation, fixedCost, strategy: allocatedStrategy(base, allocation) });
        });

  // Pack candidates as strategies of one scenario: strategies of one run share the world, so
  // packing changes no number, and a worker simulates 8 candidates per network lookup.
  const perBatch = Math.max(1, Math.min(MAX_STRATEGIES, Math.floor(MAX_TIMELINE_CELLS / (scenario.runs * (steps + 1)))));
  const batches: DividendScenario[] = [];
  for (let i = 0; i < candidates.length; i += perBatch) {
    const strategies = candidates.slice(i, i + perBatch).map((c) => c.strategy);
    const result = checkScenario({ ...scenario, strategies });
    if (!result.ok) throw new SweepInputError(`frontier candidate: ${problemLine(result.problems[0])}`, { kind: 'candidate', problem: result.problems[0] });
    batches.push(result.scenario as DividendScenario);
  }
  return {
    scenario,
    strategy: base.name,
    budget,
    levels: { seeds: seedLevels, kols: kolLevels, rewardPerShare: rewardLevels, adShare: adShares, adReach: adReaches },
    candidates,
    skipped,
    batches,
  };
}

/** x rounded down to 6 significant digits (a reach the budget surely pays). */
function roundDown6(x: number): number {
  if (x <= 0) return 0;
  const [mantissa, exponent] = x.toExponential(5).split('e');
  const rounded = Number(`${mantissa}e${exponent}`);
  return rounded <= x ? rounded : Number(`${(Number(mantissa) - 1e-5).toFixed(5)}e${exponent}`);
}

/** A short, unique name: "40 seeds · 1 KOL · reward 2.5 · ads 20%" (ads: share of the budget). */
export function allocationName(a: Allocation): string {
  const share = Number((a.adShare * 100).toPrecision(3));
  return `${a.seeds} seeds · ${a.kols} KOL${a.kols === 1 ? '' : 's'} · reward ${a.rewardPerShare} · ads ${share}%`;
}

/** `base` with the allocation's four levers set; everything else is kept. */
function allocatedStrategy(base: DividendStrategy, a: Allocation): DividendStrategy {
  return {
    ...base,
    name: allocationName(a),
    seeding: { ...base.seeding, count: a.seeds },
    kols: { ...base.kols, hire: a.kols },
    incentives: { ...base.incentives, rewardPerShare: a.rewardPerShare },
    ads: { ...base.ads, reach: a.adReach },
  };
}
