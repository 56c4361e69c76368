/**
 * Measures the coverage of the calibration's 90 % intervals on synthetic campaigns (the setting of
 * recovery.test.ts, with more repetitions): npx tsx test/calibration/measureCoverage.ts [REPETITIONS]
 */
import { recoveryRun, TRUE_BY_PATH } from './recovery';
const reps = Number(process.argv[2] ?? 10);
const hits: Record<string, number> = {};
const t0 = performance.now();
for (let rep = 0; rep < reps; rep++) {
  const r = await recoveryRun(rep);
  const line = r.parameters.map((p) => {
    const truth = TRUE_BY_PATH[p.path];
    if (truth !== undefined) hits[p.path] = (hits[p.path] ?? 0) + (p.p05 <= truth && truth <= p.p95 ? 1 : 0);
    return `${p.path.split('.').pop()} ${p.mean.toFixed(3)} [${p.p05.toFixed(3)}, ${p.p95.toFixed(3)}] ratio ${p.spreadRatio.toFixed(2)}`;
  });
  console.log(rep, line.join(' | '), r.diagnostics.stoppedBecause, r.diagnostics.generations.length, r.diagnostics.unidentified.join(','), r.observed.columns.reached!.at(-1), r.observed.columns.converted!.at(-1));
}
console.log('coverage', hits, 'of', reps, 'ms', performance.now() - t0);
