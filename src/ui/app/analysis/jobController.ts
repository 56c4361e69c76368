/**
 * The job lifecycle the Analyse area's elements share (dl-analysis: sweeps, frontiers, best seeds;
 * dl-calibration): an element owns a runner of its jobs (AnalysisController, CalibrationController:
 * start, progress, cancel and errors live in the runner's state), and this ReactiveController ties
 * the runner to the element's life — it listens while the element is connected, asks for a render
 * on every state change, and on disconnect stops listening and disposes the runner (which cancels
 * what runs), so no listener or job outlives the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the element needs of a job runner. */
export interface JobRunner<S> {
  readonly state: S;
  subscribe(listener: (state: S) => void): () => void;
  cancel(): void;
  dispose(): void;
}

export class JobController<R extends JobRunner<unknown>> implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly runner: R,
  ) {
    host.addController(this);
  }

  /** The runner's state now (the element renders from it). */
  get state(): R['state'] {
    return this.runner.state;
  }

  hostConnected(): void {
    this.unsubscribe ??= this.runner.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.runner.dispose();
  }
}
