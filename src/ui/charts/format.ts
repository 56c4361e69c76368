/**
 * Number formatting for chart labels and ticks. Locale-aware through Intl (so zh-CN shows
 * "1.2万" where en shows "12K"), with a true minus sign and "n/a" for undefined values
 * (NaN, null, ±Infinity — e.g. ROI when a strategy costs nothing).
 */

/** What every formatter prints for a value that is not a finite number. */
export const NOT_AVAILABLE = 'n/a';

/** Locale used when none is given. */
export const DEFAULT_LOCALE = 'en';

/** Counts at or above this magnitude are written compactly ("12K"), below in full ("9,870"). */
const COMPACT_FROM = 10_000;

const MINUS = '\u2212';

/** True for a number that can be drawn (not NaN, not infinite, not null/undefined). */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options (making one costs far more than formatting with it). */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? DEFAULT_LOCALE}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale ?? DEFAULT_LOCALE, options);
    } catch {
      // A malformed locale tag must never break a chart: fall back to the default locale.
      f = new Intl.NumberFormat(DEFAULT_LOCALE, options);
    }
    formatters.set(key, f);
  }
  return f;
}

function withTrueMinus(text: string): string {
  // Only a leading sign (possibly after a currency symbol) is a minus; hyphens elsewhere are text.
  return text.replace(/^(\D*)-/, `$1${MINUS}`);
}

/**
 * A count or a mean of counts: "0", "7.5", "123", "9,870", "12K", "1.2M".
 * Small means keep one decimal so 0.4 conversions does not print as "0".
 */
export function formatCount(value: number | null | undefined, locale?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const abs = Math.abs(value);
  let options: Intl.NumberFormatOptions;
  if (abs >= COMPACT_FROM) options = { notation: 'compact', maximumSignificantDigits: 3 };
  else if (abs >= 100 || Number.isInteger(value)) options = { maximumFractionDigits: 0 };
  else options = { maximumFractionDigits: 1 };
  return withTrueMinus(numberFormat(locale, options).format(value));
}

/** An axis tick: compact from 1,000 on ("2.5K"), otherwise up to two decimals. */
export function formatTick(value: number, locale?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1000
      ? { notation: 'compact', maximumFractionDigits: 1 }
      : { maximumFractionDigits: 2 };
  return withTrueMinus(numberFormat(locale, options).format(value));
}

/** A count with an explicit sign: "+120", "−30", "0". */
export function formatSignedCount(value: number | null | undefined, locale?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const text = formatCount(value, locale);
  return value > 0 ? `+${text}` : text;
}

/** A share in [0, 1] as a percentage: "87%", "9.8%", "0.04%"; precision follows magnitude. */
export function formatPercent(share: number | null | undefined, locale?: string): string {
  if (!isFiniteNumber(share)) return NOT_AVAILABLE;
  const abs = Math.abs(share);
  let digits = 0;
  if (abs > 0 && abs < 0.001) digits = 2;
  else if (abs > 0 && abs < 0.1) digits = 1;
  return withTrueMinus(
    numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share),
  );
}

/** A return on investment given as a ratio ((revenue − cost) / cost): 1.2 → "+120%". */
export function formatRoi(ratio: number | null | undefined, locale?: string): string {
  if (!isFiniteNumber(ratio)) return NOT_AVAILABLE;
  const text = formatPercent(ratio, locale);
  return ratio > 0 ? `+${text}` : text;
}

/**
 * Money: with an ISO currency code through Intl ("$1,234", "¥1.2万"), otherwise a plain
 * number; two decimals below 100 (cost per conversion is often small), none above.
 */
export function formatMoney(value: number | null | undefined, locale?: string, currency?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const abs = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    abs >= COMPACT_FROM
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : abs >= 100
        ? { maximumFractionDigits: 0 }
        : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (currency) {
    options.style = 'currency';
    options.currency = currency;
  }
  try {
    return withTrueMinus(numberFormat(locale, options).format(value));
  } catch {
    // Unknown currency code: show the number and the code rather than failing.
    return `${formatMoney(value, locale)} ${currency}`;
  }
}

/** A money axis tick: compact, no forced decimals ("$20", "$1.5K", "¥2万"). */
export function formatMoneyTick(value: number, locale?: string, currency?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1000 ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  if (currency) {
    options.style = 'currency';
    options.currency = currency;
    options.minimumFractionDigits = 0;
  }
  try {
    return withTrueMinus(numberFormat(locale, options).format(value));
  } catch {
    return formatTick(value, locale);
  }
}

/**
 * An interval "lo–hi" with one formatter; written "lo to hi" when a bound is negative or signed,
 * because "−30–50" reads as a subtraction and "+97%–+351%" is hard to parse.
 */
export function formatInterval(
  lo: number | null | undefined,
  hi: number | null | undefined,
  format: (v: number) => string,
  /** The word between signed bounds (translation: " 至 "). */
  to = ' to ',
): string {
  if (!isFiniteNumber(lo) || !isFiniteNumber(hi)) return NOT_AVAILABLE;
  const a = format(lo);
  const b = format(hi);
  const signed = /^[+\u2212-]/.test(a) || /^[+\u2212-]/.test(b);
  return `${a}${lo < 0 || hi < 0 || signed ? to : '\u2013'}${b}`;
}
