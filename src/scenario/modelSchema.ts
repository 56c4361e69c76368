/**
 * Scenario section `model`: one strict shape per model kind, picked by `kind`.
 * Adding a model is a local change: add its shape to the union's list and its kind to
 * MODEL_KINDS, plus any cross-field warnings in modelWarnings. The dividend model's shape is in
 * dividendModelSchema.ts (its ranges and defaults come from the model's own contract).
 */
import { z } from 'zod';
import type { DividendModelSpec } from '../core/dividend/dividendSpec';
import type { ModelSpec } from '../core/models/modelSpec';
import { dividendModelShape } from './dividendModelSchema';
import { kindUnion, numberField, objectField } from './fields';
import type { ScenarioProblem } from './reasons';

/** Any model a scenario can name: the canonical ones and the dividend model. */
export type ScenarioModel = ModelSpec | DividendModelSpec;

/** Model kinds, in the order they are listed in error messages and docs. */
export const MODEL_KINDS = ['independent-cascade', 'linear-threshold', 'bass', 'dividend'] as const satisfies readonly ScenarioModel['kind'][];

const independentCascade = objectField({
  kind: z.literal('independent-cascade'),
  probability: numberField(0, 1),
});

const linearThreshold = objectField({
  kind: z.literal('linear-threshold'),
  threshold: numberField(0, 1),
  thresholdSpread: numberField(0, 1).default(0),
});

const bass = objectField({
  kind: z.literal('bass'),
  innovation: numberField(0, 1),
  imitation: numberField(0, 1),
});

/** The `model` section. */
export const modelSchema = kindUnion([independentCascade, linearThreshold, bass, dividendModelShape], MODEL_KINDS);

export type ParsedModel = z.output<typeof modelSchema>;

/** Valid but surprising model settings, worth a word to the user. */
export function modelWarnings(model: ScenarioModel): ScenarioProblem[] {
  const warnings: ScenarioProblem[] = [];
  if (model.kind === 'bass' && model.innovation + model.imitation > 1) warnings.push({ path: 'model', reason: { code: 'bassAbove1' } });
  return warnings;
}
