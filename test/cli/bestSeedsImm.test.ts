/** `lab best-seeds --method imm`: OPIM-C's seeds in the comparison, its guarantee in the JSON, one-line errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliInProcess';
import { IMM_WORLD } from '../fixtures/immWorld';

const scenario = IMM_WORLD;

let file: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'lab-best-seeds-imm-'));
  file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
});

describe('lab best-seeds --method imm', () => {
  it('reports OPIM-C: sets, bounds on OPT, the guarantee and time; seeds are ordinary accounts; deterministic', async () => {
    const a = await cli('best-seeds', file, '--k', '3', '--samples', '4', '--method', 'imm', '--epsilon', '0.2', '--delta', '0.01');
    expect(a.stderr).toEqual([]);
    expect(a.code).toBe(0);
    const json = JSON.parse(a.stdout);
    expect(json.imm.method).toBe('OPIM-C');
    expect(json.imm.epsilon).toBe(0.2);
    expect(json.imm.delta).toBe(0.01);
    expect(json.imm.target).toBeCloseTo(1 - 1 / Math.E - 0.2, 12);
    expect(json.imm.guaranteed).toBeGreaterThanOrEqual(json.imm.target);
    expect(json.imm.sets).toBeGreaterThan(0);
    expect(json.imm.lowerBoundOpt).toBeLessThanOrEqual(json.imm.upperBoundOpt);
    expect(json.imm.ms).toBeGreaterThan(0);
    expect(json.greedy.seeds).toHaveLength(3);
    expect(json.greedy.seeds.some((v: number) => v >= 300)).toBe(false);
    expect(json.methods[0].seeds).toEqual(json.greedy.seeds);
    // The default --workers (every core) against one thread, and two threads: RR set i is run 1,000,000 + i whoever draws it.
    const b = await cli('best-seeds', file, '--k', '3', '--samples', '4', '--method', 'imm', '--epsilon', '0.2', '--delta', '0.01', '--workers', '1');
    const c = await cli('best-seeds', file, '--k', '3', '--samples', '4', '--method', 'imm', '--epsilon', '0.2', '--delta', '0.01', '--workers', '2');
    const strip = (text: string) => {
      const j = JSON.parse(text);
      // Time and memory are resources, not results: each thread holds its own scratch.
      return { ...j, meta: null, imm: { ...j.imm, ms: null, peakMiB: null } };
    };
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
    expect(strip(c.stdout)).toEqual(strip(a.stdout));
  });

  it('default δ is 1/n; bad options are one line with exit code 2', async () => {
    const ok = await cli('best-seeds', file, '--k', '1', '--samples', '2', '--method', 'imm');
    expect(JSON.parse(ok.stdout).imm.delta).toBeCloseTo(1 / 302, 12);
    const cases: [string[], RegExp][] = [
      [['--method', 'ris'], /--method must be celf or imm/],
      [['--method', 'imm', '--epsilon', '1'], /--epsilon must be a number strictly between 0 and 1/],
      [['--method', 'imm', '--delta', 'x'], /--delta must be a number strictly between 0 and 1/],
      [['--epsilon', '0.1'], /only with --method imm/],
      [['--workers', '2'], /only with --method imm/],
      [['--method', 'imm', '--workers', '0'], /--workers: must be an integer between 1 and/],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr, stdout } = await cli('best-seeds', file, '--k', '2', ...extra);
      expect(code, extra.join(' ')).toBe(2);
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(message);
      expect(stdout).toBe('');
    }
  });
});

describe('lab best-seeds --method imm on Independent Cascade', () => {
  const ic = {
    version: 2,
    name: 'best seeds ic test',
    seed: 'bs-ic',
    runs: 40,
    steps: 30,
    network: { kind: 'communities', nodes: 200, communities: 4, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.3, homeBias: 0.5 } },
    model: { kind: 'independent-cascade', probability: 0.15 },
    strategies: [{ name: 'degree', seeding: { method: 'degree', count: 5 } }],
  };
  let icFile: string;
  beforeAll(() => {
    icFile = join(mkdtempSync(join(tmpdir(), 'lab-best-seeds-ic-')), 'ic.json');
    writeFileSync(icFile, JSON.stringify(ic));
  });

  it('OPIM-C on IC beside degree, bridges, k-core and random, evaluated by the model; the same for 1 and 2 threads', async () => {
    const one = await cli('best-seeds', icFile, '--k', '4', '--method', 'imm', '--workers', '1');
    expect(one.stderr).toEqual([]);
    expect(one.code).toBe(0);
    const json = JSON.parse(one.stdout);
    expect(json.imm.note).toMatch(/Independent Cascade/);
    expect(json.methods.map((m: { method: string }) => m.method)).toEqual(['imm', 'degree', 'bridges', 'kcore', 'random']);
    const imm = json.methods[0];
    expect(imm.seeds).toHaveLength(4);
    // KOL accounts (nodes 200, 201) are never seeds, for any method.
    for (const m of json.methods) if (m.seeds) expect(m.seeds.some((v: number) => v >= 200)).toBe(false);
    // Seeds are activated: every method's mean is at least k.
    for (const m of json.methods) expect(m.shared.mean).toBeGreaterThanOrEqual(4);
    expect(json.methods[1].vsImm.ci95).toHaveLength(2);
    const two = await cli('best-seeds', icFile, '--k', '4', '--method', 'imm', '--workers', '2');
    const strip = (text: string) => {
      const j = JSON.parse(text);
      return { ...j, meta: null, imm: { ...j.imm, ms: null, peakMiB: null } };
    };
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    const csv = await cli('best-seeds', icFile, '--k', '4', '--method', 'imm', '--workers', '1', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('method,seeds,sharedMean,sharedStdError,minusImm,minusImmLow95,minusImmHigh95');
    expect(csv.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('CELF stays refused for IC; k beyond the ordinary accounts is one line, exit 2', async () => {
    const celf = await cli('best-seeds', icFile, '--k', '4');
    expect(celf.code).toBe(2);
    expect(celf.stderr[0]).toMatch(/needs the dividend model/);
    const big = await cli('best-seeds', icFile, '--k', '201', '--method', 'imm');
    expect(big.code).toBe(2);
    expect(big.stderr[0]).toMatch(/--k must be a whole number between 1 and 200/);
  });
});
