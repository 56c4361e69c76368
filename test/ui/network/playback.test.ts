import { describe, expect, it } from 'vitest';
import { NETWORK_TEXT_EN, networkText, stepLabel } from '../../../src/ui/network/networkText';
import { PLAYBACK_SPEEDS, PlaybackClock, STEPS_PER_SECOND } from '../../../src/ui/network/playbackClock';
import { fitTransform, nodeRadius, toLayout, toScreen } from '../../../src/ui/network/viewTransform';

describe('PlaybackClock', () => {
  it('advances by wall time × speed while playing and stops at the end', () => {
    const c = new PlaybackClock(10);
    expect(c.advance(1000)).toBe(false); // paused
    c.play();
    c.advance(1000);
    expect(c.position).toBeCloseTo(STEPS_PER_SECOND);
    c.setSpeed(4);
    c.advance(500);
    expect(c.position).toBeCloseTo(STEPS_PER_SECOND * 3);
    c.advance(60_000);
    expect(c.position).toBe(10);
    expect(c.playing).toBe(false);
  });

  it('plays again from the start once at the end; a zero-length replay does not play', () => {
    const c = new PlaybackClock(5);
    c.seek(5);
    c.play();
    expect(c.position).toBe(0);
    expect(c.playing).toBe(true);
    const empty = new PlaybackClock(0);
    empty.play();
    expect(empty.playing).toBe(false);
  });

  it('steps by whole steps (pausing), seeks within bounds, and changes speed within the offered ones', () => {
    const c = new PlaybackClock(20);
    c.play();
    c.seek(5.4);
    c.stepBy(1);
    expect(c.position).toBe(6);
    expect(c.playing).toBe(false);
    c.seek(5.4);
    c.stepBy(-1);
    expect(c.position).toBe(5);
    c.stepBy(-1);
    expect(c.position).toBe(4);
    c.seek(-3);
    expect(c.position).toBe(0);
    c.seek(99);
    expect(c.position).toBe(20);
    c.seek(Number.NaN);
    expect(c.position).toBe(0);
    for (let k = 0; k < 10; k++) c.faster();
    expect(c.speed).toBe(PLAYBACK_SPEEDS[PLAYBACK_SPEEDS.length - 1]);
    for (let k = 0; k < 10; k++) c.slower();
    expect(c.speed).toBe(1);
    c.setSpeed(7);
    expect(c.speed).toBe(8);
    c.setEnd(3);
    expect(c.position).toBeLessThanOrEqual(3);
  });

  it('frame is the integer step', () => {
    const c = new PlaybackClock(9);
    c.seek(4.99);
    expect(c.frame).toBe(4);
  });
});

describe('stepLabel', () => {
  it('shows hours and days for hourly steps, days for daily ones', () => {
    expect(stepLabel(30, 1)).toBe('hour 30 · day 2');
    expect(stepLabel(0, 1)).toBe('hour 0 · day 1');
    expect(stepLabel(23.9, 1)).toBe('hour 23 · day 1');
    expect(stepLabel(24, 1)).toBe('hour 24 · day 2');
    expect(stepLabel(3, 24)).toBe('day 4');
    expect(stepLabel(5, 0.5)).toBe('hour 2.5 · day 1');
    expect(stepLabel(-2, 1)).toBe('hour 0 · day 1');
  });

  it('takes translations', () => {
    const zh = networkText({ hour: (h) => `第${h}小时`, day: (d) => `第${d}天` });
    expect(stepLabel(30, 1, zh)).toBe('第30小时 · 第2天');
    expect(zh.play).toBe(NETWORK_TEXT_EN.play);
    expect(networkText(undefined)).toBe(NETWORK_TEXT_EN);
  });
});

describe('viewTransform', () => {
  it('fits the bounds into the panel, centred, with padding, and inverts', () => {
    const t = fitTransform({ x0: -100, y0: -50, x1: 100, y1: 50 }, 420, 420, 10);
    expect(t.scale).toBeCloseTo(2);
    const out = toScreen(Float32Array.of(-100, -50, 100, 50, 0, 0), t, new Float32Array(6));
    expect(Array.from(out)).toEqual([10, 110, 410, 310, 210, 210]);
    const [x, y] = toLayout(410, 310, t);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(50);
  });

  it('keeps dots between 1.1 and 5 px', () => {
    expect(nodeRadius(0.001)).toBe(1.1);
    expect(nodeRadius(100)).toBe(5);
    expect(nodeRadius(1)).toBeCloseTo(0.42 * 6);
  });
});
