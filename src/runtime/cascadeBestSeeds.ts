/**
 * Best seeds on Independent Cascade (`lab best-seeds --method imm` on a scenario whose model is
 * `independent-cascade`): OPIM-C's set (chosen by the caller, src/core/influence/opimc.ts with
 * cascadeArcRule) beside the degree, bridges, k-core and random sets of the same size, every set
 * evaluated by the model itself on runs 0 … runs−1 — the same runs (common random numbers) for
 * every method, while the RR sets used runs from 1,000,000 on, so OPIM-C's lead is out of sample.
 * Candidates are the ordinary accounts for every method: KOL accounts are never seed users (a
 * strategy hires them, at their price), so rankings skip them too.
 */
import type { Graph } from '../core/graph';
import { meanWithError, type MeanWithError } from '../core/influence/compareSeeding';
import { runIndependentCascade } from '../core/models/independentCascade';
import type { IndependentCascadeSpec } from '../core/models/modelSpec';
import type { StreamKey } from '../core/random';
import { randomSeeds } from '../core/seeding/seedingRandom';
import { rankNodes } from '../core/seeding/rankNodes';
import { pairedComparison } from '../core/stats/pairedComparison';

export const CASCADE_HEURISTICS = ['degree', 'bridges', 'kcore', 'random'] as const;

export interface CascadeMethodRow {
  method: 'imm' | (typeof CASCADE_HEURISTICS)[number];
  /** The set (null for random: a fresh draw per run). */
  seeds: number[] | null;
  /** Activated people (seeds included) over the evaluation runs. */
  shared: MeanWithError;
  /** This method − OPIM-C, paired over the same runs (null for OPIM-C itself). */
  vsImm: { mean: number; ci95: [number, number] | null } | null;
}

/** The top `k` ordinary accounts of a ranking. */
function topOrdinary(graph: Graph, method: 'degree' | 'bridges' | 'kcore', root: StreamKey, k: number): Int32Array {
  const ordinary = graph.nodeCount - graph.kolNodes.length;
  return rankNodes(graph, method, root)
    .filter((v) => v < ordinary)
    .slice(0, k);
}

/** k ordinary accounts drawn uniformly for run `run` (the model's random seeding, KOL accounts skipped). */
function randomOrdinary(graph: Graph, root: StreamKey, run: number, k: number): Int32Array {
  const ordinary = graph.nodeCount - graph.kolNodes.length;
  return randomSeeds(ordinary, Math.min(k, ordinary), root, run);
}

/** Evaluate OPIM-C's seeds and the heuristics on IC runs 0 … runs−1. */
export function compareCascadeSeeding(
  graph: Graph,
  spec: IndependentCascadeSpec,
  immSeeds: number[],
  k: number,
  root: StreamKey,
  runs: number,
  steps: number,
  cancelled?: () => boolean,
): CascadeMethodRow[] {
  const sets: [CascadeMethodRow['method'], Int32Array | null][] = [
    ['imm', Int32Array.from(immSeeds)],
    ...(['degree', 'bridges', 'kcore'] as const).map((m) => [m, topOrdinary(graph, m, root, k)] as [CascadeMethodRow['method'], Int32Array]),
    ['random', null],
  ];
  const shared = sets.map(() => new Float64Array(runs));
  for (let run = 0; run < runs; run++) {
    if (cancelled?.()) throw new RangeError('cancelled');
    sets.forEach(([, seeds], i) => {
      shared[i][run] = runIndependentCascade(graph, spec, seeds ?? randomOrdinary(graph, root, run, k), steps, root, run).shared;
    });
  }
  return sets.map(([method, seeds], i) => {
    const diff = i === 0 ? null : pairedComparison(shared[0], shared[i]);
    return {
      method,
      seeds: seeds === null ? null : Array.from(seeds),
      shared: meanWithError(shared[i]),
      vsImm: diff === null ? null : { mean: diff.meanDifference, ci95: diff.ci95 },
    };
  });
}
