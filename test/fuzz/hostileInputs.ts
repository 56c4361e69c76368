/**
 * Seeded generators of hostile scenario input — links and files a careless or hostile user could
 * hand the app — shared by the Node fuzz suite and the Chromium batch. Each case is text (a
 * scenario file's content) or a whole link hash; the same seed gives the same cases.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A small seeded generator (mulberry32): tests only, never the simulation's randomness. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)];

/** The preset scenarios and lessons, as text: the "real links" that get cut and flipped. */
export function realScenarios(): string[] {
  const dir = new URL('../../scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}

export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

/** Markup and script that must only ever be shown as text; `window.__injected` is set if one runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__injected=1">',
  '<script>window.__injected=1</script>',
  '"><svg onload="window.__injected=1">',
  'javascript:window.__injected=1',
  '{{constructor.constructor("window.__injected=1")()}}',
  '\u001b]0;owned\u0007\u001b[2J',
  '\u202eevil\u202c',
  '=HYPERLINK("http://x")',
  '${window.__injected=1}',
  '\u0000\u0001\u0002',
];

const KIND_PATHS: (readonly (string | number)[])[] = [
  ['network', 'kind'],
  ['model', 'kind'],
  ['model', 'platform'],
  ['strategies', 0, 'seeding', 'method'],
];
const TEXT_PATHS: (readonly (string | number)[])[] = [
  ['name'],
  ['description'],
  ['seed'],
  ['strategies', 0, 'name'],
  ['network', 'kind'],
  ['model', 'kind'],
  ['network', 'edges'],
  ['strategies', 0, 'seeding', 'method'],
];

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let at: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const next = at[path[i]];
    if (typeof next !== 'object' || next === null) at[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[path[i]] as Record<string | number, unknown>;
  }
  at[path[path.length - 1]] = value;
}

function randomValue(r: Rand, depth = 0): unknown {
  switch (int(r, depth > 2 ? 7 : 9)) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return pick(r, [0, -1, 1e308, -1e-308, 0.5, 2 ** 53, 1e21, 7]);
    case 3:
      return pick(r, ['', 'x'.repeat(int(r, 300)), pick(r, PAYLOADS), pick(r, PROTOTYPE_NAMES), '1e3', 'NaN']);
    case 4:
      return pick(r, PROTOTYPE_NAMES);
    case 5:
      return pick(r, PAYLOADS);
    case 6:
      return int(r, 1_000_000) - 1000;
    case 7:
      return Array.from({ length: int(r, 5) }, () => randomValue(r, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: int(r, 4) }, () => [pick(r, [...PROTOTYPE_NAMES, 'kind', 'nodes', 'x', pick(r, PAYLOADS)]), randomValue(r, depth + 1)]));
  }
}

/** One hostile case: what kind it is (for the report) and the scenario text. */
export interface FuzzCase {
  kind: string;
  text: string;
}

/** The case generators, by kind; each takes the generator and the real scenarios. */
export const GENERATORS: Record<string, (r: Rand, real: readonly string[]) => string> = {
  randomBytes: (r) => String.fromCharCode(...Array.from({ length: int(r, 400) }, () => int(r, 256))),
  randomUnicode: (r) => Array.from({ length: int(r, 200) }, () => String.fromCodePoint(int(r, 0x2ffff) & 0xd7ff)).join(''),
  truncated: (r, real) => {
    const text = pick(r, real);
    return text.slice(0, int(r, text.length));
  },
  bitFlipped: (r, real) => {
    const chars = [...pick(r, real)];
    for (let k = 1 + int(r, 4); k > 0; k--) {
      const i = int(r, chars.length);
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) ^ (1 << int(r, 7)));
    }
    return chars.join('');
  },
  deepNesting: (r) => {
    const depth = 20 + int(r, 20_000);
    const open = pick(r, ['[', '{"a":', '{"strategies":[', '[{"x":']);
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : open === '{"strategies":[' ? ']}' : '}]';
    return `${open.repeat(depth)}1${r() < 0.8 ? close.repeat(depth) : ''}`;
  },
  hugeLists: (r, real) => {
    const s = JSON.parse(pick(r, real)) as Record<string, unknown>;
    const n = pick(r, [9, 100, 5_000, 100_000]);
    const which = int(r, 4);
    if (which === 0) s.strategies = Array.from({ length: n }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } }));
    if (which === 1) setAt(s, ['strategies', 0, 'content', 'waves'], Array.from({ length: n }, (_, i) => i));
    if (which === 2) setAt(s, ['strategies', 0, 'seeding'], { method: 'manual', nodes: Array.from({ length: n }, (_, i) => i) });
    if (which === 3) for (let i = 0; i < n; i++) s[`unknown${i}`] = i;
    return JSON.stringify(s);
  },
  prototypeNames: (r, real) => {
    const s = JSON.parse(pick(r, real)) as Record<string, unknown>;
    setAt(s, pick(r, KIND_PATHS), pick(r, PROTOTYPE_NAMES));
    // Also as keys, written into the text so that "__proto__" stays an own key.
    return JSON.stringify(s).replace(/^\{/, `{"${pick(r, PROTOTYPE_NAMES)}": ${JSON.stringify(randomValue(r))},`);
  },
  markup: (r, real) => {
    const s = JSON.parse(pick(r, real)) as Record<string, unknown>;
    for (const path of TEXT_PATHS) if (r() < 0.5) setAt(s, path, pick(r, PAYLOADS) + (r() < 0.3 ? pick(r, PAYLOADS) : ''));
    return JSON.stringify(s);
  },
  mutated: (r, real) => {
    const s = JSON.parse(pick(r, real)) as Record<string, unknown>;
    for (let k = 1 + int(r, 3); k > 0; k--) setAt(s, pick(r, [...KIND_PATHS, ...TEXT_PATHS, ['runs'], ['steps'], ['version'], ['network', 'nodes'], ['network'], ['strategies'], ['model'], ['strategies', 0]]), randomValue(r));
    return JSON.stringify(s);
  },
};

/** `count` cases from `seed`, kinds in turn. */
export function fuzzCases(seed: number, count: number, real = realScenarios()): FuzzCase[] {
  const r = seededRandom(seed);
  const kinds = Object.keys(GENERATORS);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length];
    return { kind, text: GENERATORS[kind](r, real) };
  });
}

/**
 * The smallest piece of `text` (by halving and trimming) on which `fails` still fails, so that a
 * failing case prints a reproducer a person can read.
 */
export function shrink(text: string, fails: (text: string) => boolean, maxTries = 200): string {
  let best = text;
  let tries = 0;
  for (let chunk = Math.floor(best.length / 2); chunk >= 1 && tries < maxTries; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at + chunk <= best.length && tries < maxTries; ) {
      const candidate = best.slice(0, at) + best.slice(at + chunk);
      tries++;
      if (fails(candidate)) best = candidate;
      else at += chunk;
    }
  }
  return best;
}
