import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatInterval,
  formatMoney,
  formatMoneyTick,
  formatPercent,
  formatRoi,
  formatSignedCount,
  formatTick,
  NOT_AVAILABLE,
} from '../../../src/ui/charts/format';

const MINUS = '\u2212';

describe('formatCount', () => {
  it('writes small counts in full and large ones compactly', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7.46)).toBe('7.5');
    expect(formatCount(123.4)).toBe('123');
    expect(formatCount(9870)).toBe('9,870');
    expect(formatCount(12345)).toBe('12.3K');
    expect(formatCount(1.31e9)).toBe('1.31B');
  });

  it('follows the locale', () => {
    expect(formatCount(12345, 'zh-CN')).toBe('1.23万');
    expect(formatCount(9870, 'de')).toBe('9.870');
  });

  it('uses a true minus sign and n/a for undefined values', () => {
    expect(formatCount(-9870)).toBe(`${MINUS}9,870`);
    for (const v of [NaN, null, undefined, Infinity]) expect(formatCount(v as number)).toBe(NOT_AVAILABLE);
  });

  it('falls back to the default locale for a malformed tag', () => {
    expect(formatCount(9870, 'not a locale!')).toBe('9,870');
  });
});

describe('ticks, signs, percentages, money', () => {
  it('formats ticks compactly from 1,000', () => {
    expect(formatTick(2500)).toBe('2.5K');
    expect(formatTick(0.25)).toBe('0.25');
    expect(formatTick(-1000)).toBe(`${MINUS}1K`);
  });

  it('signs differences', () => {
    expect(formatSignedCount(120)).toBe('+120');
    expect(formatSignedCount(-30)).toBe(`${MINUS}30`);
    expect(formatSignedCount(0)).toBe('0');
  });

  it('scales percentage precision with magnitude', () => {
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatPercent(0.0987)).toBe('9.9%');
    expect(formatPercent(0.0004)).toBe('0.04%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatRoi(1.2)).toBe('+120%');
    expect(formatRoi(-0.35)).toBe(`${MINUS}35%`);
    expect(formatRoi(null)).toBe(NOT_AVAILABLE);
  });

  it('formats money with and without a currency', () => {
    expect(formatMoney(12.5)).toBe('12.50');
    expect(formatMoney(1234)).toBe('1,234');
    expect(formatMoney(12.5, 'en', 'USD')).toBe('$12.50');
    expect(formatMoney(-3, 'en', 'USD')).toBe(`${MINUS}$3.00`);
    expect(formatMoney(25000, 'en', 'USD')).toBe('$25K');
    expect(formatMoney(12.5, 'zh-CN', 'CNY')).toBe('¥12.50');
    expect(formatMoney(5, 'en', 'NOT-A-CODE')).toBe('5.00 NOT-A-CODE');
    expect(formatMoneyTick(20, 'en', 'USD')).toBe('$20');
  });
});

describe('formatInterval', () => {
  const f = (v: number) => formatCount(v);
  it('uses an en dash between positive bounds and "to" otherwise', () => {
    expect(formatInterval(90, 150, f)).toBe('90–150');
    expect(formatInterval(-30, 50, f)).toBe(`${MINUS}30 to 50`);
    expect(formatInterval(97, 351, (v) => formatSignedCount(v))).toBe('+97 to +351');
    expect(formatInterval(NaN, 5, f)).toBe(NOT_AVAILABLE);
  });
});
