/**
 * Out of memory inside a worker. The memory a simulation holds is mostly typed arrays (the
 * network's CSR arrays, the per-person state, the kept timelines); when one cannot be allocated
 * the engine throws a RangeError ("Array buffer allocation failed", "Invalid typed array length")
 * that a worker can catch. Caught at the worker's door, it becomes an OutOfMemoryError: the worker
 * lets go of its cached network (so it is usable again), the run ends with a message that says
 * what helps, and the pool does not run the job again (it would fail the same way).
 *
 * A V8 heap exhaustion (plain objects, not typed arrays) cannot be caught by script; the run
 * estimate (runEstimate.ts) and the per-page worker budget keep allowed scenarios far from it.
 */

export const OUT_OF_MEMORY_NAME = 'OutOfMemoryError';

/** What the user reads (the page and the CLI). */
export const OUT_OF_MEMORY_ADVICE =
  'the simulation ran out of memory in a worker; try fewer people, a smaller mean degree, fewer runs, fewer steps or fewer strategies';

export class OutOfMemoryError extends Error {
  constructor(detail: string) {
    super(`${OUT_OF_MEMORY_ADVICE} (${detail.slice(0, 120)})`);
    this.name = OUT_OF_MEMORY_NAME;
  }
}

const ALLOCATION_FAILURE = /allocation failed|invalid (typed )?array length|array buffer allocation|out of memory/i;

/** Whether `error` is an allocation the engine could not make. */
export function isAllocationFailure(error: unknown): boolean {
  return error instanceof RangeError && ALLOCATION_FAILURE.test(error.message);
}

/** Whether `error` (possibly rebuilt by Comlink on this side of a worker boundary) is an OutOfMemoryError. */
export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && error.name === OUT_OF_MEMORY_NAME;
}

/** Run `job`; an allocation failure frees what `release` frees and becomes an OutOfMemoryError. */
export function withinMemory<T>(job: () => T, release: () => void): T {
  try {
    return job();
  } catch (error) {
    if (!isAllocationFailure(error)) throw error;
    release();
    throw new OutOfMemoryError((error as Error).message);
  }
}
