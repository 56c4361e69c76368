import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/cli/loadScenarioFile';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('preset scenarios in scenarios/', () => {
  it('include the canonical-model presets', () => {
    expect(files).toEqual(
      expect.arrayContaining(['ic-erdos-renyi.json', 'lt-watts-window.json', 'bass-fully-mixed.json', 'ic-seeding-comparison.json']),
    );
  });

  it.each(files)('%s is a valid scenario with a description and no warnings', async (file) => {
    const result = await loadScenarioFile(dir + file);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.scenario.description.length).toBeGreaterThan(20);
  });

  it('the canonical presets have the parameters their descriptions promise', async () => {
    const load = async (file: string) => {
      const result = await loadScenarioFile(dir + file);
      if (!result.ok) throw new Error(result.errors.join('; '));
      return result.scenario;
    };
    const ic = await load('ic-erdos-renyi.json');
    expect(ic.network).toMatchObject({ kind: 'erdos-renyi', meanDegree: 5 });
    expect(ic.model).toEqual({ kind: 'independent-cascade', probability: 0.3 });
    const comparison = await load('ic-seeding-comparison.json');
    expect(comparison.network.kols?.count).toBeGreaterThan(0);
    expect(comparison.strategies.map((s) => s.seeding.method)).toEqual(['random', 'degree', 'bridges', 'kcore']);
    expect(new Set(comparison.strategies.map((s) => s.seeding.count)).size).toBe(1);
  });
});
