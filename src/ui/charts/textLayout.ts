/**
 * Text measurement and label placement. Charts lay out text before it is in the document (and
 * draw into detached SVGs for export), so widths come from a canvas 2D context when there is one
 * and from a per-character estimate otherwise (Node tests, workers).
 */

/** Measures the rendered width of `text` in px. */
export type TextMeasure = (text: string, fontSize: number, weight?: number) => number;

/** Rough advance widths (em) of a proportional sans-serif font, by character class. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, hangul, full-width forms: one em each.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  ) {
    return 1;
  }
  if (ch === ' ' || ch === '.' || ch === ',' || ch === ':' || ch === ';' || ch === '|') return 0.28;
  if ('iljtf!\'()[]I'.includes(ch)) return 0.3;
  if ('mwMW%@'.includes(ch)) return 0.86;
  if (ch >= '0' && ch <= '9') return 0.56;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  return 0.55;
}

/** Width estimate without a DOM: sum of per-character advances, 8 % wider for bold. */
export function estimateTextWidth(text: string, fontSize: number, weight = 400): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (weight >= 600 ? 1.08 : 1);
}

/** Widths measured so far, by font and text; emptied when full (a bounded cache). */
const measured = new Map<string, number>();
const MEASURED_LIMIT = 20_000;
let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to the context (its own `font` reads back normalised). */
let fontSet = '';

/**
 * A measure that uses canvas `measureText` with the given font family when a document exists,
 * falling back to `estimateTextWidth`.
 */
export function textMeasure(fontFamily: string): TextMeasure {
  if (context === undefined) {
    context =
      typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    // A font that arrives later changes widths measured with its fallback.
    if (typeof document !== 'undefined') document.fonts?.addEventListener?.('loadingdone', () => measured.clear());
  }
  const ctx = context;
  if (!ctx) return estimateTextWidth;
  return (text, fontSize, weight = 400) => {
    const font = `${weight} ${fontSize}px ${fontFamily}`;
    const key = `${font}\u0000${text}`;
    const known = measured.get(key);
    if (known !== undefined) return known;
    // Setting the font parses it: the most expensive part of measuring (charts wrap and truncate
    // the same labels on every partial result).
    if (fontSet !== font) ctx.font = fontSet = font;
    const width = ctx.measureText(text).width;
    if (measured.size >= MEASURED_LIMIT) measured.clear();
    measured.set(key, width);
    return width;
  };
}

/** Shorten `text` with an ellipsis until it fits `maxWidth` (never below one character). */
export function truncateText(text: string, maxWidth: number, fontSize: number, measure: TextMeasure = estimateTextWidth, weight = 400): string {
  if (measure(text, fontSize, weight) <= maxWidth) return text;
  const chars = Array.from(text);
  for (let keep = chars.length - 1; keep >= 1; keep--) {
    const candidate = `${chars.slice(0, keep).join('').trimEnd()}…`;
    if (measure(candidate, fontSize, weight) <= maxWidth) return candidate;
  }
  return `${chars[0] ?? ''}…`;
}

/** Where one legend entry goes. */
export interface LegendSlot {
  x: number;
  row: number;
  width: number;
}

/** Geometry of a legend entry: swatch, gap to its label, gap to the next entry. */
export const LEGEND_SWATCH = 12;
export const LEGEND_SWATCH_GAP = 6;
export const LEGEND_ITEM_GAP = 20;

/**
 * Flow legend labels left to right, wrapping to a new row when the next entry would pass
 * `maxWidth`. Returns one slot per label and the number of rows.
 */
export function flowLegend(
  labels: readonly string[],
  maxWidth: number,
  fontSize: number,
  measure: TextMeasure = estimateTextWidth,
): { slots: LegendSlot[]; rows: number } {
  const slots: LegendSlot[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const width = LEGEND_SWATCH + LEGEND_SWATCH_GAP + measure(label, fontSize);
    if (x > 0 && x + width > maxWidth) {
      row++;
      x = 0;
    }
    slots.push({ x, row, width });
    x += width + LEGEND_ITEM_GAP;
  }
  return { slots, rows: labels.length ? row + 1 : 0 };
}

/**
 * Move labels (e.g. line-end labels) apart vertically so that neighbours are at least `minGap`
 * apart, staying inside [lo, hi] when there is room, each as close to its target as the others
 * allow. Returns positions in the input order.
 */
export function dodgeLabels(targets: readonly number[], minGap: number, lo: number, hi: number): number[] {
  const order = targets.map((t, i) => ({ t: Number.isFinite(t) ? t : lo, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  const pos = order.map((o) => Math.min(hi, Math.max(lo, o.t)));
  for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k], pos[k - 1] + minGap);
  // If the stack ran past the bottom, push it back up from the end.
  if (pos.length && pos[pos.length - 1] > hi) {
    pos[pos.length - 1] = hi;
    for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k], pos[k + 1] - minGap);
  }
  const out = new Array<number>(targets.length);
  order.forEach((o, k) => (out[o.i] = pos[k]));
  return out;
}

const CJK = '\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');

/**
 * Break `text` into lines no wider than `maxWidth`: at spaces, and between CJK characters (which
 * have no spaces); a word longer than a whole line is cut between characters. The first line
 * starts `firstIndent` px in (after a bold name drawn before it); when not even the first word
 * fits there, the first line is '' and the text starts on the next one. Never truncates: every
 * character of `text` is on some line (spaces at breaks dropped).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: TextMeasure = estimateTextWidth, firstIndent = 0, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  let room = maxWidth - firstIndent;
  let space = false;
  const width = (s: string) => measure(s, fontSize, weight);
  const push = () => {
    lines.push(line);
    line = '';
    room = maxWidth;
    space = false;
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      space = line !== '';
      continue;
    }
    const joined = line === '' ? token : `${line}${space ? ' ' : ''}${token}`;
    if (width(joined) <= room) {
      line = joined;
      space = false;
      continue;
    }
    if (line !== '' || room < maxWidth) push();
    if (width(token) <= room) {
      line = token;
      continue;
    }
    // A word wider than a line: cut it between characters.
    for (const ch of Array.from(token)) {
      if (line !== '' && width(line + ch) > room) push();
      line += ch;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
