/** `lab best-seeds`: JSON and CSV output, same numbers as the browser's job, one-line errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';
import { BEST_SEEDS_CSV_HEADER } from '../../src/cli/commands/bestSeedsCommand';
import { validateScenario } from '../../src/scenario/validateScenario';
import { bestSeeds } from '../../src/runtime/bestSeedsJob';

const scenario = {
  version: 2,
  name: 'best seeds test',
  seed: 'bs',
  runs: 12,
  steps: 30,
  network: { kind: 'communities', nodes: 400, communities: 4, meanDegree: 8, mixing: 0.1, kols: { count: 2, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'first', seeding: { method: 'random', count: 10 }, content: { quality: 0.3 } },
    { name: '=second', seeding: { method: 'degree', count: 10 }, content: { quality: 0.45, halfLife: null } },
  ],
};

let dir: string;
let file: string;
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-best-seeds-'));
  file = write('scenario.json', scenario);
});

describe('lab best-seeds', () => {
  it('prints greedy seeds and every method as JSON, the same numbers as the browser job', async () => {
    const { code, stdout, stderr } = await cli('best-seeds', file, '--k', '4', '--samples', '10');
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.strategy).toBe('first');
    expect(json.k).toBe(4);
    expect(json.samples).toBe(10);
    expect(json.sampleRuns).toEqual([12, 21]);
    expect(json.evaluationRuns).toEqual([0, 11]);
    expect(json.greedy.seeds).toHaveLength(4);
    expect(json.methods.map((m: { method: string }) => m.method)).toEqual(['greedy', 'random', 'degree', 'bridges', 'kcore', 'core-fans']);
    expect(json.note).toMatch(/1 − 1\/e/);
    expect(json.conversions).toMatch(/incremental/);
    // KOL accounts (nodes 400 and 401) are never seed users.
    expect(json.greedy.seeds.some((v: number) => v >= 400)).toBe(false);
    for (const m of json.methods as { method: string; seeds: number[] | null; converted: { mean: number }; totalConverted: { mean: number } }[]) {
      if (m.seeds !== null) expect(m.seeds.some((v) => v >= 400), m.method).toBe(false);
      expect(m.totalConverted.mean).toBeGreaterThanOrEqual(m.converted.mean);
    }
    expect(json.meta.timings.totalMs).toBeGreaterThan(0);

    const validated = validateScenario(scenario);
    if (!validated.ok) throw new Error(validated.errors.join());
    const browser = bestSeeds(validated.scenario, { strategy: 0, k: 4, samples: 10 });
    expect(json.greedy).toEqual(JSON.parse(JSON.stringify(browser.greedy)));
    expect(json.methods).toEqual(JSON.parse(JSON.stringify(browser.rows)));
    // Who the seeds are, priced as what they are: ordinary accounts at costPerSeed (20 by default).
    expect(json.seeds).toEqual(JSON.parse(JSON.stringify(browser.seedProfiles)));
    expect(json.seeds.map((p: { node: number }) => p.node)).toEqual(json.greedy.seeds);
    for (const p of json.seeds as { roles: string[]; price: number }[]) {
      expect(p.roles).not.toContain('kol');
      expect(p.price).toBe(20);
    }
    expect(json.seedCost).toBe(80);
  });

  it('is deterministic apart from meta', async () => {
    const strip = (text: string) => ({ ...JSON.parse(text), meta: null });
    const a = await cli('best-seeds', file, '--k', '3', '--samples', '6', '--strategy', '=second');
    const b = await cli('best-seeds', file, '--k', '3', '--samples', '6', '--strategy', '=second');
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
    expect(JSON.parse(a.stdout).strategy).toBe('=second');
  });

  it('writes one CSV row per method to --out, text cells escaped, with --runs and --seed overrides', async () => {
    const out = join(dir, 'seeds.csv');
    const { code, stdout } = await cli('best-seeds', file, '--k', '2', '--samples', '4', '--strategy', '=second', '--runs', '5', '--seed', '+x', '--format', 'csv', '--bom', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParseRows(text.slice(1).trim());
    expect(rows[0]).toEqual([...BEST_SEEDS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['greedy', 'random', 'degree', 'bridges', 'kcore', 'core-fans']);
    const at = (name: string) => BEST_SEEDS_CSV_HEADER.indexOf(name as (typeof BEST_SEEDS_CSV_HEADER)[number]);
    for (const r of rows.slice(1)) {
      expect(r[at('strategy')]).toBe("'=second");
      expect(r[at('seed')]).toBe("'+x");
      expect(r[at('runs')]).toBe('5');
      expect(Number(r[at('ratioShared')])).toBeLessThanOrEqual(1);
    }
    expect(rows[1][at('sharedVsGreedy')]).toBe('0');
    expect(rows[1][at('incrementalConvertedVsGreedy')]).toBe('0');
    for (const r of rows.slice(1)) expect(Number(r[at('totalConverted')])).toBeGreaterThanOrEqual(Number(r[at('incrementalConverted')]));
  });

  it('prints its help', async () => {
    const { code, stdout } = await cli('best-seeds', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--samples R/);
    expect(stdout).toMatch(/never proposed as seed users/);
    expect((await cli('--help')).stdout).toMatch(/best-seeds FILE --k K/);
  });

  it('rejects bad input with exit code 2 and one line', async () => {
    const canonical = write('ic.json', { ...scenario, model: { kind: 'independent-cascade', probability: 0.1 }, strategies: [{ name: 'r', seeding: { method: 'random', count: 1 } }] });
    const resampled = write('resample.json', { ...scenario, network: { ...scenario.network, resample: true } });
    const cases: [string[], RegExp][] = [
      [['best-seeds', file], /missing --k/],
      [['best-seeds', '--k', '3'], /missing scenario FILE/],
      [['best-seeds', file, '--k', '0'], /--k must be a whole number between 1 and/],
      [['best-seeds', file, '--k', '2.5'], /--k must be a whole number/],
      // The real limit: the network's 400 seed users, not its 402 accounts (the 2 KOLs are hired, never seeds).
      [['best-seeds', file, '--k', '401'], /--k must be a whole number between 1 and 400 \(the seed users this network has/],
      [['best-seeds', file, '--k', '3', '--candidates', '2'], /--k must be a whole number between 1 and 2 \(the candidates considered\); got 3/],
      [['best-seeds', file, '--k', '3', '--samples', '0'], /--samples must be a whole number between 1 and 10000/],
      [['best-seeds', file, '--k', '3', '--strategy', 'nope'], /no strategy named "nope" \(the scenario has "first", "=second"\)/],
      [['best-seeds', file, '--k', '3', '--format', 'xml'], /--format must be json or csv/],
      [['best-seeds', file, '--k', '3', '--bom'], /--bom only with --format csv/],
      [['best-seeds', file, '--k', '3', '--workers', '2'], /--epsilon, --delta and --workers only with --method imm/],
      [['best-seeds', file, '--k', '3', '--runs', '0'], /runs \(from --runs\)/],
      [['best-seeds', canonical, '--k', '1'], /needs the dividend model/],
      [['best-seeds', resampled, '--k', '1'], /network.resample: best-seeds needs one shared network/],
      [['best-seeds', join(dir, 'missing.json'), '--k', '1'], /no such file/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toHaveLength(1);
      expect(stderr[0]).toMatch(message);
      expect(stdout).toBe('');
    }
  });
});
