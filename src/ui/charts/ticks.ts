/**
 * Tick and domain choices that d3's defaults get wrong for this app: hour axes should tick on
 * 6/12/24-hour boundaries (not on 15 or 35), long runs also need day labels, and log axes should
 * only label 1–2–5 × 10ⁿ so labels never collide.
 */

/** Hours per day; a step is one hour by default. */
const HOURS_PER_DAY = 24;

/** Runs of at least this many steps also show day labels. */
const DAY_LABELS_FROM_STEPS = 48;

const HOUR_STEPS = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720];

/**
 * Tick positions for an hour axis over [0, maxStep]: the smallest "clock" spacing
 * (1, 2, 3, 6, 12, 24 h, 2, 3 days, 1, 2 weeks, 30 days) that yields at most `maxTicks` ticks.
 */
export function hourTicks(maxStep: number, maxTicks = 8): number[] {
  if (!(maxStep > 0)) return [0];
  let spacing = HOUR_STEPS[HOUR_STEPS.length - 1];
  for (const s of HOUR_STEPS) {
    if (Math.floor(maxStep / s) + 1 <= maxTicks) {
      spacing = s;
      break;
    }
  }
  // Beyond a month, fall back to multiples of 30 days.
  while (Math.floor(maxStep / spacing) + 1 > maxTicks) spacing += 720;
  const ticks: number[] = [];
  for (let t = 0; t <= maxStep + 1e-9; t += spacing) ticks.push(t);
  return ticks;
}

/** One day on the time axis: its 1-based number and the hour span it covers (clipped). */
export interface DaySpan {
  day: number;
  start: number;
  end: number;
}

/**
 * Day spans covering [0, maxStep] when the run is long enough to need them
 * (maxStep ≥ DAY_LABELS_FROM_STEPS); otherwise none. The last day may be partial.
 */
export function daySpans(maxStep: number): DaySpan[] {
  if (!(maxStep >= DAY_LABELS_FROM_STEPS)) return [];
  const spans: DaySpan[] = [];
  for (let start = 0, day = 1; start < maxStep; start += HOURS_PER_DAY, day++) {
    spans.push({ day, start, end: Math.min(start + HOURS_PER_DAY, maxStep) });
  }
  return spans;
}

/**
 * Ticks for a log axis over [lo, hi] (both > 0): powers of ten, plus 2× and 5× when the domain
 * spans fewer than three decades so a short axis still has several labels.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const multipliers = last - first < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = first; e <= last; e++) {
    for (const m of multipliers) {
      // Rounding through toPrecision avoids 0.30000000000000004-style labels.
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

/** A log domain from lo/factor to hi·factor (factor default 10^⅓), so points clear the frame. */
export function paddedLogDomain(lo: number, hi: number, factor = 10 ** (1 / 3)): [number, number] {
  if (!(lo > 0) || !(hi > 0)) return [1, 10];
  return [lo / factor, Math.max(hi, lo) * factor];
}

/**
 * A linear domain that covers every finite value, includes zero when asked (counts, money) and
 * is never empty: all-equal values get a unit of room, an empty list gives [0, 1].
 */
export function linearDomain(values: Iterable<number>, includeZero = true): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [0, 1];
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    return includeZero && lo === 0 ? [0, pad] : [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/**
 * The ticks whose labels do not collide: keeps every k-th tick (always the first), with k the
 * smallest step that leaves `gap` px between neighbouring centred labels at positions
 * `position(t)` and widths `labelWidth(t)`. Narrow axes with wide labels (+50,000%) keep 2–3.
 */
export function spacedTicks(ticks: readonly number[], position: (t: number) => number, labelWidth: (t: number) => number, gap = 8): number[] {
  for (let step = 1; step < ticks.length; step++) {
    const kept = ticks.filter((_, i) => i % step === 0);
    let fits = true;
    for (let i = 1; i < kept.length && fits; i++) {
      const room = Math.abs(position(kept[i]) - position(kept[i - 1]));
      fits = room >= (labelWidth(kept[i]) + labelWidth(kept[i - 1])) / 2 + gap;
    }
    if (fits) return kept;
  }
  return ticks.slice(0, 1);
}
