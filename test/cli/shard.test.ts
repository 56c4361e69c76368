import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';

/** A small dividend scenario: every command shards it three ways in a few seconds. */
const scenario = {
  version: 2,
  name: 'shard',
  seed: 'shard-test',
  runs: 7,
  steps: 16,
  network: { kind: 'communities', nodes: 200, communities: 4, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } },
  model: { kind: 'dividend', economics: { costPerSeed: 20, kolBaseFee: 500, kolFeePerFollower: 0.05, costPerImpression: 0.02, valuePerConversion: 50 } },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 5 } },
    { name: 'kol', seeding: { method: 'random', count: 2 }, kols: { hire: 1 } },
  ],
};

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-shard-'));
  file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
});

/** Output text without `meta` (the last key of every JSON result). */
function outsideMeta(text: string): string {
  const at = text.indexOf('\n  "meta": ');
  return at < 0 ? text : text.slice(0, at);
}

/** Run `command FILE …args --shard i/3` for i = 0, 1, 2 (in shuffled order); the part paths in shard order. */
async function shards(name: string, command: string, args: string[], count = 3): Promise<string[]> {
  const paths = Array.from({ length: count }, (_, i) => join(dir, `${name}-${i}.json`));
  for (const i of [2, 0, 1].filter((i) => i < count)) {
    const r = await cli(command, file, ...args, '--shard', `${i}/${count}`, '--workers', '1', '--out', paths[i]);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const part = JSON.parse(readFileSync(paths[i], 'utf8')) as { kind: string; shard: { index: number; count: number } };
    expect(part.kind).toBe('partial');
    expect(part.shard).toEqual({ index: i, count });
  }
  return paths;
}

async function expectSame(unsharded: string[], merged: string[]) {
  const a = await cli(...unsharded, '--workers', '1');
  const b = await cli('merge', ...merged);
  expect(a.code).toBe(0);
  expect(b.stderr).toEqual([]);
  expect(b.code).toBe(0);
  expect(outsideMeta(b.stdout)).toBe(outsideMeta(a.stdout));
  return b.stdout;
}

describe('lab … --shard I/N and lab merge', () => {
  it('run: three shards merge to the unsharded JSON, per-run CSV and per-step CSV', async () => {
    const parts = await shards('run', 'run', []);
    const json = await expectSame(['run', file], parts);
    expect(JSON.parse(json).meta.merged.shards).toBe(3);
    await expectSame(['run', file, '--format', 'csv'], [...parts, '--format', 'csv']);
    await expectSame(['run', file, '--per-step', '--bom'], [...parts.reverse(), '--per-step', '--bom']);
  });

  it('run under uncertainty: robustness and the per-run draw columns merge identically too', async () => {
    const uncertain = join(dir, 'uncertain.json');
    writeFileSync(
      uncertain,
      JSON.stringify({
        ...scenario,
        uncertainty: [
          { path: 'model.conversion.plateau', distribution: { kind: 'uniform', low: 0.05, high: 0.2 } },
          { path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.25, sd: 0.1 } },
        ],
      }),
    );
    const parts = [0, 1, 2].map((i) => join(dir, `uncertain-${i}.json`));
    for (const [i, path] of parts.entries()) expect((await cli('run', uncertain, '--shard', `${i}/3`, '--workers', '1', '--out', path)).code).toBe(0);
    const json = await expectSame(['run', uncertain], parts);
    expect(JSON.parse(json).robustness).toBeDefined();
    await expectSame(['run', uncertain, '--format', 'csv'], [...parts, '--format', 'csv']);
  });

  it('sweep: three shards of grid points merge to the unsharded JSON and CSV', async () => {
    const args = ['--param', 'strategies[*].content.quality', '--from', '0.1', '--to', '0.5', '--steps', '4', '--runs', '3'];
    const parts = await shards('sweep', 'sweep', args);
    await expectSame(['sweep', file, ...args], parts);
    await expectSame(['sweep', file, ...args, '--format', 'csv'], [...parts, '--format', 'csv']);
  });

  it('frontier: three shards of batches merge to the unsharded JSON and CSV', async () => {
    const args = ['--budget', '2000', '--grid', '3', '--runs', '2'];
    const parts = await shards('frontier', 'frontier', args);
    await expectSame(['frontier', file, ...args], parts);
    await expectSame(['frontier', file, ...args, '--format', 'csv'], [...parts, '--format', 'csv']);
  });

  it('refuses missing, repeated and foreign parts, and bad --shard, in one line with exit 2', async () => {
    const parts = await shards('refuse', 'run', ['--runs', '3']);
    const missing = await cli('merge', parts[0], parts[2]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toEqual([expect.stringMatching(/^missing shard 1\/3: a merge needs all 3 shards/)]);
    const twice = await cli('merge', parts[0], parts[1], parts[1], parts[2]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toEqual([expect.stringMatching(/^shard 1\/3 given twice/)]);
    const other = join(dir, 'other.json');
    expect((await cli('run', file, '--runs', '3', '--seed', 'another', '--shard', '1/3', '--workers', '1', '--out', other)).code).toBe(0);
    const foreign = await cli('merge', parts[0], other, parts[2]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toEqual([expect.stringMatching(/other\.json: a different scenario or options than .*cannot be merged$/)]);
    const fourWay = join(dir, 'four.json');
    expect((await cli('run', file, '--runs', '3', '--shard', '1/2', '--workers', '1', '--out', fourWay)).code).toBe(0);
    expect((await cli('merge', parts[0], fourWay, parts[2])).stderr).toEqual([expect.stringMatching(/shard 1\/2 but .* is shard 0\/3: parts cut into different numbers of shards/)]);
    const sweepPart = join(dir, 'sweep-0.json');
    expect((await cli('merge', parts[0], sweepPart)).stderr).toEqual([expect.stringMatching(/a part of "sweep" but .* is a part of "run"/)]);
    expect((await cli('merge', file)).stderr).toEqual([expect.stringMatching(/scenario\.json: not a partial result/)]);
    const tampered = JSON.parse(readFileSync(parts[1], 'utf8')) as { scenario: { seed: string } };
    tampered.scenario.seed = 'edited';
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    expect((await cli('merge', parts[0], join(dir, 'tampered.json'), parts[2])).stderr).toEqual([expect.stringMatching(/fingerprint does not match/)]);
    for (const [args, message] of [
      [['run', file, '--shard', '3/3'], /--shard: I must be between 0 and N − 1 = 2/],
      [['run', file, '--shard', 'two'], /--shard: must be I\/N/],
      [['run', file, '--runs', '3', '--shard', '0/4'], /4 shards but this run has only 3 runs/],
      [['run', file, '--shard', '0/2', '--format', 'csv'], /--format: not with --shard/],
      [['sweep', file, '--param', 'runs', '--from', '2', '--to', '3', '--steps', '2', '--shard', '0/2', '--bom'], /--bom/],
      [['merge'], /give the partial results/],
    ] as const) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toEqual([expect.stringMatching(message)]);
    }
  });
});
