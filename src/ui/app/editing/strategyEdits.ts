/**
 * Card actions that edit several strategies at once or use the last result: "use this content
 * for all" (the settings every strategy shares: content quality, relevance, promotional
 * intensity, waves) and "match the baseline's budget" (scaleToBudget.ts over the finished
 * result's mean cost parts). Pure: draft in, draft and a description of the change out.
 */
import { DIVIDEND_STRATEGY_DEFAULTS } from '../../../core/dividend/dividendSpec';
import { DIVIDEND_STRATEGY_RANGES } from '../../../core/dividend/dividendRanges';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { getPath, setPath, strategiesOf, type Draft, type Json } from '../draft';
import { dependentMax } from '../fieldSpecs';
import { scaleToBudget, type ScaleOutcome, type SpendLever, type SpendLevers } from './scaleToBudget';

/** Strategy settings that usually stay the same across strategies (a card marks where they differ from the baseline). */
export const SHARED_LEVER_PATHS = ['content.quality', 'content.relevance', 'content.promotional', 'content.waves'] as const;

/** Every strategy gets strategy `index`'s shared settings (a setting it leaves out is removed: the default applies). */
export function applySharedToAll(draft: Draft, index: number): Draft {
  const count = strategiesOf(draft).length;
  let next = draft;
  for (const path of SHARED_LEVER_PATHS) {
    const value = getPath(draft, `strategies[${index}].${path}`) as Json | undefined;
    for (let i = 0; i < count; i++) if (i !== index) next = setPath(next, `strategies[${i}].${path}`, value === undefined ? undefined : structuredClone(value));
  }
  return next;
}

/** Where each spend lever lives in a strategy, and its default. */
const LEVER_PATHS: Record<SpendLever, { path: string; fallback: number }> = {
  seeds: { path: 'seeding.count', fallback: 0 },
  kols: { path: 'kols.hire', fallback: DIVIDEND_STRATEGY_DEFAULTS.kols.hire },
  adReach: { path: 'ads.reach', fallback: DIVIDEND_STRATEGY_DEFAULTS.ads.reach },
  reward: { path: 'incentives.rewardPerShare', fallback: DIVIDEND_STRATEGY_DEFAULTS.incentives.rewardPerShare },
};

function meanOf(result: SimulationResult, index: number, column: string): number {
  const summary = result.strategies[index]?.summary as unknown as Record<string, { mean?: number } | undefined> | undefined;
  const v = summary?.[column]?.mean;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export type ScaleEdit = { draft: Draft; outcome: ScaleOutcome; target: number };

/**
 * Strategy `index` scaled to the baseline's mean cost per run in `result` (which must be the
 * finished result of this draft's strategies). Null when the result does not hold both.
 */
export function scaleStrategyToBaseline(draft: Draft, index: number, result: SimulationResult): ScaleEdit | null {
  if (index <= 0 || !result.strategies[index] || !result.strategies[0]) return null;
  const prefix = `strategies[${index}].`;
  const levers = {} as SpendLevers;
  for (const lever of Object.keys(LEVER_PATHS) as SpendLever[]) {
    const v = getPath(draft, prefix + LEVER_PATHS[lever].path);
    levers[lever] = typeof v === 'number' && Number.isFinite(v) ? v : LEVER_PATHS[lever].fallback;
  }
  const parts = { seeds: meanOf(result, index, 'costSeeds'), kols: meanOf(result, index, 'costKols'), ads: meanOf(result, index, 'costAds'), rewards: meanOf(result, index, 'costRewards') };
  const limits: SpendLevers = {
    seeds: dependentMax(draft, `${prefix}seeding.count`) ?? levers.seeds,
    kols: dependentMax(draft, `${prefix}kols.hire`) ?? levers.kols,
    adReach: DIVIDEND_STRATEGY_RANGES['ads.reach']?.max ?? 1,
    reward: DIVIDEND_STRATEGY_RANGES['incentives.rewardPerShare']?.max ?? levers.reward,
  };
  const target = meanOf(result, 0, 'cost');
  const outcome = scaleToBudget(levers, parts, target, limits);
  let next = draft;
  if (outcome.ok) for (const change of outcome.changes) next = setPath(next, prefix + LEVER_PATHS[change.lever].path, change.to);
  return { draft: next, outcome, target };
}
