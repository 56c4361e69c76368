import { describe, expect, it } from 'vitest';
import { cachedDiscMask, discMask, packColor } from '../../../src/ui/network/dotRaster';
import { mixRgb } from '../../../src/ui/network/mapPainter';
import { arcControl, withAlpha } from '../../../src/ui/network/paintContext';

describe('disc masks', () => {
  it('cover π r² pixels (within sampling error) at every sub-pixel offset', () => {
    for (const r of [1.1, 2.5, 6]) {
      const mask = discMask(r);
      expect(mask.coverage.length).toBe(16);
      for (const cov of mask.coverage) {
        const area = cov.reduce((a, b) => a + b, 0) / 256;
        expect(Math.abs(area - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.08);
        expect(Math.max(...cov)).toBeLessThanOrEqual(256);
      }
    }
  });

  it('equal a brute-force 4×4 supersampling of every pixel (the shortcut skips only whole pixels)', () => {
    for (const r of [0.7, 3.3, 17.8]) {
      const mask = discMask(r);
      mask.coverage.forEach((cov, variant) => {
        const cx = (variant % 4) / 4 - mask.origin;
        const cy = Math.floor(variant / 4) / 4 - mask.origin;
        for (let py = 0; py < mask.size; py++)
          for (let px = 0; px < mask.size; px++) {
            let inside = 0;
            for (let qy = 0; qy < 4; qy++)
              for (let qx = 0; qx < 4; qx++) if ((px + (qx + 0.5) / 4 - cx) ** 2 + (py + (qy + 0.5) / 4 - cy) ** 2 <= r * r) inside++;
            expect(cov[py * mask.size + px]).toBe(Math.round((inside * 256) / 16));
          }
      });
    }
  });

  it('whole-pixel masks share one coverage array and are cached by quarter pixel', () => {
    const m = discMask(4, false);
    expect(new Set(m.coverage).size).toBe(1);
    expect(cachedDiscMask(4.05)).toBe(cachedDiscMask(3.98));
  });
});

describe('colours', () => {
  it('packs #rrggbb little-endian and mixes linearly', () => {
    expect(packColor('#102030')).toBe(0x302010);
    expect(packColor('bad')).toBe(0x808080);
    expect(mixRgb(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mixRgb(0x0000ff, 0xff0000, 0)).toBe(0x0000ff);
    expect(mixRgb(0x0000ff, 0xff0000, 2)).toBe(0xff0000);
    expect(withAlpha('#102030', 0.5)).toBe('#10203080');
    expect(withAlpha('rgb(1,2,3)', 0.5)).toBe('rgb(1,2,3)');
  });

  it('bends arcs to the left of travel', () => {
    const [cx, cy] = arcControl(0, 0, 10, 0, 0.2);
    expect(cx).toBe(5);
    expect(cy).toBeCloseTo(2);
  });
});
