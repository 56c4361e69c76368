/**
 * The executive summary as CSV: one row per strategy with the verdict's numbers (means per run,
 * the 5–95 % range of extra sales, cost, cost per extra sale, ROI, the share of reached people who
 * buy because of the campaign), which goals it wins and how clearly, and the random seed. Written
 * with d3-dsv's csvFormatRows; text cells go through the runtime's formula escaping (a leading
 * = + - @ tab CR LF gets an apostrophe), numbers stay numeric. Headers and values stay English,
 * like the other CSV exports, so analysts' scripts work in any UI language.
 */
import { csvFormatRows } from 'd3-dsv';
import { escapeCsvText } from '../../../runtime/resultFormat';
import { GOALS, type Goal, type Verdict } from './verdict';

export const SUMMARY_CSV_HEADER = [
  'strategy',
  'runs',
  'incrementalConverted',
  'incrementalConvertedP05',
  'incrementalConvertedP95',
  'cost',
  'costPerIncrementalSale',
  'roi',
  'reached',
  'incrementalShareOfReached',
  'mostSales',
  'lowestCostPerSale',
  'bestRoi',
  'seed',
] as const;

/** A number cell: empty when undefined. */
function cell(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '' : String(v);
}

/** Per goal, what strategy `i` is: "clear winner", "winner, not clear", "only one", or empty. */
function goalCell(verdict: Verdict, goal: Goal, i: number): string {
  const g = verdict.goals.find((x) => x.goal === goal);
  if (!g || g.status === 'none' || g.winner !== i) return '';
  if (g.status === 'alone') return 'only one';
  return g.status === 'clear' ? 'clear winner' : 'winner, not clear';
}

/** The summary CSV text (with a byte order mark when `bom`, so Excel reads non-Latin names). */
export function summaryCsv(verdict: Verdict, seed: string, options: { bom?: boolean } = {}): string {
  const rows: string[][] = [[...SUMMARY_CSV_HEADER]];
  verdict.strategies.forEach((s, i) => {
    rows.push([
      escapeCsvText(s.name),
      String(s.runs),
      cell(s.lift),
      cell(s.liftP05),
      cell(s.liftP95),
      cell(s.cost),
      cell(s.costPerSale),
      cell(s.roi),
      cell(s.reached),
      cell(s.liftShareOfReached),
      ...GOALS.map((g) => goalCell(verdict, g, i)),
      escapeCsvText(seed),
    ]);
  });
  return (options.bom ? '\uFEFF' : '') + csvFormatRows(rows) + '\n';
}
