/**
 * What the page keeps across reloads in localStorage: the scenario being edited (with its strategy
 * colours), the last valid scenario, the user's own scenario while a lesson or preset stands in
 * for it, and the theme choice. Storage may be missing, full or blocked (private modes): every
 * call degrades to "nothing stored" rather than throwing. What is read back goes through the
 * bounded parser like a link: storage is input too.
 */
import { parseBoundedJson } from '../../scenario/boundedJson';
import { MAX_UPLOAD_SCENARIO_LENGTH } from '../../scenario/limits';
import { textHoldsEdgeListRef } from '../../scenario/edgeListRef';

const SCENARIO_KEY = 'dividend-lab:last-scenario';
/**
 * Browsers keep 5–10 MB per origin: a longer text (an uploaded edge list) cannot be stored, and
 * serialising it only to be refused blocked the page for a moment; it is refused at once.
 */
const MAX_STORED_CHARS = 5_000_000;
const YOURS_KEY = 'dividend-lab:your-scenario';
const THEME_KEY = 'dividend-lab:theme';

/** The saved working state. */
export interface SavedState {
  scenarioText: string;
  colors: number[];
  /** The last scenario that validated (with its colours), when the one being edited does not. */
  lastValid?: { scenarioText: string; colors: number[] } | null;
  /** Saved while a lesson step was open (a lesson's scenario is not the user's own work). */
  fromLesson?: boolean;
  /** The scenario text the address held when this was saved (null: none). */
  urlText?: string | null;
}

export type ThemeChoice = 'auto' | 'light' | 'dark';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

/**
 * A loose bound on a stored colour list (its length and each palette index): storage written by
 * another version of the page is read, not trusted; normaliseColors() then narrows to the palette.
 */
const STORED_COLORS_BOUND = 64;

/** A stored `{scenarioText, colors}` pair, or null when absent or not of that shape. */
function readPair(value: unknown): { scenarioText: string; colors: number[] } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { scenarioText, colors } = value as Record<string, unknown>;
  if (typeof scenarioText !== 'string') return null;
  const palette = Array.isArray(colors) && colors.length <= STORED_COLORS_BOUND && colors.every((c) => Number.isInteger(c) && c >= 0 && c < STORED_COLORS_BOUND) ? (colors as number[]) : [];
  return { scenarioText, colors: palette };
}

function readKey(key: string): unknown {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  // The wrapper holds one scenario text plus a few numbers: twice the longest scenario is ample.
  const parsed = parseBoundedJson(raw, { maxLength: 2 * MAX_UPLOAD_SCENARIO_LENGTH });
  return parsed.ok ? parsed.value : null;
}

/** The last saved scenario, or null (nothing saved, or unreadable). */
export function loadSavedState(): SavedState | null {
  try {
    const value = readKey(SCENARIO_KEY);
    const pair = readPair(value);
    if (!pair) return null;
    const o = value as Record<string, unknown>;
    return { ...pair, lastValid: readPair(o.lastValid), fromLesson: o.fromLesson === true, urlText: typeof o.urlText === 'string' ? o.urlText : null };
  } catch {
    return null;
  }
}

/** Save the working state; false when storage refused it (e.g. a huge edge list over the quota). */
export function saveState(state: SavedState): boolean {
  const chars = state.scenarioText.length + (state.lastValid?.scenarioText.length ?? 0) + (state.urlText?.length ?? 0);
  if (chars > MAX_STORED_CHARS || [state.scenarioText, state.lastValid?.scenarioText, state.urlText].some(holdsRef)) return false;
  return write(SCENARIO_KEY, state);
}

/** The user's own scenario kept while a lesson or preset stands in for it, or null. */
export function loadYours(): { scenarioText: string; colors: number[] } | null {
  try {
    return readPair(readKey(YOURS_KEY));
  } catch {
    return null;
  }
}

/** Keep (or with null, forget) the user's own scenario; false when storage refused it. */
export function saveYours(state: { scenarioText: string; colors: number[] } | null): boolean {
  if (state === null) {
    try {
      storage()?.removeItem(YOURS_KEY);
    } catch {
      // nothing kept, nothing to forget
    }
    return true;
  }
  if (state.scenarioText.length > MAX_STORED_CHARS || holdsRef(state.scenarioText)) return false;
  return write(YOURS_KEY, state);
}

/** A scenario whose huge edge list the page holds by reference is as large as that list: never stored (it would not come back). */
function holdsRef(text: string | null | undefined): boolean {
  return typeof text === 'string' && textHoldsEdgeListRef(text);
}

function write(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
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
