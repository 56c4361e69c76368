/** `lab best-seeds --method imm --kols at-fee`: the decision, its prices and guarantee in the JSON and CSV; one-line errors naming the field. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';
import { AT_FEE_WORLD } from '../fixtures/atFeeWorld';

// 300 people, KOLs of fees 20.6 and 20.3, a seed user at 20 (test/fixtures/atFeeWorld.ts).
const scenario = AT_FEE_WORLD;

const dir = mkdtempSync(join(tmpdir(), 'lab-best-seeds-fee-'));
const file = join(dir, 'scenario.json');
const freeSeeds = join(dir, 'free-seeds.json');
const cascade = join(dir, 'ic.json');
beforeAll(() => {
  writeFileSync(file, JSON.stringify(scenario));
  writeFileSync(freeSeeds, JSON.stringify({ ...scenario, model: { ...scenario.model, economics: { costPerSeed: 0 } } }));
  writeFileSync(
    cascade,
    JSON.stringify({ version: 2, name: 'ic', seed: 'ic', runs: 4, steps: 20, network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 3 }, model: { kind: 'independent-cascade', probability: 0.1 }, strategies: [{ name: 's', seeding: { method: 'random', count: 2 } }] }),
  );
});

const run = (...extra: string[]) => cli('best-seeds', file, '--k', '3', '--method', 'imm', '--kols', 'at-fee', '--epsilon', '0.2', '--delta', '0.01', ...extra);

describe('lab best-seeds --kols at-fee', () => {
  it('reports the chosen KOL range, its fee, the seed users, the budget and the guarantee; deterministic', async () => {
    const a = await run();
    expect(a.stderr).toEqual([]);
    expect(a.code).toBe(0);
    const json = JSON.parse(a.stdout);
    const kols = json.kols;
    expect(kols.mode).toBe('at-fee');
    expect(kols.budget).toBe(60);
    // none, rank 1, rank 2, ranks 1–2 (40.9 ≤ 60)
    expect(kols.decisions).toBe(4);
    const fee = kols.hired === null ? 0 : kols.hired.fee;
    expect(kols.cost).toBeCloseTo(fee + 20 * kols.seedUsers.length, 9);
    expect(kols.cost).toBeLessThanOrEqual(60);
    expect(kols.seedUsers.length).toBe(Math.floor((60 - fee) / 20 + 1e-9));
    expect(kols.seedUsers.every((v: number) => v < 300)).toBe(true);
    if (kols.hired !== null) {
      expect(kols.hired.nodes.every((v: number) => v >= 300)).toBe(true);
      expect(json.hiredKols.accounts.map((p: { node: number }) => p.node)).toEqual(kols.hired.nodes);
      expect(json.hiredKols.accounts.every((p: { roles: string[] }) => p.roles.includes('kol'))).toBe(true);
    }
    expect(json.seedCost).toBeCloseTo(kols.cost, 9);
    expect(json.greedy.seeds).toEqual(kols.seedUsers);
    expect(json.methods[0].seeds).toEqual(kols.seedUsers);
    // Heuristic rows: the same money on k = 3 seed users.
    expect(json.methods.find((m: { method: string }) => m.method === 'degree').seeds).toHaveLength(3);
    expect(json.k).toBe(3);
    expect(kols.heuristicsCost).toBe(60);
    expect(json.imm.note).toMatch(/affordable decision/);
    expect(json.imm.guaranteed).toBeGreaterThanOrEqual(json.imm.target);
    expect(json.imm.lowerBoundOpt).toBeLessThanOrEqual(json.imm.upperBoundOpt);
    const b = await run();
    const strip = (text: string) => {
      const j = JSON.parse(text);
      return { ...j, meta: null, imm: { ...j.imm, ms: null } };
    };
    expect(strip(b.stdout)).toEqual(strip(a.stdout));

    const csv = csvParse((await run('--format', 'csv')).stdout);
    expect(csv.columns.slice(-6)).toEqual(['kolsFromRank', 'kolsHired', 'kolFees', 'seedUsers', 'cost', 'budget']);
    const greedy = csv.find((r) => r.method === 'greedy')!;
    expect(Number(greedy.cost)).toBeCloseTo(kols.cost, 9);
    expect(Number(greedy.seedUsers)).toBe(kols.seedUsers.length);
    expect(Number(greedy.kolsHired)).toBe(kols.hired === null ? 0 : kols.hired.hire);
    const degree = csv.find((r) => r.method === 'degree')!;
    expect([degree.kolsHired, degree.seedUsers, degree.cost, degree.budget]).toEqual(['0', '3', '60', '60']);
  });

  it('without --kols (excluded) the CSV has no fee columns and the JSON no kols block', async () => {
    const out = await cli('best-seeds', file, '--k', '3', '--method', 'imm', '--epsilon', '0.2', '--delta', '0.01', '--samples', '2');
    const json = JSON.parse(out.stdout);
    expect(json.kols).toBeUndefined();
    expect(json.hiredKols).toBeUndefined();
    const csv = csvParse((await cli('best-seeds', file, '--k', '3', '--samples', '2', '--format', 'csv')).stdout);
    expect(csv.columns).not.toContain('kolsHired');
  });

  it('bad input is one line with exit code 2, naming the field', async () => {
    const cases: [string, string[], RegExp][] = [
      [file, ['--k', '3', '--method', 'imm', '--kols', 'sometimes'], /--kols must be excluded or at-fee \(got "sometimes"\)/],
      [file, ['--k', '3', '--kols', 'at-fee'], /--kols at-fee needs --method imm/],
      [file, ['--k', '3', '--method', 'celf', '--kols', 'at-fee'], /--kols at-fee needs --method imm/],
      [file, ['--k', '0', '--method', 'imm', '--kols', 'at-fee'], /--k must be a whole number between 1 and/],
      [freeSeeds, ['--k', '3', '--method', 'imm', '--kols', 'at-fee'], /--kols at-fee: economics\.costPerSeed: must be positive/],
      [cascade, ['--k', '2', '--method', 'imm', '--kols', 'at-fee'], /--kols at-fee needs the dividend model/],
    ];
    for (const [path, extra, message] of cases) {
      const { code, stderr, stdout } = await cli('best-seeds', path, ...extra);
      expect(code, extra.join(' ')).toBe(2);
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(message);
      expect(stdout).toBe('');
    }
  });
});
