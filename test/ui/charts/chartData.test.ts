import { describe, expect, it } from 'vitest';
import type { PairedComparison as CorePairedComparison } from '../../../src/core/stats/pairedComparison';
import type { StrategyResult as RuntimeStrategyResult } from '../../../src/runtime/resultFormat';
import type { PairedComparison, StrategyResult } from '../../../src/ui/charts/chartData';
import { metricSummary } from '../../../src/ui/charts/runStats';

// The charts' data contract must accept what the runtime produces. These assignments are checked
// by `tsc` (npm test type-checks first): if the result format drifts, this file stops compiling.
function fromRuntime(result: RuntimeStrategyResult, color: string): StrategyResult {
  return { ...result, color };
}
function fromCore(c: CorePairedComparison, name: string, metric: string): PairedComparison {
  return { ...c, name, metric };
}

describe('data contract', () => {
  it('draws from a runtime result plus a colour', () => {
    const band = { mean: [0, 2], p05: [0, 1], p95: [0, 3] };
    const runtime: RuntimeStrategyResult = {
      name: 'A',
      runs: [{ run: 0, reached: 4, shared: 2, converted: 1, churned: 0, steps: 1 }],
      summary: {
        reached: { mean: 4, sd: 0, p05: 4, p50: 4, p95: 4, n: 1 },
        shared: { mean: 2, sd: 0, p05: 2, p50: 2, p95: 2, n: 1 },
        converted: { mean: 1, sd: 0, p05: 1, p50: 1, p95: 1, n: 1 },
        churned: { mean: 0, sd: 0, p05: 0, p50: 0, p95: 0, n: 1 },
        steps: { mean: 1, sd: 0, p05: 1, p50: 1, p95: 1, n: 1 },
      },
      timeline: { step: [0, 1], reached: band, shared: band, converted: band, churned: band },
      comparison: null,
      attribution: null,
      concentration: null,
      decomposition: null,
    };
    const s = fromRuntime(runtime, '#0078c1');
    expect(metricSummary(s, 'reached')?.mean).toBe(4);
    const c = fromCore({ meanDifference: 3, ci95: null, shareBetter: 1, n: 1 }, 'B', 'converted');
    expect(c.ci95).toBeNull();
  });
});
