import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_CHART_THEME,
  LIGHT_CHART_THEME,
  NODE_STATE_COLORS,
  relativeLuminance,
  STRATEGY_PALETTE,
  strategyColor,
  THEME_CSS,
} from '../../src/ui/theme';

/** Hue in degrees of a #rrggbb colour (HSL). */
function hue(hex: string): { h: number; s: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { h: 0, s: 0 };
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  return { h: (h + 360) % 360, s: d / (1 - Math.abs(max + min - 1)) };
}

describe('strategy palette', () => {
  it('has eight distinct colours and wraps', () => {
    expect(STRATEGY_PALETTE).toHaveLength(8);
    expect(new Set(STRATEGY_PALETTE).size).toBe(8);
    expect(strategyColor(0)).toBe(STRATEGY_PALETTE[0]);
    expect(strategyColor(8)).toBe(STRATEGY_PALETTE[0]);
    expect(strategyColor(-1)).toBe(STRATEGY_PALETTE[7]);
  });

  it('keeps ≥ 3:1 contrast on both the light and the dark chart background', () => {
    for (const c of STRATEGY_PALETTE) {
      expect(contrastRatio(c, LIGHT_CHART_THEME.background), c).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c, DARK_CHART_THEME.background), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('has no yellow (unreadable on white on a projector)', () => {
    for (const c of STRATEGY_PALETTE) {
      const { h, s } = hue(c);
      const yellow = s > 0.4 && h >= 45 && h <= 70;
      expect(yellow, c).toBe(false);
    }
  });
});

describe('themes', () => {
  it('never uses a pure black background and keeps text readable (≥ 7:1)', () => {
    expect(DARK_CHART_THEME.background.toLowerCase()).not.toBe('#000000');
    for (const t of [LIGHT_CHART_THEME, DARK_CHART_THEME]) {
      expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(t.textMuted, t.background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('defines node-state colours for both modes', () => {
    for (const mode of ['light', 'dark'] as const) {
      expect(Object.keys(NODE_STATE_COLORS[mode]).sort()).toEqual(['converted', 'muted', 'reached', 'shared', 'unaware']);
    }
  });

  it('emits light, OS-dark and forced-dark custom properties', () => {
    expect(THEME_CSS).toContain(`--dl-bg: ${LIGHT_CHART_THEME.background};`);
    expect(THEME_CSS).toContain(`--dl-bg: ${DARK_CHART_THEME.background};`);
    expect(THEME_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(THEME_CSS).toContain(":root[data-theme='dark']");
    expect(THEME_CSS).toContain('--dl-strategy-8:');
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
