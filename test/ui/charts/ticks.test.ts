import { describe, expect, it } from 'vitest';
import { daySpans, hourTicks, linearDomain, logTicks, paddedLogDomain, spacedTicks } from '../../../src/ui/charts/ticks';

describe('hourTicks', () => {
  it('ticks on clock boundaries', () => {
    expect(hourTicks(72, 13)).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72]);
    expect(hourTicks(72, 8)).toEqual([0, 12, 24, 36, 48, 60, 72]);
    expect(hourTicks(10, 8)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(hourTicks(30, 11)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('never exceeds the tick budget, even for months', () => {
    for (const max of [1, 5, 47, 48, 200, 1000, 5000, 20000]) {
      const t = hourTicks(max, 6);
      expect(t.length).toBeLessThanOrEqual(6);
      expect(t[0]).toBe(0);
      expect(t[t.length - 1]).toBeLessThanOrEqual(max);
    }
    expect(hourTicks(0)).toEqual([0]);
  });
});

describe('daySpans', () => {
  it('appears from 48 steps on, with a partial last day', () => {
    expect(daySpans(47)).toEqual([]);
    expect(daySpans(48)).toEqual([
      { day: 1, start: 0, end: 24 },
      { day: 2, start: 24, end: 48 },
    ]);
    expect(daySpans(60).at(-1)).toEqual({ day: 3, start: 48, end: 60 });
  });
});

describe('logTicks and domains', () => {
  it('labels 1–2–5 on short spans and decades on long ones', () => {
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(1, 10000)).toEqual([1, 10, 100, 1000, 10000]);
    expect(logTicks(0.3, 3)).toEqual([0.5, 1, 2]);
    expect(logTicks(0, 10)).toEqual([]);
  });

  it('pads log domains so points clear the frame', () => {
    const [lo, hi] = paddedLogDomain(1, 400);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(400);
    expect(paddedLogDomain(0, 5)).toEqual([1, 10]);
  });

  it('builds non-empty linear domains from messy values', () => {
    expect(linearDomain([])).toEqual([0, 1]);
    expect(linearDomain([NaN, Infinity])).toEqual([0, 1]);
    expect(linearDomain([0, 0])).toEqual([0, 1]);
    expect(linearDomain([5, 9])).toEqual([0, 9]);
    expect(linearDomain([5, 9], false)).toEqual([5, 9]);
    expect(linearDomain([-2, 3])).toEqual([-2, 3]);
    expect(linearDomain([7, 7], false)).toEqual([6.3, 7.7]);
  });
});

describe('spacedTicks', () => {
  const at = (pxPerUnit: number) => (t: number) => t * pxPerUnit;
  it('keeps every tick when the labels fit', () => {
    expect(spacedTicks([0, 1, 2, 3], at(100), () => 40)).toEqual([0, 1, 2, 3]);
  });

  it('keeps every other (or every third) tick on a narrow axis with wide labels', () => {
    // 0, 50,000, 100,000 % on a 110 px axis: labels ~60 px wide need 68 px between centres.
    const x = (t: number) => (t / 100_000) * 110;
    expect(spacedTicks([0, 50_000, 100_000], x, (t) => (t === 0 ? 20 : 62))).toEqual([0, 100_000]);
    expect(spacedTicks([0, 1, 2, 3, 4, 5, 6], at(20), () => 30)).toEqual([0, 2, 4, 6]);
    expect(spacedTicks([0, 1, 2, 3, 4, 5, 6], at(20), () => 40)).toEqual([0, 3, 6]);
  });

  it('falls back to the first tick alone, and passes short lists through', () => {
    expect(spacedTicks([0, 1], at(5), () => 50)).toEqual([0]);
    expect(spacedTicks([7], at(5), () => 50)).toEqual([7]);
    expect(spacedTicks([], at(5), () => 50)).toEqual([]);
  });
});
