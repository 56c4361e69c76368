/**
 * Working arrays of the dividend model, reused across runs.
 *
 * A study runs hundreds of campaigns on one network; allocating ~15 n-sized typed arrays per
 * run would dominate small cascades and churn the GC. Runs are synchronous (one at a time per
 * worker), so one module-level set keyed by node count is safe.
 *
 * Layout: what the hot loop touches for each exposure is packed per agent (`state`: one int of
 * flags and wave bits; `agent`: 4 doubles) so that an exposure costs one or two cache lines
 * instead of seven. The step arrays are written once per event and only
 * read for the outcome and the trace. Arrays written before they are ever read (`agent`,
 * generations, recruiter) are not cleared between runs.
 */

import { AGENT_STRIDE } from './agentLayout';

/** "Never" in the per-node step arrays, and "nobody" in reachedBy. */
const NEVER = -1;


/** `marks` bits: an organic buyer of this run; the brand has replied to the agent before. */
export const MARK_ORGANIC = 1;
export const MARK_BRAND_SEEN = 2;

export interface DividendScratch {
  readonly nodeCount: number;
  /** Bits per node: reached, converted, muted, one per wave shared in (agentLayout.ts). Cleared. */
  readonly state: Int32Array;
  /** AGENT_STRIDE doubles per agent (agentLayout.ts: dose threshold, patience, relevance, relevance × engagement, dose, step of the dose), written when first reached. */
  readonly agent: Float64Array;
  /** Ad impressions seen by each agent. Cleared. */
  readonly adImpressions: Int32Array;
  /** MARK_* bits per agent. Cleared. */
  readonly marks: Uint8Array;
  /** Per arc: 1 once its target has seen a post through it (the next one is a repeat). Cleared. */
  readonly arcSeen: Uint8Array;
  /** Step of the first exposure (or of the first brand post for seeds/KOLs); NEVER if not reached. Cleared. */
  readonly reachedStep: Int32Array;
  /** Step of the first post. Cleared. */
  readonly sharedStep: Int32Array;
  /** Step of conversion. Cleared. */
  readonly convertedStep: Int32Array;
  /** Step the agent muted the campaign. Cleared. */
  readonly mutedStep: Int32Array;
  /** Who reached the agent first: a node, REACHED_BY_ADS or REACHED_BY_BRAND; NEVER if not reached. Cleared. */
  readonly reachedBy: Int32Array;
  /** Depth in the who-reached-whom tree, written when first reached. */
  readonly generation: Int32Array;
  /** Depth in the who-recruited-whom sharing tree, written at the first post. */
  readonly shareGeneration: Int32Array;
  /** Poster whose exposure triggered the agent's first share decision (REACHED_BY_ADS for ads), written then. */
  readonly recruiter: Int32Array;
  /** Per-node counter for end-of-run tallies; all zero between uses. */
  readonly tally: Int32Array;
}

let cached: DividendScratch | null = null;

/** Scratch arrays for `nodeCount` nodes and `arcs` arcs with the "Cleared" ones reset; valid until the next call. */
export function acquireDividendScratch(nodeCount: number, arcs: number): DividendScratch {
  if (cached === null || cached.nodeCount !== nodeCount || cached.arcSeen.length !== arcs) {
    const n = nodeCount;
    cached = {
      nodeCount: n,
      state: new Int32Array(n),
      agent: new Float64Array(AGENT_STRIDE * n),
      adImpressions: new Int32Array(n),
      marks: new Uint8Array(n),
      arcSeen: new Uint8Array(arcs),
      reachedStep: new Int32Array(n).fill(NEVER),
      sharedStep: new Int32Array(n).fill(NEVER),
      convertedStep: new Int32Array(n).fill(NEVER),
      mutedStep: new Int32Array(n).fill(NEVER),
      reachedBy: new Int32Array(n).fill(NEVER),
      generation: new Int32Array(n),
      shareGeneration: new Int32Array(n),
      recruiter: new Int32Array(n),
      tally: new Int32Array(n),
    };
    return cached;
  }
  const s = cached;
  s.state.fill(0);
  s.adImpressions.fill(0);
  s.marks.fill(0);
  s.arcSeen.fill(0);
  s.reachedStep.fill(NEVER);
  s.sharedStep.fill(NEVER);
  s.convertedStep.fill(NEVER);
  s.mutedStep.fill(NEVER);
  s.reachedBy.fill(NEVER);
  return s;
}

/** A growable list of int32 (the per-step posting queues). */
export class IntList {
  items: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  push(x: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = x;
  }

  clear(): void {
    this.length = 0;
  }
}
