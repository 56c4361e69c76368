/**
 * How long the page waits after an edit before simulating: a single click or typed value runs
 * almost at once, but an edit that follows another within BURST_GAP_MS is part of a gesture (a
 * slider drag, a held arrow key), and the run waits until the gesture has settled. Starting and
 * cancelling a run per intermediate value kept the main thread busy (restarting workers,
 * redrawing partial charts) and made a drag stutter; only the settled value is worth simulating.
 */

/** Wait after a lone edit (a click still feels instant). */
export const SINGLE_EDIT_DELAY_MS = 120;
/** Edits closer together than this are one gesture. */
export const BURST_GAP_MS = 400;
/** Wait after the last edit of a gesture. */
export const BURST_SETTLE_MS = 400;

/** The delay before simulating an edit made at `now`, given when the previous edit was made (ms; null: none). */
export function settleDelay(previousEditAt: number | null, now: number): number {
  return previousEditAt !== null && now - previousEditAt >= 0 && now - previousEditAt < BURST_GAP_MS ? BURST_SETTLE_MS : SINGLE_EDIT_DELAY_MS;
}
