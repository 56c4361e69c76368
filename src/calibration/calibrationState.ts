/**
 * Reading a calibration state (the JSON the CLI's `--state FILE` writes after every generation).
 * The state is checked for shape before use; whether it belongs to this calibration is decided by
 * its fingerprint (abcSmc.ts). A hand-edited or truncated file is a one-line user error.
 */
import { z } from 'zod';
import type { CalibrationState } from './abcState';
import { CalibrationInputError } from './calibrationError';

const finite = z.number().refine(Number.isFinite);
const particle = z.object({ latent: z.array(finite), values: z.array(finite), weight: finite, distances: z.array(finite) });
const generation = z.object({
  tolerance: finite.nullable(),
  acceptanceRate: finite,
  particles: z.number().int().nonnegative(),
  simulations: z.number().int().nonnegative(),
  ess: finite.nullable(),
  completed: z.boolean(),
  noise: finite.nullable(),
});
const column = z.object({ observed: z.array(finite.nullable()), mean: z.array(finite), p05: z.array(finite), p95: z.array(finite) });
const stateSchema = z.object({
  kind: z.literal('calibration-state'),
  version: z.literal(1),
  fingerprint: z.string(),
  generations: z.array(generation).min(1),
  population: z.array(particle).min(1),
  predictive: z.object({ step: z.array(z.number().int()), columns: z.partialRecord(z.enum(['reached', 'shared', 'converted']), column) }),
  nextTolerance: finite,
  stoppedBecause: z.enum(['generations', 'tolerance', 'noise', 'acceptance']).nullable(),
});

/** Parse the text of a state file; CalibrationInputError naming `label` when it is not one. */
export function parseCalibrationState(text: string, label: string): CalibrationState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CalibrationInputError({ key: 'calibrationInput.stateNotJson', params: { label } });
  }
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CalibrationInputError({ key: 'calibrationInput.stateShape', params: { label, where: issue.path.join('.') || 'top level', problem: issue.message } });
  }
  return parsed.data as CalibrationState;
}

/** The state as JSON text (numbers round-trip exactly). */
export function calibrationStateJson(state: CalibrationState): string {
  return `${JSON.stringify(state)}\n`;
}
