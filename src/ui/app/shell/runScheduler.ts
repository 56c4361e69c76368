/**
 * When the page simulates (a reactive controller over the SimulationController): a valid edit is
 * simulated once the edits settle (editing/settleDelay.ts), a newer edit replaces a pending or
 * running simulation, an edit that leaves the scenario as it was does not re-run, a run estimated
 * to take minutes (or gigabytes) waits for the user's yes, and the last few finished simulations
 * are kept by scenario so that showing one again (a lesson stepping back and forth, an undo) is
 * instant instead of a re-run. The simulation's state is mirrored here for the page to render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../../core/scenario';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { estimateRun, isLongRun, pageRunWorkers, type RunEstimate } from '../../../runtime/runEstimate';
import { settleDelay, SINGLE_EDIT_DELAY_MS } from '../editing/settleDelay';
import { SimulationController } from '../simulationController';
import { IDLE_STATE, type SimulationState } from '../simulationState';

/** Wait after a lone edit before simulating (a burst waits longer: editing/settleDelay.ts). */
export const RUN_DEBOUNCE_MS = SINGLE_EDIT_DELAY_MS;
/** Finished simulations kept for re-showing (a lesson stepping back and forth). */
export const DONE_CACHE_SIZE = 6;
/** Scenarios longer than this (uploaded edge lists) are not kept in the cache. */
const MAX_CACHED_SCENARIO_CHARS = 1_000_000;

/** The cache key of a validated scenario (same key, same numbers); null when too long to keep. */
export function scenarioKey(scenario: Scenario): string | null {
  // An edge list this long makes the key too long anyway: say so before serialising it.
  if (scenario.network.kind === 'edge-list' && scenario.network.edges.length > MAX_CACHED_SCENARIO_CHARS) return null;
  const text = JSON.stringify(scenario);
  return text.length > MAX_CACHED_SCENARIO_CHARS ? null : text;
}

/** A valid scenario that waits for a yes before it runs. */
export interface LongRun {
  scenario: Scenario;
  text: string;
  estimate: RunEstimate;
}

export class RunScheduler implements ReactiveController {
  /** The simulation as the page shows it. */
  state: SimulationState = IDLE_STATE;
  /** A valid scenario whose estimated time or memory asks for a yes before it runs. */
  longRun: LongRun | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Finished simulations by scenario key, most recent last. */
  private readonly done = new Map<string, SimulationState>();
  /** When the last edit was made (a burst of edits is simulated once it settles). */
  private lastEditAt: number | null = null;
  /** The last scenario sent to the simulation (a re-validation of the same text does not re-run). */
  private lastRunText = '';
  /** The text of the long run the user said yes to (edits that keep it long ask again). */
  private approvedLongRun = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A simulation notice changed (a worker was replaced): the page shows it. */
    private readonly onNotice: (notice: string) => void,
    readonly simulation: SimulationController = new SimulationController(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.simulation.subscribe((state) => {
      const restarted = state.notice && state.notice !== this.state.notice;
      this.state = state;
      if (state.phase === 'done' && state.scenario) this.remember(state);
      this.host.requestUpdate();
      if (restarted) this.onNotice(state.notice!);
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.simulation.dispose();
  }

  /** A run of the edited scenario is scheduled but has not started yet. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** The working scenario changed: `scenario` is it validated (with its text), or null when it has problems. */
  edited(scenario: Scenario | null, text: string): void {
    const now = performance.now();
    const delay = settleDelay(this.lastEditAt, now);
    this.lastEditAt = now;
    if (scenario) {
      this.schedule(scenario, text, delay);
      return;
    }
    this.clearTimer();
    this.longRun = null;
    this.simulation.stop();
    this.lastRunText = '';
  }

  /** Simulate `scenario` after `delay` ms — or show its kept result, or ask first when it is long. */
  schedule(scenario: Scenario, text: string, delay = RUN_DEBOUNCE_MS): void {
    if (text === this.lastRunText && this.state.phase !== 'error' && this.state.phase !== 'stopped') return;
    this.lastRunText = text;
    this.clearTimer();
    this.longRun = null;
    // A run expected to take minutes (or gigabytes) waits for a yes: the estimate is shown with the question.
    const poolSize = this.simulation.pool.size;
    const onWholePool = estimateRun(scenario, poolSize);
    if (isLongRun(onWholePool) && text !== this.approvedLongRun) {
      this.simulation.stop();
      // The estimate shown is for the workers the run will have (a long one leaves a core to the page).
      const workers = pageRunWorkers(scenario, poolSize, onWholePool);
      this.longRun = { scenario, text, estimate: workers === poolSize ? onWholePool : estimateRun(scenario, workers) };
      // Likely a yes: the workers start (and load their code) while the question is read.
      this.simulation.pool.warm();
      return;
    }
    const key = scenarioKey(scenario);
    const done = key === null ? undefined : this.done.get(key);
    if (done) {
      // Same scenario, same numbers: show the finished simulation again instead of re-running it.
      this.simulation.restore(done);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.simulation.start(scenario);
    }, delay);
  }

  /** The user said yes to the long run. */
  approveLongRun(): void {
    const pending = this.longRun;
    if (!pending) return;
    this.approvedLongRun = pending.text;
    this.longRun = null;
    this.lastRunText = '';
    // A click, not an edit: nothing to let settle, so no debounce (it cost 120 ms of a long run).
    this.schedule(pending.scenario, pending.text, 0);
    this.host.requestUpdate();
  }

  /** Stop the running simulation (its partial result stays). */
  stop(): void {
    this.simulation.stop();
  }

  /** Simulate the last scenario again now (after a stop or a failure). */
  restart(): void {
    if (this.state.scenario) void this.simulation.start(this.state.scenario);
  }

  /** The kept result of the scenario with this key, when it has been simulated to the end. */
  finished(key: string): SimulationResult | null {
    return this.done.get(key)?.result ?? null;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Keep a finished simulation for re-showing (also updated when its network statistics arrive). */
  private remember(state: SimulationState): void {
    const key = scenarioKey(state.scenario!);
    if (key === null) return;
    this.done.delete(key);
    this.done.set(key, state);
    while (this.done.size > DONE_CACHE_SIZE) this.done.delete(this.done.keys().next().value!);
  }
}
