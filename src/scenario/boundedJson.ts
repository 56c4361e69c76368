/**
 * The one bounded parser every input path goes through (link, localStorage, upload, CLI file)
 * before anything renders or validates. JSON.parse itself copes with deep nesting and long lists,
 * but what comes after does not: JSON.stringify and recursive walks overflow the stack at a few
 * thousand levels, a page that draws a card per strategy freezes on 100,000 of them, and a
 * validator that spreads 200,000 unknown keys into `push` overflows. So the text is measured
 * first — length, nesting depth, fields per object, entries per list — with one flat loop over
 * its characters (no recursion, no spreading), and only then parsed; the lists whose length the
 * page acts on (strategies, waves, manual seeds, relevance entries) are measured on the parsed
 * value before anyone reads them.
 */
import { MAX_SEED_WAVES } from '../core/dividend/dividendSpec';
import { formatPath } from './issues';
import {
  MAX_JSON_DEPTH,
  MAX_KOLS,
  MAX_LIST_ENTRIES,
  MAX_NODES,
  MAX_OBJECT_FIELDS,
  MAX_RELEVANCE_ENTRIES,
  MAX_STRATEGIES,
  MIN_STRATEGIES,
} from './limits';
import type { ScenarioProblem } from './reasons';
import { escapeControl } from './controlText';
import { jsonSyntaxError } from './jsonSyntax';

/** The bounds of one input path (the defaults are the scenario format's own). */
export interface JsonBounds {
  /** Characters of the whole text. */
  maxLength: number;
  maxDepth: number;
  maxObjectFields: number;
  maxListEntries: number;
}

const DEFAULT_JSON_BOUNDS: Omit<JsonBounds, 'maxLength'> = {
  maxDepth: MAX_JSON_DEPTH,
  maxObjectFields: MAX_OBJECT_FIELDS,
  maxListEntries: MAX_LIST_ENTRIES,
};

export type BoundedParse = { ok: true; value: unknown } | { ok: false; problem: ScenarioProblem };

/** Path parts shown for a problem deep inside the text; deeper parts become "…". */
const SHOWN_PATH_PARTS = 6;
/** Longest key kept for a path (formatPath shortens it further). */
const KEY_CAPTURE = 60;

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Parse `text` as JSON within `bounds`; never throws. A text over a bound is one problem naming
 * where it went over (`strategies[3]…: nested deeper than 32 levels`), invalid JSON is JSON.parse's
 * message, and a value within bounds is returned as JSON.parse gives it (an own `__proto__` key
 * stays plain data: the validator reads only its schemas' output).
 */
export function parseBoundedJson(text: string, bounds: Partial<JsonBounds> & Pick<JsonBounds, 'maxLength'>): BoundedParse {
  const b = { ...DEFAULT_JSON_BOUNDS, ...bounds };
  if (text.length > b.maxLength) return fail(null, { code: 'inputTooLong', max: b.maxLength, length: text.length });
  const scanned = scanJson(text, b);
  if (scanned !== null) return { ok: false, problem: scanned };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: invalidJsonProblem(error, text) };
  }
  const listProblem = scenarioListProblem(value);
  return listProblem === null ? { ok: true, value } : { ok: false, problem: listProblem };
}

/**
 * The problem of text that is not JSON: where it stops being JSON (jsonSyntax.ts, the same words in
 * every engine) when the text is given, else the parser's message; one line, at most 200
 * characters, controls escaped. It has no path.
 */
export function invalidJsonProblem(error: unknown, text?: string): ScenarioProblem {
  const located = text === undefined ? null : jsonSyntaxError(text);
  const detail = located ?? (error instanceof Error ? error.message : String(error));
  return { path: null, reason: { code: 'invalidJson', detail: escapeControl(detail.replace(/[\r\n]+/g, ' ').slice(0, 200)) } };
}

function fail(path: string | null, reason: ScenarioProblem['reason']): BoundedParse {
  return { ok: false, problem: { path, reason } };
}

/**
 * One pass over the characters: a stack of open containers (kind, entries so far, the key or
 * index that led to each), strings skipped with their escapes. Malformed text is left for
 * JSON.parse to word; the scan only has to stay linear and never go over a bound.
 */
function scanJson(text: string, b: Omit<JsonBounds, 'maxLength'>): ScenarioProblem | null {
  const isList: boolean[] = [];
  const entries: number[] = [];
  const hasEntry: boolean[] = [];
  const maxEntries: number[] = [];
  const keys: (string | number)[] = []; // keys[d] = the key/index of the container at depth d+1 inside depth d
  let depth = 0;
  let lastStringStart = -1;
  let lastStringEnd = -1;
  /** The path of the container at depth `d` (0 = the whole text). */
  const pathTo = (d: number): string => {
    const shown = formatPath(keys.slice(0, Math.min(d, SHOWN_PATH_PARTS)));
    return d > SHOWN_PATH_PARTS ? `${shown}…` : shown;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      lastStringStart = i + 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i += 2;
        else if (d === QUOTE) break;
        else i++;
      }
      lastStringEnd = Math.min(i, n);
      if (depth > 0) hasEntry[depth - 1] = true;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (depth > 0) {
        hasEntry[depth - 1] = true;
        if (isList[depth - 1]) keys[depth - 1] = entries[depth - 1];
      }
      if (depth >= b.maxDepth) return { path: pathTo(depth), reason: { code: 'tooDeep', max: b.maxDepth } };
      const parentKey = depth > 0 && !isList[depth - 1] ? keys[depth - 1] : null;
      isList[depth] = c === OPEN_LIST;
      entries[depth] = 0;
      hasEntry[depth] = false;
      maxEntries[depth] =
        c === OPEN_LIST ? b.maxListEntries : parentKey === 'byCommunity' ? Math.max(b.maxObjectFields, MAX_RELEVANCE_ENTRIES) : b.maxObjectFields;
      keys[depth] = '';
      depth++;
      continue;
    }
    if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      if (depth === 0) return null; // unbalanced: JSON.parse says where
      depth--;
      continue;
    }
    if (depth === 0) continue;
    const top = depth - 1;
    if (c === COMMA) {
      entries[top]++;
      if (entries[top] + 1 > maxEntries[top]) {
        return {
          path: pathTo(top),
          reason: isList[top] ? { code: 'tooManyEntries', max: maxEntries[top] } : { code: 'tooManyFields', max: maxEntries[top] },
        };
      }
      continue;
    }
    if (c === COLON && !isList[top]) {
      keys[top] = lastStringStart >= 0 ? text.slice(lastStringStart, Math.min(lastStringEnd, lastStringStart + KEY_CAPTURE)) : '';
      continue;
    }
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) hasEntry[top] = true;
  }
  return null;
}

/** Longest manual seed list: every account of the largest network. */
const MAX_SEED_NODES = MAX_NODES + MAX_KOLS;

/**
 * The lists the page acts on, measured on the parsed value before anything reads them: a card is
 * drawn per strategy and a control per wave, so their length is refused here, not by the schema
 * after the page has drawn them. Only the first MAX_STRATEGIES strategies are looked into.
 */
export function scenarioListProblem(value: unknown): ScenarioProblem | null {
  if (!isObject(value)) return null;
  const strategies = value.strategies;
  if (!Array.isArray(strategies)) return null;
  if (strategies.length > MAX_STRATEGIES)
    return {
      path: 'strategies',
      reason: { code: 'strategyList', min: MIN_STRATEGIES, max: MAX_STRATEGIES, got: { kind: 'value', text: String(strategies.length) } },
    };
  for (let i = 0; i < strategies.length; i++) {
    const s = strategies[i];
    if (!isObject(s)) continue;
    const seeding = s.seeding;
    if (isObject(seeding) && Array.isArray(seeding.nodes) && seeding.nodes.length > MAX_SEED_NODES)
      return { path: `strategies[${i}].seeding.nodes`, reason: { code: 'tooManyEntries', max: MAX_SEED_NODES } };
    const content = s.content;
    if (!isObject(content)) continue;
    if (Array.isArray(content.waves) && content.waves.length > MAX_SEED_WAVES)
      return { path: `strategies[${i}].content.waves`, reason: { code: 'tooManyWaves', max: MAX_SEED_WAVES } };
    const relevance = content.relevance;
    if (Array.isArray(relevance) && relevance.length > MAX_RELEVANCE_ENTRIES)
      return { path: `strategies[${i}].content.relevance`, reason: { code: 'relevanceTooMany', max: MAX_RELEVANCE_ENTRIES } };
    if (isObject(relevance) && isObject(relevance.byCommunity) && countKeys(relevance.byCommunity, MAX_RELEVANCE_ENTRIES) > MAX_RELEVANCE_ENTRIES)
      return { path: `strategies[${i}].content.relevance.byCommunity`, reason: { code: 'byCommunityTooMany', max: MAX_RELEVANCE_ENTRIES } };
  }
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own keys of `o`, counting stops just past `limit`. */
function countKeys(o: object, limit: number): number {
  let count = 0;
  for (const key in o) {
    if (Object.hasOwn(o, key) && ++count > limit) break;
  }
  return count;
}
