import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';

const dir = mkdtempSync(join(tmpdir(), 'calibrate-cli-'));
const scenarioFile = join(dir, 'world.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    version: 2,
    name: 'cli calibration',
    seed: 'cli-calibration',
    runs: 10,
    steps: 48,
    network: { kind: 'communities', nodes: 200, communities: 4, meanDegree: 8, mixing: 0.15 },
    model: { kind: 'dividend', organicDemand: 0 },
    strategies: [{ name: 'campaign', seeding: { method: 'random', count: 15 }, content: { quality: 0.5 } }],
  }),
);
const observedFile = join(dir, 'observed.csv');
writeFileSync(observedFile, 'step,reached,converted\n0,60,1\n12,80,3\n24,95,4\n48,100,5\n');
const small = ['--particles', '12', '--generations', '2', '--runs-per-particle', '3', '--workers', '1'];
const fit = ['--fit', 'strategies[0].content.quality=0.1:0.9'];

describe('lab calibrate', () => {
  it('prints the calibration as JSON and the posterior as CSV', async () => {
    const { code, stdout, stderr } = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, '--fit', 'model.advocacy=0:0.5', ...small);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.kind).toBe('calibration');
    expect(result.parameters.map((p: { path: string; prior: number[] }) => [p.path, p.prior])).toEqual([
      ['strategies[0].content.quality', [0.1, 0.9]],
      ['model.advocacy', [0, 0.5]],
    ]);
    for (const p of result.parameters) expect(p.p05 <= p.p50 && p.p50 <= p.p95).toBe(true);
    expect(result.posterior).toHaveLength(12);
    expect(result.correlations.matrix[0][0]).toBe(1);
    // Steps 0 … 48 (an even grid of ≤ 200 steps covers them all) with the observed values in place.
    expect(result.predictive.step).toEqual(Array.from({ length: 49 }, (_, t) => t));
    expect(result.predictive.reached.observed[12]).toBe(80);
    expect(result.predictive.reached.observed[13]).toBe(null);
    expect(result.predictive.converted.mean).toHaveLength(49);
    for (const c of ['reached', 'converted']) {
      const band = result.predictive[c];
      band.mean.forEach((m: number, t: number) => expect(band.p05[t] <= m + 1e-9 && m <= band.p95[t] + 1e-9).toBe(true));
    }
    expect(result.diagnostics.generations).toHaveLength(2);
    expect(result.diagnostics.stoppedBecause).toBe('generations');
    const csv = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, '--fit', 'model.advocacy=0:0.5', ...small, '--format', 'csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('weight,strategies[0].content.quality,model.advocacy');
    expect(lines).toHaveLength(13);
    expect(Number(lines[1].split(',')[1])).toBe(result.posterior[0].values[0]);
  });

  it('writes its state and resumes from it with the same numbers', async () => {
    const state = join(dir, 'state.json');
    const first = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, ...small, '--state', state);
    expect(first.code).toBe(0);
    expect(existsSync(state)).toBe(true);
    const again = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, ...small, '--state', state, '--workers', '2');
    expect(again.stderr).toEqual([]);
    const strip = (text: string) => ({ ...JSON.parse(text), meta: null });
    expect(strip(again.stdout)).toEqual(strip(first.stdout));
    expect(JSON.parse(again.stdout).meta.resumedFromGeneration).toBe(2);
    const other = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, ...small, '--particles', '13', '--state', state);
    expect(other.code).toBe(2);
    expect(other.stderr[0]).toMatch(/state file belongs to another calibration/);
    writeFileSync(join(dir, 'bad-state.json'), '{"kind":"x"}');
    const bad = await cli('calibrate', scenarioFile, '--observed', observedFile, ...fit, ...small, '--state', join(dir, 'bad-state.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/not a calibration state/);
    expect(readFileSync(state, 'utf8')).toMatch(/"kind":"calibration-state"/);
  });

  it('exits 2 with one line on bad input', async () => {
    const bad = async (...args: string[]) => {
      const r = await cli('calibrate', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).not.toMatch(/\n|    at /);
      return r.stderr[0];
    };
    const badCsv = join(dir, 'bad.csv');
    writeFileSync(badCsv, 'step,reached\n0,5\n6,four\n');
    expect(await bad(scenarioFile, '--observed', badCsv, ...fit)).toBe(`${badCsv}: line 3, column reached: must be a count ≥ 0 or empty (got "four")`);
    expect(await bad(scenarioFile, '--observed', join(dir, 'missing.csv'), ...fit)).toMatch(/^cannot read the observed file .*missing\.csv: no such file or directory$/);
    expect(await bad(join(dir, 'missing.json'), '--observed', observedFile, ...fit)).toMatch(/missing\.json/);
    expect(await bad(scenarioFile, '--observed', observedFile, '--fit', 'strategies[0].content.qualty=0:1')).toMatch(/strategies\[0\]\.content\.qualty: unknown path/);
    expect(await bad(scenarioFile, '--observed', observedFile, '--fit', 'strategies[0].content.quality=0.5:0.2')).toMatch(/LO must be below HI/);
    expect(await bad(scenarioFile, '--observed', observedFile, '--fit', 'strategies[0].content.quality=0.5:1.5')).toBe(
      `${scenarioFile}: --fit strategies[0].content.quality=0.5:1.5: at HI = 1.5: strategies[0].content.quality: must be a number between 0 and 1 (got 1.5)`,
    );
    expect(await bad(scenarioFile, '--observed', observedFile, '--fit', 'strategies[0].name=0:1')).toMatch(/not a numeric field/);
    expect(await bad(scenarioFile, '--observed', observedFile, '--fit', 'quality')).toMatch(/write PATH=LO:HI/);
    expect(await bad(scenarioFile, '--observed', observedFile)).toMatch(/missing --fit/);
    expect(await bad(scenarioFile, ...fit)).toMatch(/missing --observed/);
    expect(await bad(scenarioFile, '--observed', observedFile, ...fit, '--particles', '3')).toMatch(/--particles: must be a whole number between 10/);
    expect(await bad(scenarioFile, '--observed', observedFile, ...fit, '--particles', '20000', '--runs-per-particle', '1000')).toMatch(
      /^too large: 20000 particles × 1000 runs × 2 columns × 49 kept steps = 1960000000 values/,
    );
    const late = join(dir, 'late.csv');
    writeFileSync(late, 'step,reached\n0,5\n100,9\n');
    expect(await bad(scenarioFile, '--observed', late, ...fit)).toMatch(/goes to step 100, past the scenario's last step 48/);
  });
});
