/**
 * Calibration benchmark: fit 3 parameters of the bundled synthetic campaign (a 10,000-person world,
 * calibration/synthetic-campaign.json, one week of 168 hours, observed one row every 12 hours) with
 * ABC-SMC on the Node pool with 2 workers — wall time including worker start-up — and how close the
 * posterior lands to the true values the observations were generated from.
 *
 *   npx tsx bench/calibration.ts        (or: npm run bench -- calibration)
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { calibrate } from '../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS, type AbcOptions } from '../src/calibration/abcOptions';
import { withNodePoolEvaluator } from '../src/calibration/calibrationPool.node.ts';
import { buildCalibrationResult } from '../src/calibration/calibrationResult';
import { planFit } from '../src/calibration/fitParams';
import { parseObservedCsv } from '../src/calibration/observedTimeline';
import { validateScenario } from '../src/scenario/validateScenario';

export interface CalibrationBenchRow {
  name: string;
  value: number;
  unit: string;
}

const FITS = [
  { path: 'strategies[0].content.quality', lo: 0.05, hi: 0.5, truth: 0.2 },
  { path: 'model.conversion.plateau', lo: 0.02, hi: 0.3, truth: 0.12 },
  { path: 'model.advocacy', lo: 0, hi: 0.6, truth: 0.25 },
];

export const BENCH_OPTIONS: AbcOptions = { ...DEFAULT_ABC_OPTIONS };

export async function benchCalibration(workers = 2, options: AbcOptions = BENCH_OPTIONS): Promise<CalibrationBenchRow[]> {
  const read = (name: string) => readFileSync(new URL(`../calibration/${name}`, import.meta.url), 'utf8');
  const checked = validateScenario(JSON.parse(read('synthetic-campaign.json')));
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  const scenario = checked.scenario;
  const observed = parseObservedCsv(read('synthetic-campaign-observed.csv'));
  const plan = planFit(scenario, FITS, { runsPerParticle: options.runsPerParticle });
  const started = performance.now();
  const state = await withNodePoolEvaluator(workers, (evaluate) => calibrate({ plan, observed, options }, evaluate));
  const wall = performance.now() - started;
  const result = buildCalibrationResult({ scenario, strategy: scenario.strategies[0].name, observed, params: plan.params, options, state, meta: {} });
  const label = `calibrate 3 parameters of a 10,000-person world (N ${options.particles} particles, up to G ${options.generations} generations, R ${options.runsPerParticle} runs per particle), ${workers} workers`;
  const rows: CalibrationBenchRow[] = [
    { name: `${label}: wall time`, value: wall / 1000, unit: 's' },
    { name: 'calibration: generations run', value: result.diagnostics.generations.length, unit: '' },
    { name: 'calibration: runs simulated', value: result.diagnostics.simulations, unit: '' },
    { name: 'calibration: final tolerance', value: result.diagnostics.finalTolerance ?? NaN, unit: '' },
  ];
  result.parameters.forEach((p, i) => {
    rows.push({ name: `calibration: ${p.path} (truth ${FITS[i].truth}) posterior mean`, value: p.mean, unit: '' });
    rows.push({ name: `calibration: ${p.path} 90 % interval low`, value: p.p05, unit: '' });
    rows.push({ name: `calibration: ${p.path} 90 % interval high`, value: p.p95, unit: '' });
  });
  rows.push({ name: `calibration: stopped because ${result.diagnostics.stoppedBecause}`, value: 1, unit: '' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchCalibration();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = Math.abs(r.value) >= 100 ? r.value.toFixed(0) : r.value.toFixed(3);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit}`);
  }
}
