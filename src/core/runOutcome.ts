/** What one simulated run of one strategy produced. */

/** Cumulative node counts per step 0 … steps (inclusive); step 0 is the state right after seeding. */
export interface Timeline {
  reached: Int32Array;
  shared: Int32Array;
  converted: Int32Array;
  churned: Int32Array;
}

export const TIMELINE_METRICS = ['reached', 'shared', 'converted', 'churned'] as const;
export type TimelineMetric = (typeof TIMELINE_METRICS)[number];

export interface RunOutcome {
  /** Nodes that received at least one exposure (seeds included). */
  reached: number;
  /** Nodes that shared (in canonical models: activated, seeds included). */
  shared: number;
  /** Nodes that converted (in canonical models: the same as shared). */
  converted: number;
  /** Nodes that muted the campaign (always 0 in canonical models). */
  churned: number;
  /** The last step at which anything changed (0 if nothing happened after seeding). */
  steps: number;
  timeline: Timeline;
}

/** Allocate a timeline of steps+1 entries per metric. */
export function newTimeline(steps: number): Timeline {
  return {
    reached: new Int32Array(steps + 1),
    shared: new Int32Array(steps + 1),
    converted: new Int32Array(steps + 1),
    churned: new Int32Array(steps + 1),
  };
}

/** After a run stops early, the remaining steps keep the final values. */
export function fillTimelineFrom(t: Timeline, fromStep: number): void {
  for (const m of TIMELINE_METRICS) {
    const arr = t[m];
    const v = arr[fromStep - 1];
    for (let s = fromStep; s < arr.length; s++) arr[s] = v;
  }
}
