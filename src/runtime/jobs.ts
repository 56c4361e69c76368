/**
 * Splitting a scenario's runs into jobs for workers. A job is a contiguous block of run
 * indices for ALL strategies, so a worker generates (or reuses) the network of a run once and
 * every strategy is simulated on it. The split depends on the run count only — never on the
 * number of workers — and results are placed by run index, so any split gives the same numbers.
 */

export interface RunJob {
  /** Position of the job in the plan. */
  index: number;
  firstRun: number;
  runCount: number;
}

/** About this many jobs per scenario: enough to balance 8 workers and report progress smoothly. */
export const DEFAULT_TARGET_JOBS = 64;

/** Split runs 0 … runs−1 into about targetJobs contiguous blocks of equal size (the last may be shorter). */
export function planJobs(runs: number, targetJobs = DEFAULT_TARGET_JOBS): RunJob[] {
  const perJob = Math.max(1, Math.ceil(runs / Math.max(1, targetJobs)));
  const jobs: RunJob[] = [];
  for (let first = 0; first < runs; first += perJob) {
    jobs.push({ index: jobs.length, firstRun: first, runCount: Math.min(perJob, runs - first) });
  }
  return jobs;
}

/** The run indices of a job. */
export function jobRuns(job: RunJob): number[] {
  return Array.from({ length: job.runCount }, (_, i) => job.firstRun + i);
}

/**
 * The plan with its first job split into one-run jobs, re-indexed: a page shows partial results
 * from run 0 on, so run 0 alone comes first (at a million people one run of three strategies
 * takes about a second, a job of the plan several). Still a function of the run count only.
 */
export function planJobsQuickStart(runs: number, targetJobs = DEFAULT_TARGET_JOBS): RunJob[] {
  const [first, ...rest] = planJobs(runs, targetJobs);
  if (first === undefined) return [];
  const singles = Array.from({ length: first.runCount }, (_, i) => ({ firstRun: first.firstRun + i, runCount: 1 }));
  return [...singles, ...rest].map((job, index) => ({ ...job, index }));
}
