/**
 * What the transport bar's events and the keyboard do to the clock, as plain functions (the
 * view only forwards): space or k play/pause, ←/→ step, Home/End, +/− speed. Keys that a native
 * control owns are left to it — a focused button clicks on space/enter, the scrubber moves with
 * the arrows (and reports through `dl-playback`), a select picks with the arrows.
 */
import type { PlaybackDetail } from './dlPlayback';
import type { PlaybackClock } from './playbackClock';

/** Apply a `dl-playback` event to the clock. */
export function applyPlaybackAction(clock: PlaybackClock, { action, value }: PlaybackDetail): void {
  if (action === 'toggle') clock.toggle();
  else if (action === 'seek') clock.seek(value ?? 0);
  else if (action === 'step') clock.stepBy(value ?? 1);
  else if (action === 'start') clock.seek(0);
  else if (action === 'end') {
    clock.pause();
    clock.seek(clock.end);
  } else if (action === 'speed') clock.setSpeed(value ?? 1);
}

const SCRUBBER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Apply a key pressed with focus inside the view. `originTag` is the tag name of the element
 * that has the focus. Returns 'clock' when the clock changed (the caller prevents the default
 * and repaints), 'escape' for Escape, or 'ignored'.
 */
export function applyPlaybackKey(clock: PlaybackClock, key: string, originTag: string): 'clock' | 'escape' | 'ignored' {
  if (originTag === 'SELECT') return 'ignored';
  if (originTag === 'BUTTON' && (key === ' ' || key === 'Enter')) return 'ignored';
  if (originTag === 'INPUT' && SCRUBBER_KEYS.has(key)) return 'ignored';
  switch (key) {
    case ' ':
    case 'k':
      clock.toggle();
      return 'clock';
    case 'ArrowLeft':
      clock.stepBy(-1);
      return 'clock';
    case 'ArrowRight':
      clock.stepBy(1);
      return 'clock';
    case 'Home':
      clock.seek(0);
      return 'clock';
    case 'End':
      clock.pause();
      clock.seek(clock.end);
      return 'clock';
    case '+':
    case '=':
      clock.faster();
      return 'clock';
    case '-':
    case '_':
      clock.slower();
      return 'clock';
    case 'Escape':
      return 'escape';
    default:
      return 'ignored';
  }
}
