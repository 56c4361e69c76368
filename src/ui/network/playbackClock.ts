/**
 * The one clock every panel of a network view follows (so strategies stay in sync). Position
 * is a real number of steps: frame ⌊position⌋ decides node states, the fraction lets recent
 * transmissions fade smoothly between steps. Pure and time-source free: the view feeds it
 * elapsed milliseconds from requestAnimationFrame, tests feed it numbers.
 */

/** Speed multipliers offered (1× … 16×). */
export const PLAYBACK_SPEEDS: readonly number[] = [1, 2, 4, 8, 16];
/** Steps per second at 1× ("an hour a second" for hourly steps): slow enough to narrate; 16× plays a month in 45 s. */
export const STEPS_PER_SECOND = 1;

export class PlaybackClock {
  position = 0;
  playing = false;
  private speedIndex = 0;

  /** `end`: the last frame (the replay stops there). */
  constructor(public end: number) {
    this.end = Math.max(0, end);
  }

  get speed(): number {
    return PLAYBACK_SPEEDS[this.speedIndex];
  }

  /** The integer frame shown. */
  get frame(): number {
    return Math.floor(this.position);
  }

  /** Move on by `ms` of wall time while playing; stops at the end. Returns whether the position changed. */
  advance(ms: number): boolean {
    if (!this.playing || ms <= 0) return false;
    const next = this.position + (ms / 1000) * STEPS_PER_SECOND * this.speed;
    if (next >= this.end) {
      this.position = this.end;
      this.playing = false;
    } else this.position = next;
    return true;
  }

  /** Play; from the end, start over. */
  play(): void {
    if (this.position >= this.end) this.position = 0;
    this.playing = this.end > 0;
  }

  pause(): void {
    this.playing = false;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Jump to a step (clamped to 0 … end). Keeps playing if it was. */
  seek(step: number): void {
    this.position = Math.min(this.end, Math.max(0, Number.isFinite(step) ? step : 0));
  }

  /** Pause and move to the previous (−1) or next (+1) whole step. */
  stepBy(delta: number): void {
    this.pause();
    const base = delta < 0 ? Math.ceil(this.position) : Math.floor(this.position);
    this.seek(base + delta);
  }

  faster(): void {
    this.speedIndex = Math.min(PLAYBACK_SPEEDS.length - 1, this.speedIndex + 1);
  }

  slower(): void {
    this.speedIndex = Math.max(0, this.speedIndex - 1);
  }

  /** Set the speed to the offered multiplier closest to `multiplier`. */
  setSpeed(multiplier: number): void {
    let best = 0;
    for (let i = 1; i < PLAYBACK_SPEEDS.length; i++)
      if (Math.abs(PLAYBACK_SPEEDS[i] - multiplier) < Math.abs(PLAYBACK_SPEEDS[best] - multiplier)) best = i;
    this.speedIndex = best;
  }

  /** Change the last frame (new data); the position is kept inside. */
  setEnd(end: number): void {
    this.end = Math.max(0, end);
    if (this.position > this.end) this.position = this.end;
  }
}
