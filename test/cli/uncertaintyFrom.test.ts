/**
 * `lab run` under uncertainty: the JSON gains `robustness`, the per-run CSV one column per drawn
 * path, and `--uncertainty-from CALIBRATION.json` draws each run's world from a calibration's
 * posterior (the fitted strategy's paths applied to every strategy). Without uncertainty the
 * output has neither.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { posteriorEntry } from '../../src/cli/uncertaintyFrom';
import { flipScenario } from '../uncertainty/fixtures';
import { cli } from './cliInProcess';

let dir: string;
let flip: string;
let certain: string;
let calibration: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-uncertainty-'));
  const scenario = flipScenario(40);
  flip = join(dir, 'flip.json');
  writeFileSync(flip, JSON.stringify(scenario));
  const { uncertainty: _u, ...rest } = scenario;
  certain = join(dir, 'certain.json');
  writeFileSync(certain, JSON.stringify(rest));
  // A calibration of the flip world's threshold: two particles, ¼ at 0.3 (chain wins), ¾ at 0.6.
  calibration = join(dir, 'calibration.json');
  writeFileSync(
    calibration,
    JSON.stringify({
      kind: 'calibration',
      scenario: rest,
      strategy: 'chain',
      parameters: [{ path: 'model.threshold' }],
      posterior: [
        { weight: 0.25, values: [0.3] },
        { weight: 0.75, values: [0.6] },
      ],
    }),
  );
});

describe('lab run under uncertainty', () => {
  it('adds robustness to the JSON and drawn values to the CSV', async () => {
    const json = await cli('run', flip, '--workers', '1');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.robustness.paths).toEqual(['model.threshold', 'model.thresholdSpread']);
    expect(result.robustness.verdict).toMatchObject({ word: 'depends', on: 'model.threshold' });
    const csv = await cli('run', flip, '--workers', '1', '--format', 'csv');
    const rows = csvParseRows(csv.stdout);
    expect(rows[0].slice(-2)).toEqual(['model.threshold', 'model.thresholdSpread']);
    expect(Number(rows[1][rows[0].length - 2])).toBe(result.robustness.draws[0][0]);
  });

  it('adds nothing without uncertainty', async () => {
    const json = await cli('run', certain, '--workers', '1');
    expect('robustness' in JSON.parse(json.stdout)).toBe(false);
    const csv = await cli('run', certain, '--workers', '1', '--format', 'csv');
    expect(csvParseRows(csv.stdout)[0]).toEqual(['strategy', 'run', 'reached', 'shared', 'converted', 'churned', 'steps', 'seed']);
  });

  it('--uncertainty-from draws each run from the posterior particles', async () => {
    const out = await cli('run', certain, '--workers', '1', '--uncertainty-from', calibration);
    expect(out.stderr).toEqual([]);
    const result = JSON.parse(out.stdout);
    expect(result.scenario.uncertainty).toEqual([
      { distribution: { kind: 'posterior', paths: ['model.threshold'], particles: [{ weight: 0.25, values: [0.3] }, { weight: 0.75, values: [0.6] }] } },
    ]);
    const draws: number[][] = result.robustness.draws;
    for (const [phi] of draws) expect([0.3, 0.6]).toContain(phi);
    const [goal] = result.robustness.goals;
    expect(goal.winShare.chain).toBe(draws.filter(([phi]) => phi === 0.3).length / draws.length);
  });

  it('refuses a file that is not a calibration, and names the posterior path a scenario lacks', async () => {
    const notCalibration = join(dir, 'not.json');
    writeFileSync(notCalibration, JSON.stringify({ kind: 'sweep' }));
    const bad = await cli('run', certain, '--uncertainty-from', notCalibration);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toEqual([`${notCalibration}: not a calibration result (kind is not "calibration"); expected the JSON of npm run lab -- calibrate`]);
    const otherWorld = join(dir, 'other.json');
    writeFileSync(otherWorld, JSON.stringify({ kind: 'calibration', strategy: 'x', parameters: [{ path: 'model.plateau' }], posterior: [{ weight: 1, values: [0.1] }] }));
    const wrong = await cli('run', certain, '--uncertainty-from', otherWorld);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr[0]).toBe(
      `${certain}: uncertainty[0].distribution.paths[0]: names no number of this scenario (check the field names and list indices) (from --uncertainty-from ${otherWorld})`,
    );
  });
});

describe('posteriorEntry', () => {
  it("applies the fitted strategy's paths to every strategy, saying so", () => {
    const { entry, notes } = posteriorEntry(
      {
        kind: 'calibration',
        strategy: 'launch',
        scenario: { strategies: [{ name: 'other' }, { name: 'launch' }] },
        parameters: [{ path: 'strategies[1].content.quality' }, { path: 'model.advocacy' }],
        posterior: [{ weight: 1, values: [0.2, 0.3] }],
      },
      'cal.json',
    );
    expect(entry).toEqual({ distribution: { kind: 'posterior', paths: ['strategies[*].content.quality', 'model.advocacy'], particles: [{ weight: 1, values: [0.2, 0.3] }] } });
    expect(notes).toEqual(['strategies[1].content.quality (fitted on strategy "launch") is applied to every strategy as strategies[*].content.quality']);
  });
});
