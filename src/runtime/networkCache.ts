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
    const world = spec.resample ? run : 0;
    // An edge list's text can be 100 MB: compare it as a string (same reference → O(1)),
    // not through JSON of the whole spec.
    const edges = spec.kind === 'edge-list' ? spec.edges : null;
    const shape = JSON.stringify(spec.kind === 'edge-list' ? { ...spec, edges: '' } : spec);
    if (this.graph !== null && this.seed === seed && this.world === world && this.shape === shape && this.edges === edges) {
      return { graph: this.graph, generated: false };
    }
    this.graph = null; // let the old graph go before allocating the new one
    const graph = generateNetwork(spec, root, run);
    this.graph = graph;
    this.seed = seed;
    this.world = world;
    this.shape = shape;
    this.edges = edges;
    return { graph, generated: true };
  }

  clear(): void {
    this.graph = null;
    this.seed = null;
    this.edges = null;
  }
}
