import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyOverrides, loadScenarioFile, readScenarioJson } from '../../src/cli/loadScenarioFile';
import { UserError } from '../../src/cli/userError';

let dir: string;
const scenario = (network: Record<string, unknown>) => ({
  version: 1,
  name: 'edge list from a file',
  network,
  model: { kind: 'independent-cascade', probability: 0.5 },
  strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
});
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-load-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'ties.csv'), 'source,target\nann,bob\nbob,cy\n');
});

describe('loadScenarioFile', () => {
  it('reads network.file relative to the scenario file into network.edges', async () => {
    const path = write('file.json', scenario({ kind: 'edge-list', file: 'data/ties.csv' }));
    const result = await loadScenarioFile(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.network).toMatchObject({ kind: 'edge-list', nodes: 3, edges: 'source,target\nann,bob\nbob,cy\n' });
  });

  it('a missing edge-list file is a user error naming the resolved path', async () => {
    const path = write('missing.json', scenario({ kind: 'edge-list', file: 'data/nope.csv' }));
    await expect(loadScenarioFile(path)).rejects.toThrow(/cannot read edge-list file .*data\/nope\.csv: no such file or directory/);
  });

  it('file and edges together, or a file that is not a path, are user errors', async () => {
    await expect(loadScenarioFile(write('both.json', scenario({ kind: 'edge-list', file: 'data/ties.csv', edges: 'a,b' })))).rejects.toThrow(
      /give either edges or file/,
    );
    await expect(loadScenarioFile(write('num.json', scenario({ kind: 'edge-list', file: 3 })))).rejects.toThrow(/network\.file: must be the path/);
  });

  it('missing files, directories and invalid JSON are UserErrors with one-line messages', async () => {
    await expect(readScenarioJson(join(dir, 'absent.json'))).rejects.toThrow(UserError);
    await expect(readScenarioJson(join(dir, 'absent.json'))).rejects.toThrow(/no such file or directory/);
    await expect(readScenarioJson(dir)).rejects.toThrow(/is a directory/);
    const bad = write('bad.json', '{"version": 1,\n"name": }');
    await expect(readScenarioJson(bad)).rejects.toThrow(/bad\.json: invalid JSON: /);
    await expect(readScenarioJson(bad)).rejects.not.toThrow(/\n/);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const path = write('bom.json', `\uFEFF${JSON.stringify(scenario({ kind: 'erdos-renyi', nodes: 10, meanDegree: 2 }))}`);
    expect((await loadScenarioFile(path)).ok).toBe(true);
  });

  it('overrides are validated like file fields and name their option', async () => {
    const path = write('plain.json', scenario({ kind: 'erdos-renyi', nodes: 10, meanDegree: 2 }));
    const ok = await loadScenarioFile(path, { runs: '7', seed: 'other' });
    expect(ok.ok && [ok.scenario.runs, ok.scenario.seed]).toEqual([7, 'other']);
    const bad = await loadScenarioFile(path, { runs: '0' });
    expect(bad.ok ? [] : bad.errors).toEqual(['runs (from --runs): must be an integer between 1 and 10000 (got 0)']);
    const text = await loadScenarioFile(path, { runs: 'many' });
    expect(text.ok ? [] : text.errors).toEqual(['runs (from --runs): must be an integer between 1 and 10000 (got "many")']);
  });

  it('applyOverrides copies instead of mutating, and keeps a __proto__ key as plain data', () => {
    const raw = JSON.parse('{"runs": 5, "__proto__": {"polluted": 1}}') as Record<string, unknown>;
    const out = applyOverrides(raw, { runs: '9' }) as Record<string, unknown>;
    expect(raw.runs).toBe(5);
    expect(out.runs).toBe(9);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toContain('__proto__');
  });
});
