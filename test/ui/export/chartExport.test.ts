import { describe, expect, it } from 'vitest';
import { headerHeight, safeFilename } from '../../../src/ui/export/chartExport';

describe('chart export helpers', () => {
  it('makes file names safe on every OS and keeps any script', () => {
    expect(safeFilename('Cost per conversion & ROI', 'png')).toBe('Cost-per-conversion-ROI.png');
    expect(safeFilename('../../etc/passwd', 'svg')).toBe('etc-passwd.svg');
    expect(safeFilename('转化来源 (KOL)', 'png')).toBe('转化来源-KOL.png');
    expect(safeFilename('???', 'svg')).toBe('chart.svg');
    expect(safeFilename('x'.repeat(200), 'svg')).toBe(`${'x'.repeat(80)}.svg`);
  });

  it('reserves room for a heading and a hint', () => {
    expect(headerHeight()).toBe(0);
    expect(headerHeight('Title')).toBeGreaterThan(0);
    expect(headerHeight('Title', 'Hint')).toBeGreaterThan(headerHeight('Title'));
  });
});
