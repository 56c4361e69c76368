/**
 * Node-side golden: the full JSON result of the engine-independence scenario (dividend model,
 * power-law communities; test/runtime/goldenScenario.ts) hashes to a pinned value. Anything
 * engine-dependent slipping into a result (a Math.exp/log/pow instead of src/core/portableMath)
 * would make the hash depend on the Node version; the Chromium twin of this check is in
 * test/e2e/crossEngine.e2e.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GOLDEN_RESULT_SHA256, GOLDEN_SCENARIO, goldenResultText } from './goldenScenario';

describe('the engine-independence golden scenario', () => {
  const text = goldenResultText();
  const result = JSON.parse(text) as {
    scenario: { network: { degreeExponent: number | null } };
    network: { nodes: number; arcs: number; meanDegree: number; maxInDegree: number };
    strategies: { name: string; summary: Record<string, { mean: number }>; comparison: unknown }[];
  };

  it('exercises what it is meant to: heavy-tailed degrees, conversions, a paired comparison', () => {
    expect(result.scenario.network.degreeExponent).toBe(2.4);
    expect(result.network.nodes).toBe(GOLDEN_SCENARIO.network.nodes + GOLDEN_SCENARIO.network.kols.count);
    // In-degree (friends plus at most 3 followed KOLs) passes 5× the mean; Poisson degrees would stop near 2.5×.
    expect(result.network.maxInDegree).toBeGreaterThan(5 * result.network.meanDegree);
    for (const s of result.strategies) {
      expect(s.summary.incrementalConverted.mean, s.name).toBeGreaterThan(0);
      // Organic demand 1%: about 15 of 1,503 people buy without the campaign, and the lift is below the total.
      expect(s.summary.organicBuyers.mean, s.name).toBeGreaterThan(0);
      expect(s.summary.incrementalConverted.mean, s.name).toBeLessThan(s.summary.converted.mean);
    }
    expect(result.strategies[1].comparison).toMatchObject({ converted: { metric: 'incrementalConverted', ci95: [expect.any(Number), expect.any(Number)] } });
  });

  it('gives a result whose SHA-256 is pinned', () => {
    const hash = createHash('sha256').update(text).digest('hex');
    const headline = result.strategies
      .map((s) => `${s.name}: converted ${s.summary.converted.mean} (incremental ${s.summary.incrementalConverted.mean}), reached ${s.summary.reached.mean}`)
      .join('; ');
    expect(hash, `result changed (${headline}; network ${result.network.arcs} arcs)`).toBe(GOLDEN_RESULT_SHA256);
  });
});
