/**
 * Huge uploaded edge lists held by reference. A 150-million-character edge list copied between
 * threads costs the page's thread hundreds of milliseconds per copy (44 MB: ~130 ms to receive it
 * from the upload worker, ~95 ms to post it to the simulation workers). So an uploaded edge list of
 * at least EDGE_LIST_REF_MIN_CHARS characters never enters the page: the upload worker puts it in
 * a Blob (Blobs cross postMessage by reference, without a copy) and writes a short reference in
 * its place in the scenario — `\u0000edge-list:<characters>:<content hash>` — which is what the
 * page's draft, its text (the scenario's identity: undo, the run cache) and the validator see.
 * The page keeps, per reference, the Blob and what the worker learnt while parsing it (its
 * validation outcome and line count); the workers read the Blob themselves
 * (src/runtime/edgeListTexts.ts), and a download writes the full text back off the main thread.
 *
 * Such a scenario has no link and is not kept in localStorage, as before: the threshold is the
 * most a saved scenario may hold (5,000,000 characters), and a link carries at most 1.5 MB.
 */
import { hashLabel, mix32 } from '../core/hash';
import type { EdgeListOutcome } from './networkChecks';

/** Edge lists at least this long (characters) are held by reference. */
export const EDGE_LIST_REF_MIN_CHARS = 5_000_000;
/** References held by the page: each names a Blob of up to 150 MB (older ones are let go: "upload again"). */
export const MAX_HELD_EDGE_LISTS = 4;

/** A NUL starts it: no text a person writes, and no edge list (labels never hold control characters that JSON had to escape). */
const PREFIX = '\u0000edge-list:';
/** The same prefix as it appears in JSON text (JSON.stringify escapes NUL). */
const PREFIX_IN_JSON = '"\\u0000edge-list:';

/** What the page holds for a reference: the text as a Blob, and what parsing it gave in the upload worker. */
export interface HeldEdgeList {
  blob: Blob;
  directed: boolean;
  outcome: EdgeListOutcome;
  lines: number;
}

const held = new Map<string, HeldEdgeList>();

/**
 * A stable 64-bit content hash of `text` as 16 hex digits: FNV-1a (hashLabel) and a second,
 * independently multiplied lane finished by mix32, with the length in the reference too, so two
 * different edge lists of one session never share a reference in practice.
 */
export function edgeListHash(text: string): string {
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) ^ (b >>> 15);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(hashLabel(text)) + hex(mix32(b >>> 0));
}

/** The reference that stands for `text` in a scenario. */
export function edgeListRef(text: string): string {
  return `${PREFIX}${text.length}:${edgeListHash(text)}`;
}

/** Whether `value` is a reference (and not an edge list). */
export function isEdgeListRef(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX) && value.length < 64;
}

/** Characters of the edge list `ref` stands for. */
export function refCharacters(ref: string): number {
  return Number(ref.slice(PREFIX.length, ref.indexOf(':', PREFIX.length)));
}

/** Whether the JSON text of a scenario holds a reference (it cannot be saved or put in a link: the text is elsewhere). */
export function textHoldsEdgeListRef(text: string): boolean {
  return text.includes(PREFIX_IN_JSON);
}

/** Hold `entry` for `ref` (the page, after an upload); the oldest is let go past MAX_HELD_EDGE_LISTS. */
export function holdEdgeList(ref: string, entry: HeldEdgeList): void {
  held.delete(ref);
  held.set(ref, entry);
  while (held.size > MAX_HELD_EDGE_LISTS) held.delete(held.keys().next().value!);
}

/** What is held for `ref`, if anything. */
export function heldEdgeList(ref: string): HeldEdgeList | undefined {
  return held.get(ref);
}

/** The Blob behind the edge list of a scenario-like value, when it is a held reference (for posting to a worker). */
export function edgeListBlobOf(value: { network?: unknown } | null | undefined): Blob | undefined {
  const edges = (value?.network as { edges?: unknown } | undefined)?.edges;
  return isEdgeListRef(edges) ? held.get(edges as string)?.blob : undefined;
}
