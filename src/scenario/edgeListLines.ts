/**
 * The cheap size check of an inline edge list, before it is parsed: every line is at most one
 * tie (two arcs unless directed), so the line count bounds the arcs. A final newline ends the
 * last line; it does not start another one (an edge list of exactly 20,000,000 lines written by
 * any tool ends in a newline and was refused as 20,000,001).
 */
import { MAX_ARCS } from './limits';
import type { Reason } from './reasons';
import { heldEdgeList, isEdgeListRef } from './edgeListRef';

/** The last long text counted: validation, the run estimate and the worker budget all ask about the same edge list. */
let last: { text: string; lines: number } | null = null;
/** Texts shorter than this are counted afresh (cheaper than keeping them). */
const REMEMBERED_LENGTH = 1 << 16;

/** Lines of `text`: newlines, plus one for a last line without a newline. The empty text has none. */
export function countLines(text: string): number {
  // A huge upload held by reference: its count was taken by the upload worker.
  if (isEdgeListRef(text)) return heldEdgeList(text)?.lines ?? 0;
  if (text.length < REMEMBERED_LENGTH) return count(text);
  // The same string object compares in constant time; an equal copy costs one pass, as counting would.
  if (last !== null && last.text === text) return last.lines;
  last = { text, lines: count(text) };
  return last.lines;
}

/** Remember the line count of `text` counted elsewhere (the upload worker counted it while validating). */
export function rememberLineCount(text: string, lines: number): void {
  if (text.length >= REMEMBERED_LENGTH) last = { text, lines };
}

function count(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== 0x0a) lines++;
  return lines;
}

/** Most lines an edge list may have: the arc budget, halved when each line is two arcs. */
export function maxEdgeListLines(directed: boolean, maxArcs = MAX_ARCS): number {
  return directed ? maxArcs : Math.floor(maxArcs / 2);
}

/** The `edgeListLines` reason when the list has more lines than its arcs allow, else null. */
export function edgeListLinesProblem(text: string, directed: boolean, maxArcs = MAX_ARCS): Reason | null {
  const lines = countLines(text);
  const max = maxEdgeListLines(directed, maxArcs);
  return lines > max ? { code: 'edgeListLines', lines, max } : null;
}
