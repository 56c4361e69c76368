import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let good: string;

const smallScenario = {
  version: 2,
  name: 'cli test',
  seed: 'cli',
  runs: 24,
  steps: 15,
  network: { kind: 'watts-strogatz', nodes: 400, meanDegree: 6, rewire: 0.1, kols: { count: 2, reach: 0.1 } },
  model: { kind: 'independent-cascade', probability: 0.25 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 2 } },
    { name: '=degree', seeding: { method: 'degree', count: 2 } },
  ],
};

/** Run the real CLI process (the built CLI through its launcher), as `npm run lab` does. */
async function spawnCli(...argv: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/lab.mjs', ...argv], {
      cwd: repo,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-cli-'));
  good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify(smallScenario));
});

describe('lab CLI as a process', () => {
  it('--workers 1 and --workers 2 give identical output outside meta', async () => {
    const [one, two] = await Promise.all([spawnCli('run', good, '--workers', '1'), spawnCli('run', good, '--workers', '2')]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(two.stdout);
    expect(a.meta.workers).toBe(1);
    expect(b.meta.workers).toBe(2);
    expect(b.meta.timings.simulateMs).toBeGreaterThan(0);
    const { meta: _a, ...restA } = a;
    const { meta: _b, ...restB } = b;
    expect(JSON.stringify(restA)).toBe(JSON.stringify(restB));
    expect(restA.strategies).toHaveLength(2);
    expect(restA.strategies[0].runs).toHaveLength(24);
    expect(restA.scenario.seed).toBe('cli');
  });

  it('bad input: exit 2, one line on stderr, no stack trace', async () => {
    const bad = join(dir, 'bad-field.json');
    writeFileSync(bad, JSON.stringify({ ...smallScenario, runs: 0, model: { kind: 'sir' } }));
    const result = await spawnCli('run', bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`${bad}: 2 problems: runs: must be an integer between 1 and 10000 (got 0); model.kind: must be one of independent-cascade, linear-threshold, bass, dividend`);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('lab CLI: user errors (in-process)', () => {
  it.each([
    [['run', '/definitely/not/here.json'], /^cannot read scenario file \/definitely\/not\/here\.json: no such file or directory$/],
    [['validate'], /^validate: missing scenario FILE/],
    [['frobnicate', 'x.json'], /^unknown command "frobnicate"/],
    [[], /^missing command/],
    [['run', 'x.json', '--bogus'], /^unknown option --bogus/],
    [['run', 'x.json', '--runs'], /^option --runs needs a value/],
    [['validate', 'x.json', '--runs', '5'], /^validate: option --runs does not apply/],
    [['run', 'x.json', 'y.json'], /^run: unexpected argument "y\.json"/],
  ])('%j → exit 2', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(message);
  });

  it('invalid JSON names the file and the reason', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"version": 1, "name": ');
    const result = await cli('run', path);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([expect.stringMatching(new RegExp(`^${path}: invalid JSON: `))]);
  });

  it('bad options of run are refused before any work', async () => {
    for (const [args, message] of [
      [['--workers', '0'], /^--workers: must be an integer between 1 and 64/],
      [['--workers', 'two'], /^--workers: /],
      [['--format', 'xml'], /^--format: must be json or csv/],
      [['--format', 'json', '--per-step'], /^--per-step: only with --format csv/],
      [['--format', 'csv', '--traces'], /^--traces: only with --format json/],
      [['--runs=-3'], /runs \(from --runs\): must be an integer between 1 and 10000 \(got -3\)/],
    ] as const) {
      const result = await cli('run', good, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr[0]).toMatch(message);
    }
  });

  it('an unwritable --out path is a user error', async () => {
    const result = await cli('network', good, '--out', join(dir, 'no-such-dir', 'x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/^cannot write .*x\.json: no such file or directory$/);
  });
});

describe('lab CLI: commands (in-process)', () => {
  it('validate prints ok, or every problem (exit 2)', async () => {
    expect(await cli('validate', good)).toEqual({ code: 0, stdout: 'ok\n', stderr: [] });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...smallScenario, steps: -1, strategies: [] }));
    const result = await cli('validate', bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('steps: must be an integer between 1 and 10000 (got -1)\nstrategies: must be a list of 1 to 8 strategies\n');
    expect(result.stderr).toEqual([`${bad}: 2 problems: steps: must be an integer between 1 and 10000 (got -1); strategies: must be a list of 1 to 8 strategies`]);
  });

  it('a dividend file of version 1 validates and runs, with one warning line that its numbers will differ', async () => {
    const v1 = join(dir, 'dividend-v1.json');
    writeFileSync(v1, JSON.stringify({ ...smallScenario, version: 1, model: { kind: 'dividend' }, runs: 2 }));
    const validated = await cli('validate', v1);
    expect(validated.code).toBe(0);
    expect(validated.stderr).toHaveLength(1);
    expect(validated.stderr[0]).toMatch(/^warning: version: written for the first dividend model \(version 1\), so its numbers will differ/);
    const run = await cli('run', v1, '--workers', '1');
    expect(run.code).toBe(0);
    expect(run.stderr.filter((l) => l.startsWith('warning: version: written for the first dividend model'))).toHaveLength(1);
    expect(JSON.parse(run.stdout).scenario.version).toBe(2);
    // A file of the first dividend model with a retired field is refused, naming its replacement.
    const retired = join(dir, 'dividend-retired.json');
    writeFileSync(retired, JSON.stringify({ ...smallScenario, version: 1, model: { kind: 'dividend', socialProof: 0.3 } }));
    const refused = await cli('validate', retired);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/^model\.socialProof: no longer exists: replaced by conversion\.repeatWeight and conversion\.steepness/);
  });

  it('network prints the statistics of run 0’s network', async () => {
    const result = await cli('network', good);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats).toMatchObject({ nodes: 402, fullyMixed: false, kolFollowers: [40, 20] });
    for (const field of ['edges', 'arcs', 'meanDegree', 'degreeHistogram', 'inDegreeHistogram', 'clustering', 'largestComponent', 'components', 'averagePathLength'])
      expect(stats, field).toHaveProperty(field);
    expect(stats.arcs).toBe(400 * 6 + 60);
    // Another seed is another network.
    const other = JSON.parse((await cli('network', good, '--seed', 'x')).stdout);
    expect(other.degreeHistogram).not.toEqual(stats.degreeHistogram);
  });

  it('run --format csv: one row per strategy and run, formula-like names escaped; --out writes the file', async () => {
    const out = join(dir, 'runs.csv');
    const result = await cli('run', good, '--runs', '3', '--format', 'csv', '--workers', '1', '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: [] });
    const rows = csvParseRows(readFileSync(out, 'utf8').trimEnd());
    expect(rows[0]).toEqual(['strategy', 'run', 'reached', 'shared', 'converted', 'churned', 'steps', 'seed']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[7]])).toEqual([
      ['random', '0', 'cli'], ['random', '1', 'cli'], ['random', '2', 'cli'],
      ["'=degree", '0', 'cli'], ["'=degree", '1', 'cli'], ["'=degree", '2', 'cli'],
    ]);
  });

  it('run --per-step: one row per strategy, run and step', async () => {
    const result = await cli('run', good, '--runs', '2', '--per-step', '--workers', '1', '--seed', 'per-step');
    expect(result.code).toBe(0);
    const rows = csvParseRows(result.stdout.trimEnd());
    expect(rows[0]).toEqual(['strategy', 'run', 'step', 'reached', 'shared', 'converted', 'churned', 'seed']);
    expect(rows).toHaveLength(1 + 2 * 2 * 16);
    expect(rows[1]).toEqual(expect.arrayContaining(['random', '0', '0']));
    expect(rows[1][7]).toBe('per-step');
  });

  it('run a dividend preset: every metric, comparison, attribution; --traces adds the representative run’s traces', async () => {
    const preset = join(repo, 'scenarios', 'lesson-tipping-point.json');
    const plain = await cli('run', preset, '--runs', '3', '--workers', '1');
    expect(plain.code, plain.stderr.join()).toBe(0);
    const result = JSON.parse(plain.stdout);
    expect(result.scenario.model.kind).toBe('dividend');
    expect(result.strategies[1].runs[0]).toHaveProperty('convertedByOrganic');
    expect(result.strategies[1].comparison.converted).toMatchObject({ metric: 'incrementalConverted', n: 3 });
    expect(result.strategies[0].attribution).toHaveProperty('organic');
    expect(result.representativeRun).not.toHaveProperty('traces');
    expect(result.meta.timings.traceMs).toBe(0);

    const traced = JSON.parse((await cli('run', preset, '--runs', '3', '--workers', '1', '--traces')).stdout);
    const { traces, ...rep } = traced.representativeRun;
    expect(rep).toEqual(result.representativeRun);
    expect(traces.map((t: { strategy: string }) => t.strategy)).toEqual(result.strategies.map((s: { name: string }) => s.name));
    expect(traces[0].reachedBy).toHaveLength(result.network.nodes);
    expect(traced.meta.timings.traceMs).toBeGreaterThan(0);
  });

  it('--help prints usage and exits 0', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dividend Lab/);
    expect(result.stdout).toMatch(/run FILE/);
  });
});
