/**
 * The verdict of a result as the page shows it: the chart view's strategies (display names, the
 * runs so far while streaming) to per-run columns, the verdict and the sanity notes; and the
 * summary CSV download. Null for results without incremental conversions (canonical models).
 */
import { isDividendScenario, type Scenario } from '../../../core/scenario';
import { downloadText } from '../../export/download';
import { fileStem } from '../exportResults';
import type { ResultView } from '../resultView';
import { sanityNotes, type SanityNote } from './sanity';
import { strategyColumns, type RunRecord } from './strategySummary';
import { summaryCsv } from './summaryCsv';
import { verdictOf, type Verdict } from './verdict';

export interface ResultVerdict {
  verdict: Verdict;
  notes: SanityNote[];
}

/** The verdict and notes of a dividend result's view; null otherwise. */
export function resultVerdict(view: ResultView, scenario: Scenario | null): ResultVerdict | null {
  if (!view.hasLift || !scenario || !isDividendScenario(scenario) || scenario.strategies.length !== view.strategies.length) return null;
  const verdict = verdictOf(view.strategies.map((s) => strategyColumns(s.name, (s.runs ?? []) as unknown as RunRecord[])));
  if (!verdict) return null;
  return { verdict, notes: sanityNotes(verdict.strategies, scenario) };
}

/** Download the summary table as `<scenario>-summary.csv`. */
export function downloadSummaryCsv(verdict: Verdict, scenario: Scenario): void {
  downloadText(summaryCsv(verdict, scenario.seed, { bom: true }), `${fileStem(scenario.name)}-summary.csv`, 'text/csv;charset=utf-8');
}
