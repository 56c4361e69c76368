/**
 * The page's handling of the two card actions that reach beyond one field — "use this content
 * for all" and "match baseline budget": the new draft and the notice that says what changed.
 */
import type { SimulationResult } from '../../../runtime/resultFormat';
import { strategiesOf, type Draft } from '../draft';
import { scaleMessage } from './scaleMessage';
import { applySharedToAll, scaleStrategyToBaseline } from './strategyEdits';
import { t } from '../../i18n/t';

export interface CardActionOutcome {
  draft: Draft;
  notice: { kind: 'info' | 'warning'; text: string };
}

/**
 * `result` must be the finished, current result of this draft's strategies (null otherwise:
 * scaling then does nothing). Null when there is nothing to do.
 */
export function cardAction(op: 'apply-shared' | 'scale', draft: Draft, index: number, result: SimulationResult | null): CardActionOutcome | null {
  const strategy = strategiesOf(draft)[index] as { name?: unknown } | undefined;
  if (strategy === undefined) return null;
  const name = typeof strategy?.name === 'string' ? strategy.name : '';
  if (op === 'apply-shared') return { draft: applySharedToAll(draft, index), notice: { kind: 'info', text: t('editing.appliedAll', { name }) } };
  if (!result || result.strategies.length !== strategiesOf(draft).length) return null;
  const scaled = scaleStrategyToBaseline(draft, index, result);
  return scaled ? { draft: scaled.draft, notice: scaleMessage(name, scaled) } : null;
}
