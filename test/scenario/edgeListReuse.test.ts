/**
 * Re-validating a scenario whose edge list did not change does not parse the list again: the page
 * validates on every edit, and a large uploaded list takes seconds to parse.
 */
import { describe, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/networks/edgeList', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/networks/edgeList')>();
  return {
    ...original,
    parseEdgeListDetailed: (...args: Parameters<typeof original.parseEdgeListDetailed>) => {
      parses.count++;
      return original.parseEdgeListDetailed(...args);
    },
  };
});

const { checkScenario } = await import('../../src/scenario/validateScenario');

const scenario = (edges: string, runs = 10) => ({
  version: 1,
  name: 'edge list',
  runs,
  network: { kind: 'edge-list', edges },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
});

describe('edge-list validation on edits', () => {
  it('parses an unchanged list once, a changed list again', () => {
    const edges = Array.from({ length: 5_000 }, (_, i) => `${i},${i + 1}`).join('\n');
    parses.count = 0;
    expect(checkScenario(scenario(edges)).ok).toBe(true);
    expect(checkScenario(scenario(edges, 20)).ok).toBe(true); // an edit elsewhere
    expect(checkScenario(scenario(`${edges}\n`, 30)).ok).toBe(true); // a different list
    expect(parses.count).toBe(2);
    const bad = checkScenario(scenario(`${edges}\nx`));
    expect(bad.ok).toBe(false);
    expect(checkScenario(scenario(`${edges}\nx`, 5))).toEqual(bad);
    expect(parses.count).toBe(3);
  });
});
