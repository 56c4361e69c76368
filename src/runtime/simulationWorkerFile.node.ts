/**
 * Which file a Node simulation worker thread starts from.
 *
 * In the built CLI (dist-cli, scripts/cliBuild.mjs) the worker was bundled by the same build step
 * and its path, relative to the built main module, is compiled in as DIVIDEND_LAB_PREBUILT_WORKER:
 * the thread loads plain JavaScript and nothing is bundled at run time. Under tsx and vitest the
 * constant does not exist and the worker's TypeScript entry is bundled on first use
 * (workerBundle.node.ts), or, failing that, run through tsx.
 */
import { bundledWorkerFile } from './workerBundle.node.ts';

/** Set by esbuild's `define` in the CLI build; undeclared (typeof 'undefined') everywhere else. */
declare const DIVIDEND_LAB_PREBUILT_WORKER: string | undefined;

/** The TypeScript entry of the simulation worker. */
export const SIMULATION_WORKER_SOURCE = new URL('../../workers/simulation.node.ts', import.meta.url);

/** The worker module to start: the prebuilt one, a bundle made now, or null (start it through tsx). */
export function simulationWorkerModule(): URL | null {
  if (typeof DIVIDEND_LAB_PREBUILT_WORKER === 'string') return new URL(DIVIDEND_LAB_PREBUILT_WORKER, import.meta.url);
  return bundledWorkerFile(SIMULATION_WORKER_SOURCE);
}
