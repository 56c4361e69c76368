/**
 * Entry point of the canonical models: one run of one strategy on one network.
 *
 * All randomness is drawn from (root, run, purpose, entity) only — never from the seeds or
 * the strategy — so strategies compared on the same run index see the same world
 * (common random numbers) and a run is reproducible in any worker, in any order.
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import type { RunOutcome } from '../runOutcome';
import { runBass } from './bass';
import { runIndependentCascade } from './independentCascade';
import { runLinearThreshold } from './linearThreshold';
import type { ModelSpec } from './modelSpec';

/**
 * Simulate `steps` steps of `model` on `graph` from the given seeds (distinct node indices).
 * `root` is the scenario's root key and `run` the Monte Carlo run index.
 * The timeline has steps+1 entries; index 0 is the state right after seeding.
 */
export function runModel(
  graph: Graph,
  model: ModelSpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  switch (model.kind) {
    case 'independent-cascade':
      return runIndependentCascade(graph, model, seeds, steps, root, run);
    case 'linear-threshold':
      return runLinearThreshold(graph, model, seeds, steps, root, run);
    case 'bass':
      return runBass(graph, model, seeds, steps, root, run);
    default: {
      const unknown: never = model;
      throw new Error(`runModel: unknown model kind ${(unknown as { kind: string }).kind}`);
    }
  }
}
