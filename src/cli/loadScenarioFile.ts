/**
 * Reading a scenario file for the CLI. Besides the public format, the CLI accepts
 * `network.file` for an edge list: a path relative to the scenario file whose text is read
 * into `network.edges` before validation (the browser has no files, so the validator itself
 * only knows `edges`). Command-line overrides are applied to the raw JSON and validated
 * exactly like fields written in the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseBoundedJson } from '../scenario/boundedJson';
import { isPlainObject } from '../scenario/fields';
import { problemLine } from '../scenario/problemText';
import { MAX_EDGE_LIST_LENGTH } from '../scenario/limits';
import { validateScenario, type ValidationResult } from '../scenario/validateScenario';
import { describeFsError, UserError } from './userError';

/** Largest scenario file read (an inline edge list makes files large; 4 bytes per char at worst). */
const MAX_SCENARIO_FILE_BYTES = 4 * MAX_EDGE_LIST_LENGTH;

/** Top-level fields that can be overridden from the command line, e.g. `--runs 500`. */
export interface ScenarioOverrides {
  runs?: string;
  seed?: string;
}

/** Read a text file, turning file-system failures into one-line user errors. */
async function readText(path: string, what: string, maxBytes: number): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`cannot read ${what} ${path}: is a directory, not a file`);
    if (info.size > maxBytes) throw new UserError(`cannot read ${what} ${path}: larger than ${maxBytes} bytes`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${what} ${path}: ${describeFsError(error)}`);
  }
}

/**
 * The raw JSON of a scenario file with `network.file` resolved into `network.edges`.
 * Invalid JSON and unreadable files throw UserError; field problems are left to validation.
 */
export async function readScenarioJson(path: string): Promise<unknown> {
  const text = await readText(path, 'scenario file', MAX_SCENARIO_FILE_BYTES);
  // Bounded before parsing: depth, fields and list lengths, so nothing later can overflow the stack.
  const parsed = parseBoundedJson(text, { maxLength: MAX_SCENARIO_FILE_BYTES });
  if (!parsed.ok) throw new UserError(`${path}: ${problemLine(parsed.problem)}`);
  const raw = parsed.value;
  if (!isPlainObject(raw) || !isPlainObject(raw.network) || !('file' in raw.network)) return raw;

  // Object spread defines own properties, so even a "__proto__" key stays plain data here.
  const { file, ...network } = raw.network;
  if (typeof file !== 'string' || file === '') throw new UserError(`${path}: network.file: must be the path of an edge-list file`);
  if ('edges' in network) throw new UserError(`${path}: network: give either edges or file, not both`);
  const edgesPath = resolve(dirname(path), file);
  const edges = await readText(edgesPath, 'edge-list file', 4 * MAX_EDGE_LIST_LENGTH);
  return { ...raw, network: { ...network, edges } };
}

/** Apply overrides to the raw JSON (numbers stay numbers; anything else goes to the validator as text). */
export function applyOverrides(raw: unknown, overrides: ScenarioOverrides): unknown {
  if (!isPlainObject(raw)) return raw;
  const out: Record<string, unknown> = { ...raw };
  if (overrides.runs !== undefined) out.runs = numberOrText(overrides.runs);
  if (overrides.seed !== undefined) out.seed = overrides.seed;
  return out;
}

function numberOrText(text: string): number | string {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text) ? Number(text) : text;
}

/** Read, override and validate a scenario file. Problems with overridden fields name the option. */
export async function loadScenarioFile(path: string, overrides: ScenarioOverrides = {}): Promise<ValidationResult> {
  const raw = applyOverrides(await readScenarioJson(path), overrides);
  const result = validateScenario(raw);
  if (result.ok) return result;
  const errors = result.errors.map((line) => {
    for (const field of Object.keys(overrides) as (keyof ScenarioOverrides)[]) {
      if (overrides[field] !== undefined && line.startsWith(`${field}: `))
        return `${field} (from --${field}): ${line.slice(field.length + 2)}`;
    }
    return line;
  });
  return { ok: false, errors };
}
