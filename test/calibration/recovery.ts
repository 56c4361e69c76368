/**
 * Recovery on synthetic observations: the observed campaign is run `1000 + rep` of the small
 * world with known true values (a run index the calibration never simulates), and the calibration
 * fits content quality and the buying plateau — plus economics.valuePerConversion, which changes
 * none of the observed columns (no rewards are paid), so its posterior must stay as wide as its
 * prior. Shared by the test (a few repetitions) and the coverage measurement script.
 */
import { calibrate } from '../../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS, type AbcOptions } from '../../src/calibration/abcOptions';
import { buildCalibrationResult, type CalibrationResult } from '../../src/calibration/calibrationResult';
import { planFit, type FitSpec } from '../../src/calibration/fitParams';
import { inlineEvaluator } from '../../src/calibration/particleEvaluator';
import { observedFromModel, smallWorld, TRUTH } from './fixtures';

export const RECOVERY_OPTIONS: AbcOptions = { ...DEFAULT_ABC_OPTIONS, particles: 80, generations: 10, runsPerParticle: 10 };

export const RECOVERY_FITS: FitSpec[] = [
  { path: 'strategies[0].content.quality', lo: 0.1, hi: 1 },
  { path: 'model.conversion.plateau', lo: 0.05, hi: 0.8 },
  { path: 'model.economics.valuePerConversion', lo: 1, hi: 100 },
];

export async function recoveryRun(rep: number, fits: FitSpec[] = RECOVERY_FITS, options: AbcOptions = RECOVERY_OPTIONS): Promise<CalibrationResult> {
  const scenario = smallWorld();
  const observed = observedFromModel(scenario, [['strategies', 0, 'content', 'quality'], ['model', 'conversion', 'plateau']], [TRUTH.quality, TRUTH.plateau], 1000 + rep);
  const plan = planFit(scenario, fits, { runsPerParticle: options.runsPerParticle });
  const state = await calibrate({ plan, observed, options }, inlineEvaluator());
  return buildCalibrationResult({ scenario, strategy: 'campaign', observed, params: plan.params, options, state, meta: {} });
}

/** True values by fitted path (valuePerConversion: the scenario's own, which nothing observed depends on). */
export const TRUE_BY_PATH: Record<string, number> = {
  'strategies[0].content.quality': TRUTH.quality,
  'model.conversion.plateau': TRUTH.plateau,
};
