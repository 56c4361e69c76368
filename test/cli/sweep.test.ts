import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIVIDEND_STRATEGY_DEFAULTS } from '../../src/core/dividend/dividendSpec';
import { cli } from './cliInProcess';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let dividend: string;
let ic: string;

const dividendScenario = {
  version: 2,
  name: 'cli sweep',
  seed: 'cli-sweep',
  runs: 8,
  steps: 20,
  network: { kind: 'communities', nodes: 300, communities: 6, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } },
  // Prices pinned (seed 20, KOL 500 + 0.05/follower, impression 0.02) for the frontier's hand-counted levels.
  model: { kind: 'dividend', economics: { costPerSeed: 20, kolBaseFee: 500, kolFeePerFollower: 0.05, costPerImpression: 0.02, valuePerConversion: 50 } },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 5 } },
    { name: 'kol', seeding: { method: 'random', count: 2 }, kols: { hire: 1 } },
  ],
};

async function spawnCli(...argv: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/lab.mjs', ...argv], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const quality = ['--param', 'strategies[*].content.quality', '--from', '0.1', '--to', '0.5', '--steps', '5'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-sweep-'));
  dividend = join(dir, 'dividend.json');
  ic = join(dir, 'ic.json');
  writeFileSync(dividend, JSON.stringify(dividendScenario));
  writeFileSync(
    ic,
    JSON.stringify({ ...dividendScenario, model: { kind: 'independent-cascade', probability: 0.2 }, strategies: [{ name: 'r', seeding: { method: 'random', count: 2 } }] }),
  );
});

describe('lab sweep', () => {
  it('1-D JSON: grid, per-point summaries, tipping point and steepest step, meta', async () => {
    const { code, stdout, stderr } = await cli('sweep', dividend, ...quality, '--workers', '1');
    expect(code, stderr.join('\n')).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.kind).toBe('sweep');
    expect(r.params[0]).toMatchObject({ path: 'strategies[*].content.quality', values: [0.1, 0.2, 0.3, 0.4, 0.5], integer: false });
    expect(r.points).toHaveLength(5);
    expect(r.points[0].strategies.map((s: { name: string }) => s.name)).toEqual(['seeds', 'kol']);
    expect(Object.keys(r.points[0].strategies[0].summary.converted)).toEqual(['mean', 'sd', 'p05', 'p50', 'p95', 'n']);
    expect(r.curves.map((c: { strategy: string }) => c.strategy)).toEqual(['seeds', 'kol']);
    expect(r.heatmaps).toBeNull();
    expect(r.meta.workers).toBe(1);
    expect(r.scenario.seed).toBe('cli-sweep');
  });

  it('2-D CSV to a file, one strategy, integer parameter rounded, --runs override', async () => {
    const out = join(dir, 'grid.csv');
    const { code, stdout, stderr } = await cli(
      'sweep', dividend, ...quality, '--param', 'strategies[0].seeding.count', '--from', '0', '--to', '10', '--steps', '4',
      '--strategy', 'seeds', '--runs', '3', '--format', 'csv', '--out', out, '--workers', '1',
    );
    expect(code, stderr.join('\n')).toBe(0);
    expect(stdout).toBe('');
    const rows = csvParseRows(readFileSync(out, 'utf8').trimEnd());
    expect(rows[0].slice(0, 4)).toEqual(['point', 'strategies[*].content.quality', 'strategies[0].seeding.count', 'strategy']);
    expect(rows).toHaveLength(1 + 5 * 4);
    expect(rows.slice(1, 5).map((r) => r[2])).toEqual(['0', '3', '7', '10']);
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['seeds']));
    expect(new Set(rows.slice(1).map((r) => r.at(-2)))).toEqual(new Set(['3']));
  });

  it.each([
    [['--param', 'strategies[0].content.qualty', '--from', '0', '--to', '1', '--steps', '3'], /dividend\.json: strategies\[0\]\.content\.qualty: unknown path \(strategies\[0\]\.content has the fields quality/],
    [['--param', 'seed', '--from', '0', '--to', '1', '--steps', '3'], /seed: not a numeric field \(it is a text\)/],
    [['--param', 'strategies[0].content.quality', '--from', '0', '--to', '1.5', '--steps', '4'], /at strategies\[0\]\.content\.quality = 1\.5: strategies\[0\]\.content\.quality: must be a number between 0 and 1 \(got 1\.5\)/],
    [['--param', 'runs', '--from', 'abc', '--to', '1', '--steps', '3'], /^--from: must be a number \(got "abc"\)$/],
    [['--param', 'runs', '--from', '1', '--to', '2', '--steps', '2.5'], /^--steps: must be a whole number/],
    [['--param', 'runs', '--param', 'steps', '--from', '1', '--to', '2', '--steps', '2'], /^sweep: give --from once per --param \(2 --param, 1 --from\)$/],
    [['--from', '1'], /^sweep: missing --param PATH/],
    [['--param', 'runs', '--from', '1', '--to', '2', '--steps', '2', '--strategy', 'nobody'], /--strategy: no strategy named "nobody"/],
    [['--param', 'runs', '--from', '1', '--to', '2', '--steps', '2', '--per-step'], /^sweep: unknown option --per-step/],
    [['--param', 'runs', '--from', '1', '--to', '2', '--steps', '2', '--bom'], /^sweep: --bom only with --format csv$/],
    [['--param', 'runs', '--from', '1', '--to', '2', '--steps', '2', '--workers', '0'], /^--workers: must be an integer/],
  ])('bad input %#: exit 2 with one line naming the problem', async (args, message) => {
    const { code, stdout, stderr } = await cli('sweep', dividend, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toMatch(/\n|at .*\.ts:\d+/);
  });

  it('a missing file is a user error too; --help prints the usage', async () => {
    const missing = await cli('sweep', join(dir, 'nope.json'), ...quality);
    expect(missing.code).toBe(2);
    expect(missing.stderr[0]).toMatch(/cannot read scenario file .*nope\.json: no such file/);
    const help = await cli('sweep', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run lab -- sweep FILE --param PATH');
  });

  it('as a process: --workers 1 and 2 give identical JSON outside meta', async () => {
    const args = ['sweep', dividend, '--param', 'strategies[0].incentives.rewardPerShare', '--from', '0', '--to', '4', '--steps', '3'];
    const [one, two] = (await Promise.all([spawnCli(...args, '--workers', '1'), spawnCli(...args, '--workers', '2')])).map((t) => JSON.parse(t));
    expect(one.meta.workers).toBe(1);
    expect(two.meta.workers).toBe(2);
    delete one.meta;
    delete two.meta;
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('lab frontier', () => {
  it('JSON: levels, candidates with complete strategies, the frontier; CSV: one row per candidate', async () => {
    const { code, stdout, stderr } = await cli('frontier', dividend, '--budget', '800', '--strategy', 'kol', '--grid', '3x2x2x2', '--runs', '4', '--workers', '2');
    expect(code, stderr.join('\n')).toBe(0);
    const r = JSON.parse(stdout);
    expect(r).toMatchObject({ kind: 'frontier', strategy: 'kol', budget: 800 });
    expect(r.levels.seeds).toEqual([0, 20, 40]);
    // KOL fees 500 + 0.05 × 30 = 501.5 and 500 + 0.05 × 15 more: a budget of 800 pays for one.
    expect(r.levels.kols).toEqual([0, 1]);
    expect(r.points.length + r.skipped).toBe(3 * 2 * 2 * 2);
    expect(r.frontier.length).toBeGreaterThan(0);
    for (const i of r.frontier) expect(r.points[i]).toMatchObject({ onFrontier: true, withinBudget: true });
    expect(r.points[1].strategy).toMatchObject({
      name: expect.any(String),
      seeding: { method: 'random' },
      kols: { hire: 0, fromRank: 1 },
      content: { quality: DIVIDEND_STRATEGY_DEFAULTS.content.quality },
    });
    const csv = await cli('frontier', dividend, '--budget', '800', '--grid', '2', '--runs', '4', '--format', 'csv', '--workers', '1');
    expect(csv.code, csv.stderr.join('\n')).toBe(0);
    expect(csvParseRows(csv.stdout.trimEnd())[0][0]).toBe('point');
  });

  it.each([
    [[], /^frontier: missing --budget B/],
    [['--budget', '0'], /dividend\.json: --budget: must be a number greater than 0$/],
    [['--budget', 'lots'], /^--budget: must be a number \(got "lots"\)$/],
    [['--budget', '100', '--grid', '4x3'], /^--grid: must be four level counts/],
    [['--budget', '100', '--grid', '4x3x3x99'], /--grid: ads levels must be an integer between 1 and 12/],
    [['--budget', '100', '--strategy', 'x'], /--strategy: no strategy named "x"/],
  ])('bad input %#: exit 2, one line', async (args, message) => {
    const { code, stderr } = await cli('frontier', dividend, ...args);
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
  });

  it('a canonical-model scenario has no prices: exit 2', async () => {
    const { code, stderr } = await cli('frontier', ic, '--budget', '100');
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/ic\.json: the budget frontier needs a dividend scenario/);
  });
});
