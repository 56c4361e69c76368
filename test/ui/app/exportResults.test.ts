/**
 * The page's per-step CSV export: the same bytes as the CLI's, built in slices so the page keeps
 * answering while a million rows are written.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario';
import { stepsCsv } from '../../../src/runtime/resultFormat';
import { simulateInline } from '../../../src/runtime/simulateInline';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { stepsCsvBlob } from '../../../src/ui/app/exportResults';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, name: 'export', seed: 'x', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

describe('stepsCsvBlob', () => {
  it('gives exactly the CLI’s per-step CSV with a byte-order mark', async () => {
    const scenario = valid({
      runs: 7,
      steps: 12,
      network: { kind: 'erdos-renyi', nodes: 60, meanDegree: 3 },
      model: { kind: 'independent-cascade', probability: 0.3 },
      strategies: [
        { name: '=risky name', seeding: { method: 'random', count: 2 } },
        { name: 'b', seeding: { method: 'degree', count: 2 } },
      ],
    });
    const data = simulateInline(scenario);
    const blob = await stepsCsvBlob(scenario, data);
    // Blob.text() decodes UTF-8 and drops the BOM, so compare bytes.
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode(stepsCsv(scenario, data, { bom: true })));
  });

  it('lets other tasks run while a million rows are written', async () => {
    const scenario = valid({
      runs: 1000,
      steps: 999,
      network: { kind: 'erdos-renyi', nodes: 30, meanDegree: 2 },
      model: { kind: 'independent-cascade', probability: 0.2 },
      strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
    });
    const data = simulateInline(scenario);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const blob = await stepsCsvBlob(scenario, data);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(blob.size).toBeGreaterThan(1_000_000 * 10);
  });
});
