/**
 * Working arrays reused across runs by the canonical models.
 *
 * A Monte Carlo study runs thousands of cascades on the same network; allocating
 * several n-sized typed arrays per run would dominate small cascades and churn the GC.
 * Models run synchronously (one at a time per worker), so a single module-level set of
 * arrays, keyed by node count, is safe.
 */

/** Node state bit: active (shared = converted in the canonical models). */
export const STATE_ACTIVE = 1;
/** Node state bit: reached (received at least one exposure / attempt). */
export const STATE_REACHED = 2;
/** Node state bit: currently listed in `candidates`. */
export const STATE_LISTED = 4;

export interface ModelScratch {
  /** Bit set of STATE_* flags per node; zeroed on acquisition. */
  readonly state: Uint8Array;
  /**
   * Activation order: nodes in the order they became active (frontiers are slices of it).
   * Length nodeCount + 1: a branch-free writer may store one tentative entry past the last node.
   */
  readonly queue: Int32Array;
  /** Nodes to (re)examine in the current step (threshold / adoption candidates). */
  readonly candidates: Int32Array;
  /** Accumulated (weighted) count of active in-neighbours; zeroed only when requested. */
  readonly influence: Float64Array;
}

let cached: ModelScratch | null = null;

/**
 * Scratch arrays for a graph of `nodeCount` nodes, with `state` cleared and, when
 * `clearInfluence` is set, `influence` cleared too (IC never reads it, so it skips that cost).
 * The returned arrays are valid until the next call.
 */
export function acquireScratch(nodeCount: number, clearInfluence: boolean): ModelScratch {
  if (cached === null || cached.state.length !== nodeCount) {
    cached = {
      state: new Uint8Array(nodeCount),
      queue: new Int32Array(nodeCount + 1),
      candidates: new Int32Array(nodeCount),
      influence: new Float64Array(nodeCount),
    };
    return cached;
  }
  cached.state.fill(0);
  if (clearInfluence) cached.influence.fill(0);
  return cached;
}
