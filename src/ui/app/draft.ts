/**
 * The scenario being edited ("draft"): plain JSON in the public file format, possibly invalid
 * while the user types. Edits are immutable updates by dotted path; the validator decides what
 * can run, and its `path: reason` errors are matched back to the control that edits that path.
 */
import { MODEL_KINDS } from '../../scenario/modelSchema';
import { MAX_STRATEGIES } from '../../scenario/limits';
import { STRATEGY_PALETTE_SIZE } from '../theme';
import type { Reason, ScenarioProblem } from '../../scenario/reasons';
import { MODEL_TEMPLATES, NETWORK_TEMPLATES } from './fieldSpecs';
import { ownEntry } from './knownKinds';
import { scenarioText } from '../../scenario/scenarioText';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Draft = { [key: string]: Json };

/** Strategy fields that only the dividend model reads (stripped when switching to a canonical model). */
const LEVER_KEYS = ['content', 'kols', 'secondWave', 'incentives', 'brandReplies', 'ads'] as const;

/** Whether this build's scenario format knows the dividend model (the UI then shows its levers). */
export function dividendAvailable(): boolean {
  return (MODEL_KINDS as readonly string[]).includes('dividend');
}

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Split `a.b[2].c` into ['a', 'b', 2, 'c']. */
export function splitPath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const piece of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(piece);
    if (!m) {
      parts.push(piece);
      continue;
    }
    if (m[1] !== '') parts.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

/** The value at `path`, or undefined. */
export function getPath(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const part of splitPath(path)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

/** A copy of `root` with `path` set to `value` (undefined removes the field); missing objects are created. */
export function setPath<T>(root: T, path: string, value: Json | undefined): T {
  const parts = splitPath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = parts[i];
    const copy = (Array.isArray(node) ? [...node] : isObject(node) ? { ...node } : typeof key === 'number' ? [] : {}) as Record<string | number, unknown>;
    if (i === parts.length - 1) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    } else {
      copy[key] = write(copy[key], i + 1);
    }
    return copy;
  };
  return write(root, 0) as T;
}

/** The draft's strategies (an empty list when the field is not a list). */
export function strategiesOf(draft: Draft): Json[] {
  return Array.isArray(draft.strategies) ? draft.strategies : [];
}

/** A name not yet used by another strategy: "base", "base 2", "base 3"… */
export function uniqueName(base: string, taken: readonly string[]): string {
  const clean = base.replace(/ \d+$/, '') || 'Strategy';
  if (!taken.includes(base)) return base;
  for (let k = 2; ; k++) if (!taken.includes(`${clean} ${k}`)) return `${clean} ${k}`;
}

function names(draft: Draft): string[] {
  return strategiesOf(draft).map((s) => (isObject(s) && typeof s.name === 'string' ? s.name : ''));
}

/** Strategy edits; `colors` (palette index per strategy) moves with them. */
export interface StrategiesState {
  draft: Draft;
  colors: number[];
}

/**
 * The palette index of each strategy: the given ones where valid, and for new strategies (or
 * invalid entries) the first palette colour no other strategy uses.
 */
export function normaliseColors(colors: readonly number[] | null | undefined, count: number): number[] {
  const valid = (c: number | undefined): c is number => c !== undefined && Number.isInteger(c) && c >= 0 && c < STRATEGY_PALETTE_SIZE;
  const out: number[] = Array.from({ length: count }, (_, i) => (valid(colors?.[i]) ? colors![i] : -1));
  for (let i = 0; i < count; i++) {
    if (out[i] >= 0) continue;
    let c = 0;
    while (c < STRATEGY_PALETTE_SIZE && out.includes(c)) c++;
    out[i] = c < STRATEGY_PALETTE_SIZE ? c : i % STRATEGY_PALETTE_SIZE;
  }
  return out;
}

/**
 * "Add strategy": a copy of the baseline (strategy 1), so the new one differs from it only in
 * what the user changes next; `nameFor` gives its name (the page: the default name of the
 * settings, which then follows them). Without a baseline, ten random seed users.
 */
export function addStrategy(state: StrategiesState, nameFor: (strategy: Json) => string = () => 'New strategy'): StrategiesState {
  const list = strategiesOf(state.draft);
  if (list.length >= MAX_STRATEGIES) return state;
  const baseline = isObject(list[0]) ? (structuredClone(list[0]) as { [key: string]: Json }) : { seeding: { method: 'random', count: 10 } };
  const template: Json = { ...baseline, name: uniqueName(nameFor(baseline), names(state.draft)) };
  const colors = normaliseColors([...state.colors, -1], list.length + 1);
  return { draft: { ...state.draft, strategies: [...list, template] }, colors };
}

export function duplicateStrategy(state: StrategiesState, index: number): StrategiesState {
  const list = strategiesOf(state.draft);
  if (list.length >= MAX_STRATEGIES || !list[index]) return state;
  const copy = structuredClone(list[index]);
  if (isObject(copy)) copy.name = uniqueName(`${typeof copy.name === 'string' ? copy.name : 'Strategy'} copy`, names(state.draft));
  const next = [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
  const colors = [...state.colors.slice(0, index + 1), -1, ...state.colors.slice(index + 1)];
  return { draft: { ...state.draft, strategies: next }, colors: normaliseColors(colors, next.length) };
}

export function deleteStrategy(state: StrategiesState, index: number): StrategiesState {
  const list = strategiesOf(state.draft);
  if (list.length <= 1 || !list[index]) return state;
  return {
    draft: { ...state.draft, strategies: list.filter((_, i) => i !== index) },
    colors: state.colors.filter((_, i) => i !== index),
  };
}

/** Move strategy `index` by `delta` places (−1 = up/left). The first strategy is the baseline. */
export function moveStrategy(state: StrategiesState, index: number, delta: number): StrategiesState {
  const list = [...strategiesOf(state.draft)];
  const to = index + delta;
  if (!list[index] || to < 0 || to >= list.length) return state;
  const colors = [...state.colors];
  [list[index], list[to]] = [list[to], list[index]];
  [colors[index], colors[to]] = [colors[to], colors[index]];
  return { draft: { ...state.draft, strategies: list }, colors };
}

/** Switch the network kind: keep nodes, KOLs and resample; take the new kind's other fields from its template. */
export function switchNetworkKind(draft: Draft, kind: string): Draft {
  const old = isObject(draft.network) ? draft.network : {};
  const template = ownEntry(NETWORK_TEMPLATES, kind) ?? { kind };
  const network: { [key: string]: Json } = { ...template, nodes: typeof old.nodes === 'number' ? old.nodes : 5000 };
  if (typeof old.resample === 'boolean') network.resample = old.resample;
  if (kind !== 'fully-mixed' && isObject(old.kols)) network.kols = old.kols;
  return { ...draft, network };
}

/** Switch the model kind: the new kind's template; leaving the dividend model strips the strategy levers. */
export function switchModelKind(draft: Draft, kind: string): Draft {
  const model = structuredClone(ownEntry(MODEL_TEMPLATES, kind) ?? { kind }) as Json;
  let strategies = strategiesOf(draft);
  if (kind !== 'dividend') {
    strategies = strategies.map((s) => {
      if (!isObject(s)) return s;
      const copy = { ...s };
      for (const key of LEVER_KEYS) delete copy[key];
      const seeding = copy.seeding;
      if (isObject(seeding) && seeding.method === 'core-fans') copy.seeding = { ...seeding, method: 'random' };
      return copy;
    });
  }
  return { ...draft, model, strategies };
}

/** One `path: reason` problem, split. */
export interface Problem {
  path: string;
  reason: string;
}

/** A validator problem as the page places it: a path (`scenario` for the file as a whole) and the reason as data. */
export interface PlacedProblem {
  path: string;
  reason: Reason;
}

/** The validator's problems, placed: a problem without a path is about the whole scenario. */
export function placeProblems(problems: readonly ScenarioProblem[]): PlacedProblem[] {
  return problems.map((p) => ({ path: p.path ?? 'scenario', reason: p.reason }));
}

/** Split English validator lines `path: reason` (a line without a path is about the whole scenario). */
export function parseProblems(lines: readonly string[]): Problem[] {
  return lines.map((line) => {
    const m = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[\w$]+)*): (.*)$/s.exec(line);
    return m ? { path: m[1], reason: m[2] } : { path: 'scenario', reason: line };
  });
}

/** Problems about `path` or anything inside it. */
export function problemsAt<P extends { path: string }>(problems: readonly P[], path: string): P[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

/** Pretty JSON of the draft, as downloaded and as stored in links (remembered per draft object: drafts are never mutated). */
export function draftText(draft: Draft): string {
  return scenarioText(draft);
}
