/**
 * The page's side of the layout worker: one worker for the page, started on first use, and one
 * cache of layouts by network key (LayoutCache), so that every strategy of a scenario — and
 * every view showing it — replays on the same positions, and coming back to a network costs
 * nothing.
 *
 * Cancelling (an AbortSignal) only stops waiting: the layout keeps running and lands in the
 * cache for the next view that asks. A worker that dies — crashing, or silently (`self.close()`,
 * noticed by its lifetime lock or the layout deadline) — is replaced and the layout asked again
 * once on the new worker.
 */
import * as Comlink from 'comlink';
import type { Graph } from '../../core/graph';
import type { NetworkSpec } from '../../core/networks/networkSpec';
import { LayoutCache } from '../../layout/layoutCache';
import type { LayoutOptions } from '../../layout/layoutOptions';
import { graphPartsTransferables, type GraphParts, type LayoutWorkerApi, type ReplayTraces } from '../../layout/layoutWorkerApi';
import type { Scenario } from '../../core/scenario';
import { networkKey, stableJson } from '../../layout/networkKey';
import type { NetworkPicture } from '../../layout/networkPicture';
import { raceAbort } from '../../runtime/scheduler';
import { DeathSignal, JobClock, WorkerCrashedError } from '../../runtime/workerDeath';
import { lifetimeWorkerName, watchLifetime } from '../../runtime/workerLifetime';
import { edgeListBlobOf } from '../../scenario/edgeListRef';

/** Which network to lay out: a scenario's spec + seed (regenerated in the worker), or a graph the page holds. */
export type NetworkSource = { spec: NetworkSpec; seed: string; run: number } | { graph: Graph; key?: string };

export interface LayoutEndpoint {
  remote: Comlink.Remote<LayoutWorkerApi>;
  /** Fires when the worker dies, however (error event, lifetime lock released, deadline). */
  death: DeathSignal;
}

function startWorker(): LayoutEndpoint {
  const name = lifetimeWorkerName('layout');
  const worker = new Worker(new URL('../../../workers/layout.worker.ts', import.meta.url), { type: 'module', name });
  const death = new DeathSignal();
  death.onDeath(() => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    death.die(`the layout worker crashed${event.message ? `: ${event.message}` : ''}`);
  });
  watchLifetime(worker, name, death, 'the layout worker');
  return { remote: Comlink.wrap<LayoutWorkerApi>(worker), death };
}

const graphKeys = new WeakMap<Graph, string>();
let graphCounter = 0;

/** The cache key of a source under given options (the node limit changes what is computed). */
function sourceKey(source: NetworkSource, options: Partial<LayoutOptions>): string {
  const base =
    'spec' in source
      ? networkKey(source.spec, source.seed, source.run)
      : (source.key ??
        graphKeys.get(source.graph) ??
        (graphKeys.set(source.graph, `graph#${++graphCounter}`), graphKeys.get(source.graph)!));
  return `${base}|${stableJson(options)}`;
}

export class LayoutClient {
  private endpoint: LayoutEndpoint | null = null;
  /** Layout times measured so far: a layout outliving their deadline means the worker stopped answering. */
  private readonly clock = new JobClock();
  readonly cache = new LayoutCache<NetworkPicture>(4);
  /** Replays of representative runs (a few MB per strategy for big networks: keep two). */
  readonly replays = new LayoutCache<ReplayTraces>(2);

  constructor(private readonly start: () => LayoutEndpoint = startWorker) {}

  /** The layout of `source`, computed in the worker once per network key. */
  layout(source: NetworkSource, options: Partial<LayoutOptions> = {}, signal?: AbortSignal): Promise<NetworkPicture> {
    const key = sourceKey(source, options);
    return raceAbort(
      this.cache.get(key, () => this.compute(source, key, options)),
      signal,
    );
  }

  /** Traces and seeds of every strategy of `scenario` on run `run`, computed once per scenario and run. */
  replayTraces(scenario: Scenario, run: number, signal?: AbortSignal): Promise<ReplayTraces> {
    const key = `${networkKey(scenario.network, scenario.seed, run)}|${run}|${stableJson({ ...scenario, network: null, name: '', description: '' })}`;
    return raceAbort(
      this.replays.get(key, () => this.call((remote) => remote.replayTraces(scenario, run, edgeListBlobOf(scenario)))),
      signal,
    );
  }

  /**
   * One call on the worker, rejected if the worker dies meanwhile; a dead worker is dropped and
   * the call made once more on a fresh one (layouts are pure functions of their input).
   */
  private async call<T>(make: (remote: Comlink.Remote<LayoutWorkerApi>) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const endpoint = (this.endpoint ??= this.start());
      try {
        return await this.clock.guard(endpoint.death, make(endpoint.remote));
      } catch (error) {
        if (this.endpoint === endpoint && endpoint.death.dead) this.endpoint = null;
        if (!(error instanceof WorkerCrashedError) || attempt >= 1) throw error;
      }
    }
  }

  private compute(source: NetworkSource, key: string, options: Partial<LayoutOptions>): Promise<NetworkPicture> {
    return this.call((remote) =>
      'spec' in source
        ? remote.layoutSpec(source.spec, source.seed, source.run, options, edgeListBlobOf({ network: source.spec }))
        : remote.layoutGraph(...graphCall(source.graph, key), options),
    );
  }
}

function graphCall(graph: Graph, key: string): [GraphParts, string] {
  // Copies: the page keeps its graph, the worker gets transferred buffers (no structured clone).
  const parts: GraphParts = {
    nodeCount: graph.nodeCount,
    offsets: graph.offsets.slice(),
    targets: graph.targets.slice(),
    tieKinds: graph.tieKinds.slice(),
    inDegree: graph.inDegree.slice(),
    community: graph.community ? graph.community.slice() : null,
    communityCount: graph.communityCount,
    kolNodes: graph.kolNodes.slice(),
    fullyMixed: graph.fullyMixed,
  };
  return [Comlink.transfer(parts, graphPartsTransferables(parts)), key];
}

let shared: LayoutClient | null = null;

/** The page-wide layout client (one worker, one cache). */
export function sharedLayoutClient(): LayoutClient {
  return (shared ??= new LayoutClient());
}
