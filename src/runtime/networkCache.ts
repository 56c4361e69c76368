/**
 * Keeps the most recently generated network so that the jobs a worker receives for the same
 * scenario do not regenerate it. By default the network is one shared world for every run
 * (only `resample: true` draws one per run), so a worker generates it once per scenario.
 * Only one network is kept: a 1M-node graph is ~100 MB.
 */
import type { Graph } from '../core/graph';
import { generateNetwork } from '../core/networks/generateNetwork';
import type { NetworkSpec } from '../core/networks/networkSpec';
import type { StreamKey } from '../core/random';

export class NetworkCache {
  private seed: string | null = null;
  private world = -1;
  private shape = '';
  private edges: string | null = null;
  private graph: Graph | null = null;

  /**
   * The network of (spec, seed) for `run`, and whether it had to be generated.
   * `root` must be rootKey(seed).
   */
  get(spec: NetworkSpec, seed: string, root: StreamKey, run: number): { graph: Graph; generated: boolean } {
    const held = this.held(spec, seed, run);
    if (held !== null) return { graph: held, generated: false };
    this.graph = null; // let the old graph go before allocating the new one
    this.adopt(spec, seed, run, generateNetwork(spec, root, run));
    return { graph: this.graph!, generated: true };
  }

  /** The network of (spec, seed) for `run` if it is the one kept, else null (nothing is generated). */
  held(spec: NetworkSpec, seed: string, run: number): Graph | null {
    const key = cacheKey(spec, run);
    const same = this.graph !== null && this.seed === seed && this.world === key.world && this.shape === key.shape && this.edges === key.edges;
    return same ? this.graph : null;
  }

  /**
   * Keep `graph` as the network of (spec, seed) for `run`: one generated elsewhere (another
   * worker of the pool, sharedNetwork.ts) — generateNetwork is a pure function of its inputs, so
   * it is the graph this cache would have made.
   */
  adopt(spec: NetworkSpec, seed: string, run: number, graph: Graph): void {
    const key = cacheKey(spec, run);
    this.graph = graph;
    this.seed = seed;
    this.world = key.world;
    this.shape = key.shape;
    this.edges = key.edges;
  }

  clear(): void {
    this.graph = null;
    this.seed = null;
    this.edges = null;
  }
}

/** What identifies a network besides its seed: its world (run under `resample`, else 0) and its spec. */
function cacheKey(spec: NetworkSpec, run: number): { world: number; shape: string; edges: string | null } {
  // An edge list's text can be 100 MB: compare it as a string (same reference → O(1)),
  // not through JSON of the whole spec.
  return {
    world: spec.resample ? run : 0,
    shape: JSON.stringify(spec.kind === 'edge-list' ? { ...spec, edges: '' } : spec),
    edges: spec.kind === 'edge-list' ? spec.edges : null,
  };
}
