/**
 * Colours and fonts of the app, for light and dark mode.
 *
 * Strategy colours are ONE palette for both modes, because a strategy's colour travels with its
 * data (`StrategyResult.color`) into exports. Every colour keeps ≥ 3:1 contrast (WCAG non-text)
 * against both chart backgrounds, there is no yellow (unreadable on white on a projector), and the
 * first four stay distinct under protan/deutan/tritan simulation (ΔE ≥ 15). With 5–8 strategies
 * colour alone is not enough for every viewer, so every chart also labels strategies by name.
 *
 * Chart draw functions take a resolved `ChartTheme` (concrete colours, no CSS variables) so that
 * exported SVG/PNG files are self-contained. Elements read it from CSS custom properties with
 * `readChartTheme`, which makes the document's theme (light, dark, or the OS preference) win.
 */

/** Okabe–Ito inspired, tuned to mid luminance (0.17–0.28) so each works on light and dark. */
export const STRATEGY_PALETTE: readonly string[] = [
  '#0078c1', // blue (baseline)
  '#c87200', // orange
  '#009e73', // bluish green
  '#d94a5a', // red
  '#8f6cd0', // violet
  '#8a8f98', // grey
  '#a0662a', // brown
  '#c0559a', // magenta
];

/** How many distinct strategy colours there are (a strategy's colour is an index below this). */
export const STRATEGY_PALETTE_SIZE = STRATEGY_PALETTE.length;

/** Colour of the strategy at position `index` (wraps after STRATEGY_PALETTE_SIZE). */
export function strategyColor(index: number): string {
  const n = STRATEGY_PALETTE_SIZE;
  return STRATEGY_PALETTE[((index % n) + n) % n];
}

/** The concrete colours and font a chart is drawn with. */
export interface ChartTheme {
  mode: 'light' | 'dark';
  background: string;
  text: string;
  textMuted: string;
  grid: string;
  axis: string;
  /** Neutral mark colour for data that belongs to no strategy (e.g. the degree distribution). */
  neutral: string;
  fontFamily: string;
}

/** System UI font stack (CJK fallbacks included so Chinese labels render everywhere). */
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Liberation Sans", sans-serif';

export const LIGHT_CHART_THEME: ChartTheme = {
  mode: 'light',
  background: '#ffffff',
  text: '#1f2328',
  textMuted: '#57606a',
  grid: '#e4e7eb',
  axis: '#8c959f',
  neutral: '#3d6a99',
  fontFamily: FONT_STACK,
};

/** Dark mode avoids pure black: projectors crush it and text halos on it. */
export const DARK_CHART_THEME: ChartTheme = {
  mode: 'dark',
  background: '#1d2127',
  text: '#e6e8eb',
  textMuted: '#a8b0ba',
  grid: '#343a43',
  axis: '#6e7781',
  neutral: '#7fb0e0',
  fontFamily: FONT_STACK,
};

/** States of a node in the cascade animation. */
export type NodeState = 'unaware' | 'reached' | 'shared' | 'converted' | 'muted';

/** Node-state colours per mode: unaware recedes, converted stands out, muted reads as "lost". */
export const NODE_STATE_COLORS: Record<'light' | 'dark', Record<NodeState, string>> = {
  light: {
    unaware: '#c9ced6',
    reached: '#56a5dc',
    shared: '#c87200',
    converted: '#009e73',
    muted: '#6e5a5a',
  },
  dark: {
    unaware: '#3f4650',
    reached: '#5aa9e0',
    shared: '#e08a1e',
    converted: '#1fb88a',
    muted: '#9a8585',
  },
};

/** Names of the CSS custom properties that carry the theme (set on :root). */
const THEME_PROPERTIES: Record<Exclude<keyof ChartTheme, 'mode'>, string> = {
  background: '--dl-bg',
  text: '--dl-text',
  textMuted: '--dl-text-muted',
  grid: '--dl-grid',
  axis: '--dl-axis',
  neutral: '--dl-neutral',
  fontFamily: '--dl-font',
};

function declarations(theme: ChartTheme): string {
  const lines = Object.entries(THEME_PROPERTIES).map(
    ([key, prop]) => `  ${prop}: ${theme[key as keyof typeof THEME_PROPERTIES]};`,
  );
  lines.push(`  --dl-mode: ${theme.mode};`, `  color-scheme: ${theme.mode};`);
  const states = NODE_STATE_COLORS[theme.mode];
  for (const [state, color] of Object.entries(states)) lines.push(`  --dl-node-${state}: ${color};`);
  STRATEGY_PALETTE.forEach((c, i) => lines.push(`  --dl-strategy-${i + 1}: ${c};`));
  return lines.join('\n');
}

/**
 * The document-level theme stylesheet: light by default, dark when the OS prefers it, and
 * `<html data-theme="light|dark">` forces either. Install with `adoptThemeStyles(document)`.
 */
export const THEME_CSS = `:root {
${declarations(LIGHT_CHART_THEME)}
  --dl-surface: #f6f8fa;
  --dl-border: #d0d7de;
  --dl-focus: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
${declarations(DARK_CHART_THEME)}
    --dl-surface: #252a31;
    --dl-border: #3d444d;
    --dl-focus: #58a6ff;
  }
}
:root[data-theme='dark'] {
${declarations(DARK_CHART_THEME)}
  --dl-surface: #252a31;
  --dl-border: #3d444d;
  --dl-focus: #58a6ff;
}
`;

/**
 * Adopt THEME_CSS as a constructable stylesheet: unlike a <style> element, adopted sheets are
 * allowed under the CSP `style-src 'self'`. Idempotent.
 */
export function adoptThemeStyles(doc: Document): void {
  const marker = '__dlThemeSheet';
  const holder = doc as Document & { [marker]?: CSSStyleSheet };
  if (holder[marker]) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(THEME_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  holder[marker] = sheet;
}

/** Resolve the chart theme that applies to `element` from the CSS custom properties. */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const mode = style.getPropertyValue('--dl-mode').trim() === 'dark' ? 'dark' : 'light';
  const base = mode === 'dark' ? DARK_CHART_THEME : LIGHT_CHART_THEME;
  const theme: ChartTheme = { ...base };
  for (const [key, prop] of Object.entries(THEME_PROPERTIES)) {
    const value = style.getPropertyValue(prop).trim();
    if (value) theme[key as keyof typeof THEME_PROPERTIES] = value;
  }
  return theme;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
