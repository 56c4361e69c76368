import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import type { SimulationData } from '../../src/runtime/collect';
import { BASE_RUN_COLUMNS } from '../../src/runtime/runColumns';
import { prettyJson } from '../../src/runtime/prettyJson';
import {
  buildResult,
  escapeCsvText,
  resultToJson,
  RUNS_CSV_HEADER,
  runsCsv,
  STEPS_CSV_HEADER,
  stepsCsv,
  stepsCsvChunks,
} from '../../src/runtime/resultFormat';

function scenario(names: string[], seed = 'seed'): Scenario {
  return {
    version: 2,
    name: 'format test',
    description: '',
    seed,
    runs: 2,
    steps: 1,
    network: { kind: 'erdos-renyi', nodes: 10, meanDegree: 2, resample: false, kols: null },
    model: { kind: 'independent-cascade', probability: 0.5 },
    strategies: names.map((name) => ({ name, seeding: { method: 'random', count: 1, nodes: [] } })),
  };
}

/** Hand-made data: strategy s, run r has totals (10s + r, …) and a 2-step timeline. */
function data(names: string[]): SimulationData {
  return {
    runs: 2,
    steps: 1,
    metricNames: BASE_RUN_COLUMNS,
    strategies: names.map((name, s) => {
      const totals = Int32Array.from([10 * s, 2, 2, 0, 1, 10 * s + 1, 3, 3, 0, 1]);
      return {
        name,
        totals,
        timelines: Int32Array.from([1, 10 * s, 1, 2, 1, 2, 0, 0, /* run 1 */ 1, 10 * s + 1, 1, 3, 1, 3, 0, 0]),
        metrics: Float64Array.from(totals),
      };
    }),
    network: { nodes: 10, arcs: 20, meanDegree: 2, maxOutDegree: 4, maxInDegree: 4, kols: 0, communities: 0, fullyMixed: false },
    representativeRun: { run: 0, baselineConverted: 2, baselineMedianConverted: 2.5 },
    traces: null,
    networkMs: 1,
    simulateMs: 2,
  };
}

describe('escapeCsvText', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => expect(escapeCsvText(input)).toBe(output));
});

describe('runsCsv', () => {
  it('one row per strategy and run, header first, numbers numeric', () => {
    const names = ['random', 'degree'];
    const rows = csvParseRows(runsCsv(scenario(names), data(names)).trimEnd());
    expect(rows[0]).toEqual([...RUNS_CSV_HEADER]);
    expect(RUNS_CSV_HEADER).toEqual(['strategy', 'run', 'reached', 'shared', 'converted', 'churned', 'steps', 'seed']);
    expect(rows.slice(1)).toEqual([
      ['random', '0', '0', '2', '2', '0', '1', 'seed'],
      ['random', '1', '1', '3', '3', '0', '1', 'seed'],
      ['degree', '0', '10', '2', '2', '0', '1', 'seed'],
      ['degree', '1', '11', '3', '3', '0', '1', 'seed'],
    ]);
  });

  it('text cells that look like formulas are escaped, and quoting survives commas, quotes and newlines', () => {
    const names = ['=HYPERLINK("http://x")', 'a, "b"\nc'];
    const csv = runsCsv(scenario(names, '-seed'), data(names));
    const rows = csvParseRows(csv.trimEnd());
    expect(rows[1][0]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[3][0]).toBe('a, "b"\nc');
    expect(rows[1][7]).toBe("'-seed");
  });

  it('negative numbers are not escaped (only text cells are)', () => {
    const d = data(['s']);
    d.strategies[0].metrics[0] = -3;
    expect(runsCsv(scenario(['s']), d).split('\n')[1]).toBe('s,0,-3,2,2,0,1,seed');
  });

  it('optional UTF-8 byte order mark', () => {
    expect(runsCsv(scenario(['s']), data(['s']), { bom: true }).startsWith('\uFEFFstrategy,')).toBe(true);
    expect(runsCsv(scenario(['s']), data(['s'])).startsWith('strategy,')).toBe(true);
  });
});

describe('stepsCsv', () => {
  it('one row per strategy, run and step', () => {
    const rows = csvParseRows(stepsCsv(scenario(['s']), data(['s'])).trimEnd());
    expect(rows).toEqual([
      [...STEPS_CSV_HEADER],
      ['s', '0', '0', '1', '1', '1', '0', 'seed'],
      ['s', '0', '1', '0', '2', '2', '0', 'seed'],
      ['s', '1', '0', '1', '1', '1', '0', 'seed'],
      ['s', '1', '1', '1', '3', '3', '0', 'seed'],
    ]);
  });

  it('chunks join to the same text as one string, with the BOM only once', () => {
    const chunks = [...stepsCsvChunks(scenario(['a', 'b']), data(['a', 'b']), { bom: true })];
    expect(chunks.join('')).toBe(stepsCsv(scenario(['a', 'b']), data(['a', 'b']), { bom: true }));
    expect(chunks.join('').split('\uFEFF')).toHaveLength(2);
  });
});

describe('buildResult and JSON', () => {
  it('has scenario, network, strategies with runs/summary/timeline, and meta', () => {
    const names = ['a', 'b'];
    const result = buildResult(scenario(names), data(names), { createdAt: 'now' });
    expect(Object.keys(result)).toEqual(['scenario', 'network', 'strategies', 'representativeRun', 'meta']);
    expect(result.network).toMatchObject({ nodes: 10, arcs: 20, resample: false });
    expect(result.strategies.map((s) => s.name)).toEqual(names);
    expect(result.strategies[1].runs).toEqual([
      { run: 0, reached: 10, shared: 2, converted: 2, churned: 0, steps: 1 },
      { run: 1, reached: 11, shared: 3, converted: 3, churned: 0, steps: 1 },
    ]);
    expect(result.strategies[1].summary.reached.mean).toBe(10.5);
    expect(result.strategies[1].summary.reached.n).toBe(2);
    // Canonical models: a comparison on conversions only; no attribution or decomposition.
    expect(result.strategies[0].comparison).toBeNull();
    expect(result.strategies[1].comparison).toMatchObject({ baseline: 'a', roi: null, converted: { metric: 'converted', meanDifference: 0, n: 2 } });
    expect(result.strategies[1]).toMatchObject({ attribution: null, concentration: null, decomposition: null });
    expect(result.representativeRun).toEqual({ run: 0, baselineConverted: 2, baselineMedianConverted: 2.5 });
    expect(result.strategies[0].timeline.step).toEqual([0, 1]);
    expect(result.strategies[0].timeline.shared.mean).toEqual([1, 2.5]);
    expect(result.meta).toEqual({ createdAt: 'now' });
  });

  it('the JSON text parses back to the same result', () => {
    const result = buildResult(scenario(['a']), data(['a']), { x: 1 });
    const text = resultToJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
  });
});

describe('prettyJson', () => {
  it('indents objects by two spaces and keeps flat values on one line', () => {
    expect(prettyJson({ a: [1, 2], b: { c: 1, d: 'x' }, e: [{ f: [[1, 2]] }], g: [] })).toBe(
      '{\n  "a": [1,2],\n  "b": {"c":1,"d":"x"},\n  "e": [\n    {\n      "f": [[1,2]]\n    }\n  ],\n  "g": []\n}',
    );
  });

  it('parses back to exactly what JSON.stringify gives', () => {
    const value = { s: 'a"\n', n: -1.5e-7, nul: null, u: undefined, t: true, nested: [{ a: { b: [1, { c: 2 }] } }], typed: Int32Array.from([1]) };
    expect(JSON.parse(prettyJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
