/**
 * Whether this browser has seen (and closed) the introduction: remembered in localStorage, so it
 * greets a first visit only. Storage may be missing or blocked (private modes): then the
 * introduction counts as not dismissed and simply shows again next time.
 */

/** The localStorage key; the e2e harness sets it to pre-dismiss the introduction. */
export const INTRO_DISMISSED_KEY = 'dividend-lab:intro-dismissed';

export function introDismissed(): boolean {
  try {
    return localStorage.getItem(INTRO_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberIntroDismissed(): void {
  try {
    localStorage.setItem(INTRO_DISMISSED_KEY, '1');
  } catch {
    // blocked or full: the introduction shows again on the next visit, nothing worse
  }
}
