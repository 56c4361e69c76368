import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_JOBS, jobRuns, planJobs, planJobsQuickStart } from '../../src/runtime/jobs';

describe('planJobs', () => {
  it.each([1, 2, 63, 64, 65, 100, 1000, 10_000])('covers runs 0 … %i − 1 exactly once, in contiguous blocks', (runs) => {
    const jobs = planJobs(runs);
    const all = jobs.flatMap(jobRuns);
    expect(all).toEqual(Array.from({ length: runs }, (_, i) => i));
    jobs.forEach((job, i) => expect(job.index).toBe(i));
    expect(jobs.length).toBeLessThanOrEqual(DEFAULT_TARGET_JOBS);
    // Equal blocks except a shorter last one.
    const size = jobs[0].runCount;
    for (const job of jobs.slice(0, -1)) expect(job.runCount).toBe(size);
    expect(jobs[jobs.length - 1].runCount).toBeLessThanOrEqual(size);
  });

  it('splits by the run count: 100 runs in blocks of 2 from run 0, 5 runs one per job', () => {
    expect(planJobs(100).map((j) => [j.firstRun, j.runCount]).slice(0, 3)).toEqual([[0, 2], [2, 2], [4, 2]]);
    expect(planJobs(5)).toEqual([0, 1, 2, 3, 4].map((i) => ({ index: i, firstRun: i, runCount: 1 })));
  });

  it('a custom target splits accordingly', () => {
    expect(planJobs(10, 3).map(jobRuns)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(planJobs(3, 0).map(jobRuns)).toEqual([[0, 1, 2]]);
  });
});

describe('planJobsQuickStart', () => {
  it('runs the first block one run per job, then the plan: 100 runs → [0], [1], then blocks of 2 from run 2', () => {
    expect(planJobsQuickStart(100).map((j) => [j.index, j.firstRun, j.runCount]).slice(0, 4)).toEqual([[0, 0, 1], [1, 1, 1], [2, 2, 2], [3, 4, 2]]);
    expect(planJobsQuickStart(10, 3).map(jobRuns)).toEqual([[0], [1], [2], [3], [4, 5, 6, 7], [8, 9]]);
    expect(planJobsQuickStart(0)).toEqual([]);
  });

  it.each([1, 64, 100, 1000])('covers runs 0 … %i − 1 exactly once, in order, indexed by position', (runs) => {
    const jobs = planJobsQuickStart(runs);
    expect(jobs.flatMap(jobRuns)).toEqual(Array.from({ length: runs }, (_, i) => i));
    jobs.forEach((job, i) => expect(job.index).toBe(i));
  });
});
