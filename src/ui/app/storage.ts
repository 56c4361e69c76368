/**
 * What the page keeps across reloads in localStorage: the last scenario (with its strategy
 * colours) and the theme choice. Storage may be missing, full or blocked (private modes): every
 * call degrades to "nothing stored" rather than throwing.
 */

const SCENARIO_KEY = 'dividend-lab:last-scenario';
const THEME_KEY = 'dividend-lab:theme';

/** The saved working state. */
export interface SavedState {
  scenarioText: string;
  colors: number[];
}

export type ThemeChoice = 'auto' | 'light' | 'dark';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

/** The last saved scenario, or null (nothing saved, or unreadable). */
export function loadSavedState(): SavedState | null {
  try {
    const raw = storage()?.getItem(SCENARIO_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { scenarioText, colors } = value as Record<string, unknown>;
    if (typeof scenarioText !== 'string') return null;
    const palette = Array.isArray(colors) && colors.every((c) => Number.isInteger(c) && c >= 0 && c < 64) ? (colors as number[]) : [];
    return { scenarioText, colors: palette };
  } catch {
    return null;
  }
}

/** Save the working state; false when storage refused it (e.g. a huge edge list over the quota). */
export function saveState(state: SavedState): boolean {
  try {
    storage()?.setItem(SCENARIO_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function loadTheme(): ThemeChoice {
  try {
    const t = storage()?.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'auto';
  } catch {
    return 'auto';
  }
}

export function saveTheme(theme: ThemeChoice): void {
  try {
    if (theme === 'auto') storage()?.removeItem(THEME_KEY);
    else storage()?.setItem(THEME_KEY, theme);
  } catch {
    // a preference that cannot be kept is not worth a message
  }
}
