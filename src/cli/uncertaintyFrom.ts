/**
 * `lab run FILE --uncertainty-from CALIBRATION.json`: the scenario's uncertainty becomes a
 * calibration's posterior — one entry `{distribution: {kind: "posterior", paths, particles}}`
 * with the calibration's fitted paths and its weighted particles, so each run draws one particle
 * (the fitted values jointly, keeping their correlations). It replaces any `uncertainty` the file
 * declares. The entry is validated like one written in the file.
 *
 * A fitted path of the strategy that ran (`strategies[k].content.quality`, k that strategy's
 * index in the calibrated scenario) is applied to every strategy of the comparison
 * (`strategies[*].content.quality`): the calibration measured the content, and the strategies
 * compared are ways of launching it. A strategy with other content should be calibrated on its own.
 */
import { readFile, stat } from 'node:fs/promises';
import { isPlainObject } from '../scenario/fields';
import { validateScenario, type ValidationResult } from '../scenario/validateScenario';
import { applyOverrides, readScenarioJson, type ScenarioOverrides } from './loadScenarioFile';
import { posteriorEntry as posteriorEntryOf } from '../calibration/posteriorUncertainty';
import { describeFsError, UserError } from './userError';

/** posteriorEntry with its problems as one-line user errors. */
export function posteriorEntry(calibration: unknown, label: string): { entry: unknown; notes: string[] } {
  const made = posteriorEntryOf(calibration);
  if (!made.ok) throw new UserError(`${label}: ${made.problem}; expected the JSON of npm run lab -- calibrate`);
  return made;
}

/** Largest calibration file read (20,000 particles × 8 values is a few MB). */
const MAX_CALIBRATION_BYTES = 64 * 1024 * 1024;

async function readCalibration(path: string): Promise<unknown> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`cannot read calibration ${path}: is a directory, not a file`);
    if (info.size > MAX_CALIBRATION_BYTES) throw new UserError(`cannot read calibration ${path}: larger than ${MAX_CALIBRATION_BYTES} bytes`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read calibration ${path}: ${describeFsError(error)}`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UserError(`${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Read and validate a scenario file whose uncertainty is the posterior of `calibrationPath`. */
export async function loadScenarioWithPosterior(
  file: string,
  calibrationPath: string,
  overrides: ScenarioOverrides,
): Promise<ValidationResult & { notes: string[] }> {
  const { entry, notes } = posteriorEntry(await readCalibration(calibrationPath), calibrationPath);
  const raw = applyOverrides(await readScenarioJson(file), overrides);
  const withPosterior = isPlainObject(raw) ? { ...raw, uncertainty: [entry] } : raw;
  const result = validateScenario(withPosterior);
  if (result.ok) return { ...result, notes };
  const errors = result.errors.map((line) => (line.startsWith('uncertainty') ? `${line} (from --uncertainty-from ${calibrationPath})` : line));
  return { ok: false, errors, notes };
}
