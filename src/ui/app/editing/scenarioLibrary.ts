/**
 * Named scenarios kept in the browser ("Save as…", open, delete), beside the one working copy
 * storage.ts keeps. One localStorage entry holds the whole library: `{version: 1, entries:
 * [{name, scenarioText, colors, savedAt}]}`, newest first. Bounded — at most MAX_LIBRARY_ENTRIES
 * scenarios and MAX_LIBRARY_CHARS characters in all, names up to MAX_NAME_LENGTH — so one
 * library can never take the origin's whole quota from the working copy. Storage is input: the
 * library is read back through the bounded parser, every entry is shape-checked and its scenario
 * text parsed (bounded) into a JSON object before it is listed; a damaged entry is dropped, a
 * damaged library reads as empty (and says so). The page validates an opened scenario like any
 * other (problems under the fields).
 */
import { parseBoundedJson } from '../../../scenario/boundedJson';
import { checkScenarioText } from '../../../scenario/validateScenario';
import { textHoldsEdgeListRef } from '../../../scenario/edgeListRef';
import { draftFromText } from '../scenarioInput';
import type { Draft } from '../draft';

export const LIBRARY_KEY = 'dividend-lab:library';
export const MAX_LIBRARY_ENTRIES = 20;
/** About 4 MB of UTF-16: well under the 5–10 MB browsers keep per origin. */
export const MAX_LIBRARY_CHARS = 2_000_000;
export const MAX_NAME_LENGTH = 100;

export interface LibraryEntry {
  name: string;
  scenarioText: string;
  colors: number[];
  /** Milliseconds since 1970 (shown as a date). */
  savedAt: number;
}

export interface Library {
  entries: LibraryEntry[];
  /** Something was stored but could not be read (or some entries were dropped). */
  damaged: boolean;
}

export type SaveOutcome = { ok: true; library: Library } | { ok: false; reason: 'bad-name' | 'too-large' | 'full' | 'storage' };

/** The storage the library lives in (localStorage on the page; a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function cleanName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  // Control characters never reach a label or a file name.
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.length > 0 && clean.length <= MAX_NAME_LENGTH ? clean : null;
}

function readEntry(value: unknown): LibraryEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const name = cleanName(o.name);
  if (name === null || typeof o.scenarioText !== 'string' || o.scenarioText.length > MAX_LIBRARY_CHARS) return null;
  if (!('draft' in draftFromText(o.scenarioText, 'link'))) return null;
  const colors = Array.isArray(o.colors) && o.colors.length <= 64 && o.colors.every((c) => Number.isInteger(c) && c >= 0 && c < 64) ? (o.colors as number[]) : [];
  const savedAt = typeof o.savedAt === 'number' && Number.isFinite(o.savedAt) ? o.savedAt : 0;
  return { name, scenarioText: o.scenarioText, colors, savedAt };
}

/** The library as stored; empty when nothing is stored, the storage throws, or the text is damaged. */
export function readLibrary(store: KeyValueStore | null): Library {
  let raw: string | null = null;
  try {
    raw = store?.getItem(LIBRARY_KEY) ?? null;
  } catch {
    return { entries: [], damaged: false }; // blocked storage: nothing kept, nothing damaged
  }
  if (!raw) return { entries: [], damaged: false };
  // The wrapper adds a few characters per entry to the texts it holds.
  const parsed = parseBoundedJson(raw, { maxLength: MAX_LIBRARY_CHARS + 10_000 });
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return { entries: [], damaged: true };
  const list = (parsed.value as Record<string, unknown>).entries;
  if (!Array.isArray(list)) return { entries: [], damaged: true };
  const entries: LibraryEntry[] = [];
  const seen = new Set<string>();
  for (const item of list.slice(0, MAX_LIBRARY_ENTRIES)) {
    const entry = readEntry(item);
    if (entry && !seen.has(entry.name)) {
      seen.add(entry.name);
      entries.push(entry);
    }
  }
  return { entries, damaged: entries.length !== list.length };
}

function write(store: KeyValueStore | null, entries: LibraryEntry[]): boolean {
  if (!store) return false;
  try {
    store.setItem(LIBRARY_KEY, JSON.stringify({ version: 1, entries }));
    return true;
  } catch {
    return false; // over the quota or blocked
  }
}

/** Save (or replace, by name) a scenario; it becomes the newest entry. */
export function saveToLibrary(store: KeyValueStore | null, name: string, scenarioText: string, colors: readonly number[], now: number): SaveOutcome {
  const clean = cleanName(name);
  if (clean === null) return { ok: false, reason: 'bad-name' };
  // A huge uploaded edge list held by reference (edgeListRef.ts) is as large as the list itself.
  if (scenarioText.length > MAX_LIBRARY_CHARS || textHoldsEdgeListRef(scenarioText)) return { ok: false, reason: 'too-large' };
  const others = readLibrary(store).entries.filter((e) => e.name !== clean);
  if (others.length >= MAX_LIBRARY_ENTRIES) return { ok: false, reason: 'full' };
  const entries = [{ name: clean, scenarioText, colors: [...colors], savedAt: now }, ...others];
  if (entries.reduce((sum, e) => sum + e.scenarioText.length, 0) > MAX_LIBRARY_CHARS) return { ok: false, reason: 'full' };
  return write(store, entries) ? { ok: true, library: { entries, damaged: false } } : { ok: false, reason: 'storage' };
}

/** Remove a scenario by name; the library afterwards. */
export function deleteFromLibrary(store: KeyValueStore | null, name: string): Library {
  const entries = readLibrary(store).entries.filter((e) => e.name !== name);
  write(store, entries);
  return { entries, damaged: false };
}

/** A stored scenario as a draft (bounded parse again: storage may have changed since it was listed). */
export function openFromLibrary(store: KeyValueStore | null, name: string): { draft: Draft; colors: number[] } | null {
  const entry = readLibrary(store).entries.find((e) => e.name === name);
  if (!entry) return null;
  const read = draftFromText(entry.scenarioText, 'link');
  return 'draft' in read ? { draft: read.draft, colors: entry.colors } : null;
}

/** How many problems the validator finds in a stored scenario (0: it runs as saved). */
export function entryProblems(entry: LibraryEntry): number {
  const check = checkScenarioText(entry.scenarioText);
  return check.ok ? 0 : check.problems.length;
}

/** The page's localStorage, or null where it is missing or blocked. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
