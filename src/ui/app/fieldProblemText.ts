/**
 * A field's problems in the unit the field shows. The validator speaks the file's units (a share
 * is 0–1: "must be a number between 0 and 1 (got 1.5)"), but a field that shows a share as a
 * percentage had 150 typed into it: beside that field the range and the value are said in
 * percent ("must be between 0 % and 100 % (got 150 %)"). Every other problem is worded as the
 * validator's reason (problemText.ts), the same line the CLI prints.
 */
import type { Reason } from '../../scenario/reasons';
import { reasonIn } from '../i18n/problemText';
import { currentLocale } from '../i18n/locale';
import { formatNumber, t } from '../i18n/t';
import type { FieldSpec } from './fieldSpecs';

/** `reason` as shown beside a field of `spec`. */
export function fieldProblemText(reason: Reason, spec: Pick<FieldSpec, 'percent'>): string {
  if (spec.percent === undefined || reason.code !== 'numberRange') return reasonIn(reason);
  const locale = currentLocale();
  const pct = (v: number) => formatNumber(v * 100, locale, 6);
  const text = t('field.percentRange', { min: pct(reason.min), max: pct(reason.max) });
  const got = reason.got;
  if (got === undefined) return text;
  if (got.kind === 'value' && got.text.trim() !== '' && Number.isFinite(Number(got.text))) return t('field.percentGot', { reason: text, got: pct(Number(got.text)) });
  // Not a number (missing, a text, a list…): the validator's own words say what was there.
  return reasonIn(reason);
}
