/**
 * Where the class's votes are kept: with the lesson session, in this browser tab's
 * sessionStorage (a reload mid-lesson keeps them; a new tab or another class starts empty),
 * never in the scenario file or a shared link. Storage may be missing or blocked: the votes
 * then live in memory for as long as the page does. What is read back is checked like input.
 */
import { normaliseVotes } from './classVotes';

const VOTES_KEY = 'dividend-lab:class-votes';
/** Fallback when sessionStorage is unavailable. */
const inMemory = new Map<string, number[]>();

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function readAll(): Record<string, unknown> {
  const raw = session()?.getItem(VOTES_KEY);
  if (!raw || raw.length > 100_000) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The votes recorded for lesson `id` (one count per choice; zeros when none). */
export function loadVotes(id: string, choices: number): number[] {
  const all = readAll();
  const stored = Object.hasOwn(all, id) ? all[id] : inMemory.get(id);
  return normaliseVotes(Array.isArray(stored) ? stored : null, choices);
}

/** Keep the votes of lesson `id` for this session. */
export function saveVotes(id: string, counts: readonly number[]): void {
  inMemory.set(id, [...counts]);
  const store = session();
  if (!store) return;
  // A plain object without a prototype: a lesson id can never reach Object.prototype.
  const all: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, readAll());
  all[id] = [...counts];
  try {
    store.setItem(VOTES_KEY, JSON.stringify(all));
  } catch {
    // full or blocked: the in-memory copy still serves this page
  }
}
