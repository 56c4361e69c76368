/**
 * "Scale to the baseline's budget": new values for a strategy's spend-driving levers (seed users,
 * KOLs hired, ad reach per hour, reward per share) so that its expected cost per run matches a
 * target (the baseline's mean cost per run). Pure arithmetic over the last simulation's mean
 * cost parts of the strategy — each part is taken as proportional to its lever:
 *
 *   seed users × (seed cost ÷ seed users), KOLs × (KOL fees ÷ KOLs hired),
 *   ad reach × (ad cost ÷ ad reach), reward × (reward cost ÷ reward).
 *
 * Seed users and KOLs are whole numbers, so each is tried rounded down and up from the common
 * factor target ÷ cost; the continuous levers (ads, rewards) then take up the rest. Without a
 * continuous lever the seed users take it up instead. The candidate whose predicted cost is
 * closest to the target wins (ties: the one closest to the common factor). The proportionality
 * is an approximation — KOL fees grow with the audience, so dropping the smallest of several
 * KOLs saves less than their average fee; rewards are paid per share and sharing grows with the
 * reward — so the page says what it changed and the next run shows the real cost.
 */

/** The levers that drive spending. */
export interface SpendLevers {
  seeds: number;
  kols: number;
  /** Share of people shown an ad per hour (0–1). */
  adReach: number;
  /** Money per rewarded share. */
  reward: number;
}

/** Mean cost per run of each part (the run records' costSeeds, costKols, costAds, costRewards). */
export interface CostParts {
  seeds: number;
  kols: number;
  ads: number;
  rewards: number;
}

export type SpendLever = keyof SpendLevers;

export interface LeverChange {
  lever: SpendLever;
  from: number;
  to: number;
}

export type ScaleOutcome =
  | { ok: true; levers: SpendLevers; changes: LeverChange[]; factor: number; predictedCost: number; currentCost: number }
  | { ok: false; reason: 'no-spend' | 'bad-target' };

const finite = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
/** Four significant digits: the number a person would type (0.0125, not 0.012499999). */
const tidy = (v: number) => Number(v.toPrecision(4));
const clamp = (v: number, hi: number) => Math.min(Math.max(v, 0), Math.max(0, hi));

/** The levers scaled so the predicted cost per run is as close as possible to `target`. */
export function scaleToBudget(levers: SpendLevers, parts: CostParts, target: number, limits: SpendLevers): ScaleOutcome {
  if (!Number.isFinite(target) || target < 0) return { ok: false, reason: 'bad-target' };
  // A part counts only when its lever is set and it cost something (a free lever drives no spending).
  const unit = {
    seeds: finite(levers.seeds) && finite(parts.seeds) ? parts.seeds / levers.seeds : 0,
    kols: finite(levers.kols) && finite(parts.kols) ? parts.kols / levers.kols : 0,
    adReach: finite(levers.adReach) && finite(parts.ads) ? parts.ads / levers.adReach : 0,
    reward: finite(levers.reward) && finite(parts.rewards) ? parts.rewards / levers.reward : 0,
  };
  const current = unit.seeds * levers.seeds + unit.kols * levers.kols + unit.adReach * levers.adReach + unit.reward * levers.reward;
  if (!(current > 0)) return { ok: false, reason: 'no-spend' };
  const factor = target / current;
  const continuous = unit.adReach * levers.adReach + unit.reward * levers.reward;
  // The most the continuous levers can grow together (their own upper limits).
  const continuousMax = Math.min(
    unit.adReach > 0 ? limits.adReach / levers.adReach : Infinity,
    unit.reward > 0 ? limits.reward / levers.reward : Infinity,
  );
  const whole = (lever: 'seeds' | 'kols') =>
    unit[lever] > 0 ? [...new Set([Math.floor(levers[lever] * factor), Math.ceil(levers[lever] * factor)].map((n) => clamp(n, Math.floor(limits[lever]))))] : [levers[lever]];

  let best: { seeds: number; kols: number; g: number; cost: number; error: number; drift: number } | null = null;
  for (const kols of whole('kols'))
    for (const seedsTried of whole('seeds')) {
      const kolCost = unit.kols * kols;
      let seeds = seedsTried;
      let g = 1;
      if (continuous > 0) g = clamp((target - kolCost - unit.seeds * seeds) / continuous, continuousMax);
      else if (unit.seeds > 0) seeds = clamp(Math.round((target - kolCost) / unit.seeds), Math.floor(limits.seeds));
      const cost = kolCost + unit.seeds * seeds + continuous * g;
      const error = Math.abs(cost - target);
      const drift = Math.abs((continuous > 0 ? g : unit.seeds > 0 ? seeds / levers.seeds : 1) - factor);
      if (!best || error < best.error - 1e-9 || (Math.abs(error - best.error) <= 1e-9 && drift < best.drift)) best = { seeds, kols, g, cost, error, drift };
    }
  const chosen = best!;
  const scaled: SpendLevers = {
    seeds: chosen.seeds,
    kols: chosen.kols,
    adReach: unit.adReach > 0 ? tidy(levers.adReach * chosen.g) : levers.adReach,
    reward: unit.reward > 0 ? tidy(levers.reward * chosen.g) : levers.reward,
  };
  const changes = (Object.keys(scaled) as SpendLever[]).filter((k) => scaled[k] !== levers[k]).map((lever) => ({ lever, from: levers[lever], to: scaled[lever] }));
  return { ok: true, levers: scaled, changes, factor, predictedCost: chosen.cost, currentCost: current };
}
