/**
 * Parameter paths: which number of a scenario a sweep moves. A path is written the way a person
 * reads the scenario JSON — `strategies[0].content.quality`, `model.economics.costPerSeed`,
 * `runs` — and `[*]` stands for every entry of a list (`strategies[*].seeding.count` moves the
 * seed count of every strategy together).
 *
 * Paths are resolved against the VALIDATED scenario (defaults filled), so a lever the file left
 * out (`content.quality` defaults to 0.3) can still be swept. Setting a value copies only the
 * objects along the path: the rest of the variant is shared with the base scenario, so a 100 MB
 * edge list is never copied per grid point (and the worker's network cache still recognises it).
 */
import { isPlainObject } from '../scenario/fields';
import { formatPath } from '../scenario/issues';
import { SweepInputError } from './sweepError';

/** One step of a parsed path: an object key, a list index, or every entry of a list. */
export type PathStep = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'every' };

/** A path with every `[*]` expanded: object keys and list indices. */
export type ConcretePath = readonly (string | number)[];

/** Longest path accepted (a path is typed by a person; anything longer is a mistake). */
export const MAX_PATH_LENGTH = 200;
/** Field names listed in an "unknown field" message. */
const MAX_LISTED_FIELDS = 12;

const STEP = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d{1,9}|\*)\])/;
const FIRST = /^[A-Za-z_][A-Za-z0-9_]*/;

const EXAMPLE = 'a path like strategies[0].content.quality or model.economics.costPerSeed';

/** Parse `strategies[*].content.quality` into steps; throws SweepInputError on bad syntax. */
export function parseParamPath(text: string): PathStep[] {
  if (text.length === 0 || text.length > MAX_PATH_LENGTH) throw new SweepInputError(`parameter path: must be ${EXAMPLE}`);
  const first = FIRST.exec(text);
  if (!first) throw new SweepInputError(`${shown(text)}: not a parameter path; must be ${EXAMPLE}`);
  const steps: PathStep[] = [{ kind: 'key', key: first[0] }];
  let rest = text.slice(first[0].length);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) throw new SweepInputError(`${shown(text)}: not a parameter path (cannot read "${shown(rest)}"); must be ${EXAMPLE}`);
    if (m[1] !== undefined) steps.push({ kind: 'key', key: m[1] });
    else if (m[2] === '*') steps.push({ kind: 'every' });
    else steps.push({ kind: 'index', index: Number(m[2]) });
    rest = rest.slice(m[0].length);
  }
  return steps;
}

/** A user's text, shortened and stripped of control characters for a one-line message. */
function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Every concrete numeric field the path names in `scenario` (one, or one per list entry for
 * `[*]`). A field may hold a number, or null where a number is allowed (`content.halfLife`,
 * `ads.to`, `fatigue.tolerance`): the validator judges the value later. Throws SweepInputError
 * naming the path for unknown fields, missing entries and non-numeric fields.
 */
export function expandParamPath(scenario: unknown, steps: readonly PathStep[]): ConcretePath[] {
  const out: ConcretePath[] = [];
  const walk = (value: unknown, at: (string | number)[], i: number): void => {
    if (i === steps.length) {
      if (value === null || (typeof value === 'number' && Number.isFinite(value))) out.push(at);
      else throw new SweepInputError(`${formatPath(at)}: not a numeric field (it is ${describe(value)}); only numbers can be swept`);
      return;
    }
    const step = steps[i];
    if (step.kind === 'key') {
      if (value === null) throw new SweepInputError(`${formatPath(at)}: is null in the scenario; give it a value in the file before sweeping ${step.key}`);
      if (!isPlainObject(value)) throw new SweepInputError(`${formatPath(at)}: is ${describe(value)}, so it has no field "${step.key}"`);
      // Own fields only: "__proto__" or "constructor" are never fields of a validated scenario.
      if (!Object.prototype.hasOwnProperty.call(value, step.key)) {
        const fields = Object.keys(value);
        const listed = fields.slice(0, MAX_LISTED_FIELDS).join(', ') + (fields.length > MAX_LISTED_FIELDS ? ', …' : '');
        throw new SweepInputError(`${formatPath([...at, step.key])}: unknown path (${formatPath(at)} has the fields ${listed})`);
      }
      walk(value[step.key], [...at, step.key], i + 1);
      return;
    }
    if (!Array.isArray(value)) throw new SweepInputError(`${formatPath(at)}: is ${describe(value)}, not a list, so [${step.kind === 'every' ? '*' : step.index}] does not apply`);
    if (step.kind === 'index') {
      if (step.index >= value.length) throw new SweepInputError(`${formatPath([...at, step.index])}: no such entry (${formatPath(at)} has ${value.length})`);
      walk(value[step.index], [...at, step.index], i + 1);
      return;
    }
    if (value.length === 0) throw new SweepInputError(`${formatPath(at)}[*]: the list is empty`);
    value.forEach((entry, k) => walk(entry, [...at, k], i + 1));
  };
  walk(scenario, [], 0);
  return out;
}

/** The value at a concrete path (undefined when absent). */
export function valueAt(root: unknown, path: ConcretePath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with `value` at each of `paths`. Only the objects and lists along the paths
 * are copied; everything else is shared with `root`, which is left untouched.
 */
export function withValues(root: unknown, paths: readonly ConcretePath[], value: number): unknown {
  const copied = new Set<unknown>();
  const copy = (v: unknown): unknown => {
    const c = Array.isArray(v) ? [...v] : { ...(v as Record<string, unknown>) };
    copied.add(c);
    return c;
  };
  const result = copy(root);
  for (const path of paths) {
    let node = result as Record<string | number, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const child = node[path[i]];
      const next = copied.has(child) ? child : copy(child);
      node[path[i]] = next;
      node = next as Record<string | number, unknown>;
    }
    node[path[path.length - 1]] = value;
  }
  return result;
}

export { formatPath };
