import { describe, expect, it } from 'vitest';
import { countsLine, floatingPosition } from '../../../src/ui/network/networkLegend';
import { NETWORK_TEXT_EN } from '../../../src/ui/network/networkText';
import { applyPlaybackAction, applyPlaybackKey } from '../../../src/ui/network/playbackCommands';
import { PlaybackClock } from '../../../src/ui/network/playbackClock';

describe('keyboard shortcuts', () => {
  it('space plays and pauses, arrows step, Home/End jump, +/− change speed', () => {
    const c = new PlaybackClock(10);
    expect(applyPlaybackKey(c, ' ', 'DL-NETWORK-VIEW')).toBe('clock');
    expect(c.playing).toBe(true);
    applyPlaybackKey(c, 'k', 'CANVAS');
    expect(c.playing).toBe(false);
    applyPlaybackKey(c, 'ArrowRight', 'CANVAS');
    applyPlaybackKey(c, 'ArrowRight', 'CANVAS');
    applyPlaybackKey(c, 'ArrowLeft', 'CANVAS');
    expect(c.position).toBe(1);
    applyPlaybackKey(c, 'End', 'CANVAS');
    expect(c.position).toBe(10);
    applyPlaybackKey(c, 'Home', 'CANVAS');
    expect(c.position).toBe(0);
    applyPlaybackKey(c, '+', 'CANVAS');
    applyPlaybackKey(c, '=', 'CANVAS');
    expect(c.speed).toBe(4);
    applyPlaybackKey(c, '-', 'CANVAS');
    expect(c.speed).toBe(2);
    expect(applyPlaybackKey(c, 'Escape', 'CANVAS')).toBe('escape');
    expect(applyPlaybackKey(c, 'x', 'CANVAS')).toBe('ignored');
  });

  it('leaves their own keys to native controls', () => {
    const c = new PlaybackClock(10);
    expect(applyPlaybackKey(c, ' ', 'BUTTON')).toBe('ignored'); // the button clicks itself
    expect(applyPlaybackKey(c, 'ArrowRight', 'INPUT')).toBe('ignored'); // the scrubber moves itself
    expect(applyPlaybackKey(c, 'ArrowDown', 'SELECT')).toBe('ignored');
    expect(c.position).toBe(0);
    expect(c.playing).toBe(false);
    // …but a space on the scrubber still plays.
    expect(applyPlaybackKey(c, ' ', 'INPUT')).toBe('clock');
  });
});

describe('transport bar events', () => {
  it('apply to the clock', () => {
    const c = new PlaybackClock(8);
    applyPlaybackAction(c, { action: 'seek', value: 5 });
    expect(c.position).toBe(5);
    applyPlaybackAction(c, { action: 'step', value: -1 });
    expect(c.position).toBe(4);
    applyPlaybackAction(c, { action: 'end' });
    expect(c.position).toBe(8);
    applyPlaybackAction(c, { action: 'start' });
    expect(c.position).toBe(0);
    applyPlaybackAction(c, { action: 'speed', value: 16 });
    expect(c.speed).toBe(16);
    applyPlaybackAction(c, { action: 'toggle' });
    expect(c.playing).toBe(true);
  });
});

describe('counts and the floating inspector', () => {
  it('formats the running counts', () => {
    expect(countsLine(NETWORK_TEXT_EN, { reached: 1234, shared: 210, converted: 45, muted: 12 }, 'en-US')).toBe(
      'reached 1,234 · shared 210 · bought 45 · muted 12',
    );
  });

  it('puts the card beside the pointer, flipped and clamped inside the box', () => {
    expect(floatingPosition(100, 50, 1000, 600, 300, 200)).toEqual({ left: 118, top: 68 });
    expect(floatingPosition(900, 50, 1000, 600, 300, 200)).toEqual({ left: 582, top: 68 });
    expect(floatingPosition(100, 550, 1000, 600, 300, 200)).toEqual({ left: 118, top: 400 });
    expect(floatingPosition(10, 10, 200, 100, 300, 200)).toEqual({ left: 0, top: 0 });
  });
});
