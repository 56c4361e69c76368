/**
 * Running one evidence scenario and reading its numbers: every strategy's per-run metrics and
 * mean timelines, simulated in the calling thread (the same code the worker pools run, so the
 * numbers equal `npm run lab -- run` on the same file and seed).
 */
import type { Scenario } from '../core/scenario';
import { unpairedComparison, pairedComparison, type PairedComparison, type UnpairedComparison } from '../core/stats/pairedComparison';
import { METRIC_COUNT, METRICS, type Metric } from '../runtime/runBlock';
import { NetworkCache } from '../runtime/networkCache';
import { simulateRuns } from '../runtime/simulateRuns';

/** What the findings read from a simulated scenario. */
export class EvidenceRun {
  private readonly runCount: number;
  private readonly names: string[];

  constructor(
    readonly scenario: Scenario,
    private readonly metricNames: readonly string[],
    private readonly metrics: Float64Array,
    private readonly timelines: Int32Array,
  ) {
    this.runCount = scenario.runs;
    this.names = scenario.strategies.map((s) => s.name);
  }

  private index(strategy: string): number {
    const s = this.names.indexOf(strategy);
    if (s < 0) throw new Error(`evidence: ${this.scenario.name} has no strategy "${strategy}"`);
    return s;
  }

  /** The per-run values of `metric` for `strategy` (NaN = undefined in that run). */
  values(strategy: string, metric: string): Float64Array {
    const s = this.index(strategy);
    const k = this.metricNames.indexOf(metric);
    if (k < 0) throw new Error(`evidence: no metric ${metric}`);
    const out = new Float64Array(this.runCount);
    for (let r = 0; r < this.runCount; r++) out[r] = this.metrics[(s * this.runCount + r) * this.metricNames.length + k];
    return out;
  }

  /** Mean of `metric` over the runs where it is defined. */
  mean(strategy: string, metric: string): number {
    let sum = 0;
    let n = 0;
    for (const v of this.values(strategy, metric))
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    return n > 0 ? sum / n : NaN;
  }

  /** Share of runs in which `test` holds for the metric's value. */
  shareOfRuns(strategy: string, metric: string, test: (v: number) => boolean): number {
    const v = this.values(strategy, metric);
    let k = 0;
    for (const x of v) if (test(x)) k++;
    return k / v.length;
  }

  /** Mean of a timeline metric at `step` over the runs. */
  meanAt(strategy: string, metric: Metric, step: number): number {
    const s = this.index(strategy);
    const m = METRICS.indexOf(metric);
    const stride = this.scenario.steps + 1;
    let sum = 0;
    for (let r = 0; r < this.runCount; r++) sum += this.timelines[((s * this.runCount + r) * METRIC_COUNT + m) * stride + step];
    return sum / this.runCount;
  }

  /** Paired comparison of two strategies of this scenario (same run = same world). */
  paired(baseline: string, other: string, metric: string): PairedComparison {
    return pairedComparison(this.values(baseline, metric), this.values(other, metric));
  }
}

/** Simulate every run of `scenario` in this thread. */
export function simulateEvidence(scenario: Scenario, cache = new NetworkCache()): EvidenceRun {
  const runs = Array.from({ length: scenario.runs }, (_, r) => r);
  const block = simulateRuns(scenario, runs, cache);
  return new EvidenceRun(scenario, block.metricNames, block.metrics, block.timelines);
}

/** Welch comparison of one metric across two scenarios (different worlds, so unpaired). */
export function acrossWorlds(a: EvidenceRun, b: EvidenceRun, strategy: string, metric: string): UnpairedComparison {
  return unpairedComparison(a.values(strategy, metric), b.values(strategy, metric));
}
