/**
 * What an edit does to the working state, as pure functions of it: a field's new value (switching
 * the network or model kind resets that section's settings; a typed strategy name is remembered
 * and never renamed; default names follow the settings: editing/strategyNames.ts), and a strategy
 * card's operations (duplicate, delete, move, colour, "use this content for all", "match baseline
 * budget"). The page records the result as one undo step and simulates it.
 */
import type { SimulationResult } from '../../../runtime/resultFormat';
import type { Locale } from '../../i18n/locale';
import { deleteStrategy, duplicateStrategy, moveStrategy, setPath, switchModelKind, switchNetworkKind, type Draft, type Json } from '../draft';
import { cardAction, type CardActionOutcome } from '../editing/cardActions';
import { followNames } from '../editing/strategyNames';
import type { StrategyOpDetail } from '../components/dlStrategyCard';

/** The page's working state. */
export interface EditState {
  draft: Draft;
  colors: number[];
}

/** KOL settings a first KOL field creates (a scenario without KOLs has no `network.kols`). */
const NEW_KOLS: Json = { count: 0, reach: 0.2, homeBias: 0.5 };

/**
 * `draft` with the field at `path` set to `value`. `typedNames` collects strategy names the user
 * typed (it is added to); other default names follow the new settings in `locale`.
 */
export function editedDraft(draft: Draft, path: string, value: unknown, typedNames: Set<string>, locale: Locale): Draft {
  if (path === 'network.kind') return switchNetworkKind(draft, String(value));
  if (path === 'model.kind') return switchModelKind(draft, String(value));
  let next = draft;
  if (path.startsWith('network.kols.')) {
    const kols = (next.network as Record<string, Json> | undefined)?.kols;
    if (typeof kols !== 'object' || kols === null) next = setPath(next, 'network.kols', NEW_KOLS);
  }
  next = setPath(next, path, value as Json);
  if (/^strategies\[\d+\]\.name$/.test(path) && typeof value === 'string') typedNames.add(value);
  return followNames(draft, next, typedNames, locale);
}

/**
 * The state after a strategy card's operation, with the notice that says what changed (for the
 * card actions), or null when the operation does nothing. `result` is the finished, up-to-date
 * result "match baseline budget" scales from (null when there is none).
 */
export function strategyOperation(state: EditState, { op, index, value }: StrategyOpDetail, result: SimulationResult | null): { state: EditState; notice: CardActionOutcome['notice'] | null } | null {
  if (op === 'duplicate') return { state: duplicateStrategy(state, index), notice: null };
  if (op === 'delete') return { state: deleteStrategy(state, index), notice: null };
  if (op === 'up') return { state: moveStrategy(state, index, -1), notice: null };
  if (op === 'down') return { state: moveStrategy(state, index, 1), notice: null };
  if (op === 'apply-shared' || op === 'scale') {
    const action = cardAction(op, state.draft, index, result);
    return action ? { state: { draft: action.draft, colors: state.colors }, notice: action.notice } : null;
  }
  if (op === 'color' && value !== undefined) {
    const colors = [...state.colors];
    colors[index] = value;
    return { state: { draft: state.draft, colors }, notice: null };
  }
  // An operation this page does not know: the same state again (as before the split).
  return { state, notice: null };
}
