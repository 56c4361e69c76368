/** The sentence that says what "match baseline budget" changed (lever by lever, in the levers' own units). */
import { formatMoney } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { currentCurrency } from './currency';
import type { LeverChange } from './scaleToBudget';
import type { ScaleEdit } from './strategyEdits';
import { t } from '../../i18n/t';

function leverValue(change: LeverChange, value: number): string {
  const n = (v: number, digits: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits }).format(v);
  if (change.lever === 'adReach') return `${n(value * 100, 3)}% ${t('editing.perHour')}`;
  if (change.lever === 'reward') return formatMoney(value, currentLocale(), currentCurrency() || undefined);
  return n(value, 0);
}

/** The notice after scaling strategy `name`: what changed and the expected cost, or why nothing did. */
export function scaleMessage(name: string, edit: ScaleEdit): { kind: 'info' | 'warning'; text: string } {
  const { outcome } = edit;
  if (!outcome.ok) return { kind: 'warning', text: t('editing.scaleNothing', { name }) };
  if (outcome.changes.length === 0) return { kind: 'info', text: t('editing.scaleNoChange', { name }) };
  const money = (v: number) => formatMoney(v, currentLocale(), currentCurrency() || undefined);
  const changes = outcome.changes.map((c) => `${t(`editing.levers.${c.lever}`)} ${leverValue(c, c.from)} → ${leverValue(c, c.to)}`).join(', ');
  return { kind: 'info', text: t('editing.scaled', { name, target: money(edit.target), changes, predicted: money(outcome.predictedCost), current: money(outcome.currentCost) }) };
}
