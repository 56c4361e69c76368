/**
 * Calibration input problems in the UI language: the engine's problem as data
 * (src/calibration/calibrationText.ts) worded with the catalogue's `calibrationInput.*` messages
 * of the locale. English is the engine's own table, so the page shows exactly the CLI's line.
 */
import { renderCalibrationText, CALIBRATION_TEXT_EN, type CalibrationText, type CalibrationWords, type CalibrationTextKey } from '../../calibration/calibrationText';
import { currentLocale, type Locale } from './locale';
import { CATALOGUES, formatNumber, messageIn, type MessageKey } from './t';

const words = new Map<Locale, CalibrationWords>();

function wordsOf(locale: Locale): CalibrationWords {
  let w = words.get(locale);
  if (!w) {
    const catalogue = CATALOGUES[locale];
    w = Object.fromEntries((Object.keys(CALIBRATION_TEXT_EN) as CalibrationTextKey[]).map((key) => [key, catalogue[key]])) as CalibrationWords;
    words.set(locale, w);
  }
  return w;
}

/** The problem in `locale` (default: the current one); numbers in the locale's style. */
export function calibrationTextIn(text: CalibrationText, locale: Locale = currentLocale()): string {
  return renderCalibrationText(text, wordsOf(locale), (n) => formatNumber(n, locale, 6));
}

/** A value that is a worded problem rather than a plain text or number. */
export function isCalibrationText(value: unknown): value is CalibrationText {
  return typeof value === 'object' && value !== null && typeof (value as CalibrationText).key === 'string';
}

/**
 * A calibration form message in `locale`: parameters that are engine problems are worded in the
 * same language, and a `label` that is a message key (a field's name) is worded too.
 */
export function formErrorIn(key: MessageKey, params: Readonly<Record<string, string | number | CalibrationText>>, locale: Locale = currentLocale()): string {
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) worded[name] = isCalibrationText(value) ? calibrationTextIn(value, locale) : value;
  if (typeof worded.label === 'string' && worded.label.startsWith('calibration.')) worded.label = messageIn(locale, worded.label as MessageKey);
  return messageIn(locale, key, worded);
}
