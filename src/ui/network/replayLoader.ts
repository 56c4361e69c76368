/**
 * Everything the network view needs before it can paint, fetched in order and superseded
 * cleanly when its inputs change: the layout (worker, cached per network), the traces (from the
 * inputs, or re-simulated by the layout worker for a scenario), then the per-strategy indexes,
 * one strategy per task (on a 1M-node network each takes ~100 ms). Reports states to the view.
 */
import { isDividendScenario, type Scenario } from '../../core/scenario';
import type { NetworkPicture } from '../../layout/networkPicture';
import { strategyColor } from '../theme';
import type { LayoutClient, NetworkSource } from './layoutClient';
import { prepareStrategy, type ReplayStrategyInput, type StrategyReplay } from './strategyReplay';

export interface LoadRequest {
  /** Scenario mode (wins over network/strategies/steps when set). */
  scenario: Scenario | null;
  run: number;
  colors: readonly string[] | null;
  network: NetworkSource | null;
  strategies: readonly ReplayStrategyInput[];
  steps: number | undefined;
  maxNodes: number;
}

export type LoaderState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; picture: NetworkPicture; replays: StrategyReplay[]; steps: number | undefined };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ReplayLoader {
  private token = 0;
  private abort: AbortController | null = null;

  constructor(
    private readonly client: () => LayoutClient,
    private readonly report: (state: LoaderState) => void,
  ) {}

  /** Load everything for `r`, superseding any load in progress. */
  async load(r: LoadRequest): Promise<void> {
    const token = ++this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const current = () => token === this.token;
    try {
      let network = r.network;
      let steps = r.steps;
      let traces: Promise<readonly ReplayStrategyInput[]> = Promise.resolve(r.strategies);
      const scenario = r.scenario;
      if (scenario) {
        if (!isDividendScenario(scenario)) return this.report({ kind: 'unsupported' });
        network = { spec: scenario.network, seed: scenario.seed, run: r.run };
        steps = scenario.steps;
        traces = this.client()
          .replayTraces(scenario, r.run, abort.signal)
          .then((replay) =>
            scenario.strategies.flatMap((s, k) => {
              const trace = replay.traces[k];
              return trace ? [{ name: s.name, color: r.colors?.[k] ?? strategyColor(k), trace, seeds: replay.seeds[k] }] : [];
            }),
          );
        // Superseded while the layout is awaited, this rejects before anyone awaits it: mark it
        // handled here (the await below still sees the rejection) so it is no unhandled rejection.
        traces.catch(() => undefined);
      }
      if (!network) return this.report({ kind: 'empty' });
      this.report({ kind: 'loading' });
      const picture = await this.client().layout(network, { maxNodes: r.maxNodes }, abort.signal);
      const inputs = await traces;
      if (!current()) return;
      if (inputs.length === 0) return this.report({ kind: 'empty' });
      const replays: StrategyReplay[] = [];
      for (const input of inputs) {
        replays.push(prepareStrategy(input, picture));
        await nextTask();
        if (!current()) return;
      }
      this.report({ kind: 'ready', picture, replays, steps });
    } catch (error) {
      if (current() && !abort.signal.aborted) this.report({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Stop the load in progress (its results are dropped). */
  cancel(): void {
    this.token++;
    this.abort?.abort();
  }
}
