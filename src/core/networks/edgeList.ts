import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { EdgeBuffer, TIE_FOLLOW, TIE_STRONG } from '../graph';

/** More lines than this are refused: ~20 M edges is already ~400 MB of graph in a browser tab. */
export const MAX_EDGE_LIST_LINES = 20_000_000;
/** Distinct node ids: a cap well above any network the simulator can run, below V8's 2^24-entry Map limit. */
const MAX_EDGE_LIST_NODES = 16_000_000;

/** A parsed edge list. */
export interface EdgeListData {
  ok: true;
  nodeCount: number;
  /** Original id of each node index 0 … nodeCount−1, in order of first appearance. */
  labels: string[];
  edges: EdgeBuffer;
}

export type EdgeListParse = EdgeListData | { ok: false; error: string };

/**
 * Why an edge list was refused, as data (the scenario validator words it in the UI language);
 * `edgeListErrorText` gives the English message. `line` is 1-based in the text.
 */
export type EdgeListError =
  | { kind: 'fields'; line: number; count: number }
  | { kind: 'emptyId'; line: number; which: 'source' | 'target' }
  | { kind: 'weight'; line: number; text: string }
  | { kind: 'distinctNodes'; line: number; max: number }
  | { kind: 'tooManyEdges'; line: number; max: number }
  | { kind: 'noEdges' };

/** The English message of an edge-list error ("line 3: empty target id"). */
export function edgeListErrorText(e: EdgeListError): string {
  switch (e.kind) {
    case 'fields':
      return `line ${e.line}: expected "source,target[,weight]", got ${e.count} field${e.count === 1 ? '' : 's'}`;
    case 'emptyId':
      return `line ${e.line}: empty ${e.which} id`;
    case 'weight':
      return `line ${e.line}: weight "${e.text}" is not a number in (0, 1]`;
    case 'distinctNodes':
      return `line ${e.line}: more than ${e.max.toLocaleString('en-US')} distinct nodes`;
    case 'tooManyEdges':
      return `line ${e.line}: more than ${e.max.toLocaleString('en-US')} edges; sample the network first`;
    case 'noEdges':
      return 'no edges';
  }
}

/** Column names that mark the first line as a header (compared case-insensitively). */
const HEADER_WORDS = new Set([
  'source', 'target', 'src', 'dst', 'from', 'to', 'node1', 'node2', 'node_1', 'node_2',
  'source_id', 'target_id', 'sourceid', 'targetid', 'head', 'tail', 'follower', 'followee',
]);

type Delimiter = ',' | '\t' | ' ';

/**
 * Parse an edge list: one `source,target[,weight]` per line.
 *
 * - CSV, TSV or whitespace-separated, detected from the first data line (a tab → TSV, else a
 *   comma → CSV, else runs of spaces). Quoted CSV/TSV fields are parsed by d3-dsv; fields are trimmed.
 * - Blank lines and lines starting with `#` are skipped.
 * - The first data line is a header, and skipped, when it looks like one: both of its first
 *   two fields are column names such as source/target/from/to, or its third field is not a
 *   number (e.g. `weight`), or its first two fields are not numbers while the next data
 *   line's are (`user_a,user_b` over numeric ids).
 * - Node ids are arbitrary strings, numbered 0 … n−1 in order of first appearance.
 * - The optional weight must be a number in (0, 1]; lines without one weigh 1. If any line
 *   has a weight, the edge buffer carries weights (so the graph gets `weights`).
 * - Undirected lines become two-way strong ties; directed lines become one-way arcs
 *   source → target (target sees source's posts) of kind follow.
 * - Self-loops are allowed and dropped (their node still exists). Errors name the line.
 * - More than `maxLines` data lines (default MAX_EDGE_LIST_LINES) are refused.
 */
export function parseEdgeList(text: string, directed: boolean, maxLines = MAX_EDGE_LIST_LINES): EdgeListParse {
  const parsed = parseEdgeListDetailed(text, directed, maxLines);
  return parsed.ok ? parsed : { ok: false, error: edgeListErrorText(parsed.error) };
}

/** `parseEdgeList` with the error as data. */
export function parseEdgeListDetailed(
  text: string,
  directed: boolean,
  maxLines = MAX_EDGE_LIST_LINES,
): EdgeListData | { ok: false; error: EdgeListError } {
  // A null-prototype object, not a Map: V8 internalises property keys, which made id lookups
  // ~4× faster than Map.get on freshly sliced strings (measured, 1 M lines). No prototype, so
  // ids like "__proto__" or "constructor" are ordinary keys.
  const ids: Record<string, number> = Object.create(null);
  const labels: string[] = [];
  let edges = new EdgeBuffer(1024);
  let delimiter: Delimiter | null = null;
  let dataLines = 0;
  let pendingHeader: { fields: string[]; line: number } | null = null;

  const nodeId = (label: string): number => {
    let id = ids[label];
    if (id === undefined) {
      id = labels.length;
      ids[label] = id;
      labels.push(label);
    }
    return id;
  };

  const addLine = (fields: string[], line: number): EdgeListError | null => {
    if (fields.length < 2 || fields.length > 3) return { kind: 'fields', line, count: fields.length };
    const [source, target] = fields;
    if (source === '' || target === '') return { kind: 'emptyId', line, which: source === '' ? 'source' : 'target' };
    let weight = 1;
    if (fields.length === 3) {
      weight = Number(fields[2]);
      if (fields[2] === '' || !Number.isFinite(weight) || weight <= 0 || weight > 1) return { kind: 'weight', line, text: fields[2] };
      if (edges.weight === null) edges = withWeights(edges);
    }
    const u = nodeId(source);
    const v = nodeId(target);
    if (labels.length > MAX_EDGE_LIST_NODES) return { kind: 'distinctNodes', line, max: MAX_EDGE_LIST_NODES };
    if (u === v) return null;
    if (directed) edges.addArc(u, v, TIE_FOLLOW, weight);
    else edges.addTie(u, v, TIE_STRONG, weight);
    return null;
  };

  // Lines are scanned in place (no per-line string): parsing is allocation-bound at millions of lines.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextQuote = text.indexOf('"', start);
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    let to = end;
    start = end + 1;
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (from === to || text.charCodeAt(from) === HASH) continue;
    if (++dataLines > maxLines) {
      return { ok: false, error: { kind: 'tooManyEdges', line, max: maxLines } };
    }
    if (delimiter === null) {
      const first = text.slice(from, to);
      delimiter = first.includes('\t') ? '\t' : first.includes(',') ? ',' : ' ';
    }
    if (nextQuote >= 0 && nextQuote < from) nextQuote = text.indexOf('"', from);
    const fields =
      nextQuote >= 0 && nextQuote < to
        ? splitQuoted(text.slice(from, to), delimiter)
        : splitPlain(text, from, to, delimiter);

    if (dataLines === 1) {
      const verdict = headerVerdict(fields);
      if (verdict === 'header') continue;
      if (verdict === 'maybe') {
        pendingHeader = { fields, line };
        continue;
      }
    } else if (pendingHeader) {
      const confirmed = fields.length >= 2 && isNumber(fields[0]) && isNumber(fields[1]);
      if (!confirmed) {
        const error = addLine(pendingHeader.fields, pendingHeader.line);
        if (error) return { ok: false, error };
      }
      pendingHeader = null;
    }
    const error = addLine(fields, line);
    if (error) return { ok: false, error };
  }
  // A lone undecided first line is data, not a header.
  if (pendingHeader) {
    const error = addLine(pendingHeader.fields, pendingHeader.line);
    if (error) return { ok: false, error };
  }
  if (edges.length === 0) return { ok: false, error: { kind: 'noEdges' } };
  return { ok: true, nodeCount: labels.length, labels, edges };
}

const HASH = 35; // '#'

/** Spaces, tabs, CR and other control characters around a line or field are ignored. */
function isBlank(code: number): boolean {
  return code <= 32;
}

/** Fields of text[from .. to) split at the delimiter (runs of blanks for ' '), each trimmed. */
function splitPlain(text: string, from: number, to: number, delimiter: Delimiter): string[] {
  const fields: string[] = [];
  let at = from;
  for (;;) {
    let stop: number;
    let next: number;
    if (delimiter === ' ') {
      stop = at;
      while (stop < to && !isBlank(text.charCodeAt(stop))) stop++;
      next = stop;
      while (next < to && isBlank(text.charCodeAt(next))) next++;
    } else {
      stop = text.indexOf(delimiter, at);
      if (stop < 0 || stop > to) stop = to;
      next = stop + 1;
    }
    let a = at;
    let b = stop;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    fields.push(text.slice(a, b));
    if (stop >= to) return fields;
    at = next;
  }
}

/** A line with quotes goes through d3-dsv's CSV/TSV parser (quoted delimiters, doubled quotes). */
function splitQuoted(line: string, delimiter: Delimiter): string[] {
  if (delimiter === ' ') return line.split(/\s+/);
  const row = (delimiter === ',' ? csvParseRows(line) : tsvParseRows(line))[0] ?? [];
  return row.map((f) => f.trim());
}

function isNumber(field: string): boolean {
  return field !== '' && Number.isFinite(Number(field));
}

function headerVerdict(fields: string[]): 'header' | 'data' | 'maybe' {
  if (fields.length < 2 || fields.length > 3) return 'data';
  const [a, b] = fields;
  if (HEADER_WORDS.has(a.toLowerCase()) && HEADER_WORDS.has(b.toLowerCase())) return 'header';
  if (fields.length === 3 && !isNumber(fields[2])) return 'header';
  return !isNumber(a) && !isNumber(b) ? 'maybe' : 'data';
}

/** The same buffer with a weight column; edges added before the first weighted line weigh 1. */
function withWeights(edges: EdgeBuffer): EdgeBuffer {
  const weighted = new EdgeBuffer(16, true);
  weighted.src = edges.src;
  weighted.dst = edges.dst;
  weighted.kind = edges.kind;
  weighted.both = edges.both;
  weighted.weight = new Float32Array(edges.src.length).fill(1);
  weighted.length = edges.length;
  return weighted;
}
