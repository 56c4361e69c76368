/**
 * The verdict in words: one plain sentence per goal, the summary table's cells and the sanity
 * notes, in the current language (every text through `t()`). Comparisons follow the direction of
 * the goal's metric — "costs 3.20 less per extra sale", never "beats in 0 % of runs, −3.20".
 */
import type { DividendScenario } from '../../../core/scenario';
import { currentCurrency } from '../editing/currency';
import { formatCount, formatInterval, formatMoney, formatPercent, formatRoi, formatSignedCount, isFiniteNumber } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { t, tPlural } from '../../i18n/t';
import type { Lever, SanityNote } from './sanity';
import type { StrategySummary } from './strategySummary';
import type { ComparedGoal, Goal, GoalVerdict, UnclearReason } from './verdict';

const locale = () => currentLocale();
const count = (v: number) => formatCount(v, locale());
/** Money in the chosen currency's style (labels only: the model's money is unit-free). */
const money = (v: number | null) => formatMoney(v, locale(), currentCurrency() || undefined);
const share = (v: number | null) => formatPercent(v, locale());
const roi = (v: number | null) => formatRoi(v, locale());
/** Percentage points of ROI (a ratio difference of 0.35 → "35"). */
const points = (v: number) => formatCount(v * 100, locale());
const interval = (ci: [number, number] | null, format: (v: number) => string) => formatInterval(ci?.[0], ci?.[1], format, t('chart.intervalTo'));

/** The clause on what the sales winner costs against its runner-up. */
function costClause(difference: number): string {
  // Below a cent per run, the costs are the same.
  if (!isFiniteNumber(difference) || Math.abs(difference) < 0.005) return t('verdict.costSame');
  return difference > 0 ? t('verdict.costMore', { amount: money(difference) }) : t('verdict.costLess', { amount: money(-difference) });
}

function reasonText(reason: UnclearReason | null, runs: number): string {
  if (reason?.kind === 'moreRuns') return t('verdict.reason.moreRuns', { runs: reason.runs, now: runs });
  if (reason?.kind === 'fewRuns') return t('verdict.reason.fewRuns');
  return t('verdict.reason.tooClose');
}

/** The sentence of a goal with a winner and a runner-up. */
function comparedSentence(g: ComparedGoal, rows: readonly StrategySummary[]): string {
  const winner = rows[g.winner];
  const rival = rows[g.rival].name;
  if (g.reason?.kind === 'identical') return t('verdict.identical', { winner: winner.name, rival });
  const common = { winner: winner.name, rival, share: share(g.winShare) };
  const status = g.status;
  if (g.goal === 'sales') {
    const diff = formatSignedCount(g.advantage, locale());
    const ci = interval(g.ci95, count);
    return status === 'clear'
      ? t('verdict.sales.clear', { ...common, diff, ci, costClause: costClause(g.costDifference), cost: money(winner.cost), cps: money(winner.costPerSale) })
      : t('verdict.sales.unclear', { ...common, diff: count(g.advantage), ci, reason: reasonText(g.reason, g.n) });
  }
  if (g.goal === 'costPerSale') {
    const ci = interval(g.ci95, (v) => money(v));
    const values = { ...common, value: money(g.value), diff: money(g.advantage), ci };
    return status === 'clear'
      ? t('verdict.costPerSale.clear', { ...values, cost: money(winner.cost), lift: count(winner.lift) })
      : t('verdict.costPerSale.unclear', { ...values, reason: reasonText(g.reason, g.n) });
  }
  const ci = interval(g.ci95, points);
  const values = { ...common, value: roi(g.value), diff: points(g.advantage), ci };
  const sentence =
    status === 'clear'
      ? t('verdict.roi.clear', { ...values, cost: money(winner.cost), cps: money(winner.costPerSale) })
      : t('verdict.roi.unclear', { ...values, reason: reasonText(g.reason, g.n) });
  return g.value < 0 ? `${sentence} ${t('verdict.roiLoss')}` : sentence;
}

/** One plain sentence (or two, when even the best loses money) for a goal. */
export function goalSentence(g: GoalVerdict, rows: readonly StrategySummary[]): string {
  if (g.status === 'none') return g.goal === 'roi' ? t('verdict.roi.none') : t('verdict.costPerSale.none');
  if (g.status === 'alone') {
    const winner = rows[g.winner];
    if (g.goal === 'sales') return t('verdict.sales.alone', { winner: winner.name, value: count(g.value), cost: money(winner.cost) });
    // With one strategy in all, "the only one that sells extra" would say nothing: just its number.
    const single = rows.length === 1;
    if (g.goal === 'costPerSale') return t(single ? 'verdict.costPerSale.single' : 'verdict.costPerSale.alone', { winner: winner.name, value: money(g.value) });
    return t(single ? 'verdict.roi.single' : 'verdict.roi.alone', { winner: winner.name, value: roi(g.value) });
  }
  return comparedSentence(g, rows);
}

/** The goal's heading ("Most extra sales"). */
export function goalTitle(g: GoalVerdict): string {
  return t(GOAL_TITLE[g.goal]);
}

const GOAL_TITLE: Record<Goal, 'verdict.goal.sales' | 'verdict.goal.costPerSale' | 'verdict.goal.roi'> = {
  sales: 'verdict.goal.sales',
  costPerSale: 'verdict.goal.costPerSale',
  roi: 'verdict.goal.roi',
};

/** The cells of a strategy's row in the summary table. */
export function summaryCells(row: StrategySummary): { lift: string; liftRange: string; cost: string; costPerSale: string; roi: string; share: string } {
  return {
    lift: count(row.lift),
    liftRange: formatInterval(row.liftP05, row.liftP95, count, t('chart.intervalTo')),
    cost: money(row.cost),
    costPerSale: money(row.costPerSale),
    roi: roi(row.roi),
    share: share(row.liftShareOfReached),
  };
}

/** "Every strategy: means per run over 100 runs". */
export function tableCaption(runs: number): string {
  return t('verdict.tableCaption', { runs: tPlural('results.runs', runs) });
}

const LEVER_NAME: Record<Lever, `verdict.leverName.${Lever}`> = {
  platformNeutral: 'verdict.leverName.platformNeutral',
  adsTrust: 'verdict.leverName.adsTrust',
  quality: 'verdict.leverName.quality',
  prices: 'verdict.leverName.prices',
  buyingCurve: 'verdict.leverName.buyingCurve',
};

/** The sentence on the most likely lever, with the value it is set to. */
function leverSentence(lever: Lever | undefined, scenario: DividendScenario, strategy: number): string {
  const model = scenario.model;
  switch (lever) {
    case 'platformNeutral':
      return t('verdict.lever.platformNeutral');
    case 'adsTrust':
      return t('verdict.lever.adsTrust', { value: String(model.ties.ads?.trust ?? '') });
    case 'quality':
      return t('verdict.lever.quality', { value: String(scenario.strategies[strategy].content.quality) });
    case 'prices':
      return t('verdict.lever.prices');
    case 'buyingCurve':
      return t('verdict.lever.buyingCurve', { plateau: String(model.conversion.plateau), halfDose: String(model.conversion.halfDose) });
    default:
      return t('verdict.lever.none');
  }
}

/** A sanity note in words: what is out of range, against what, and the lever most likely behind it. */
export function sanityText(note: SanityNote, rows: readonly StrategySummary[], scenario: DividendScenario): string {
  const strategy = rows[note.strategy].name;
  const head =
    note.rule === 'liftShareOfReached'
      ? t('verdict.sanity.liftShareOfReached', { strategy, value: share(note.value) })
      : note.rule === 'roi'
        ? t('verdict.sanity.roi', { strategy, value: roi(note.value) })
        : t('verdict.sanity.costPerSale', { strategy, value: money(note.value) });
  const [first, ...others] = note.levers;
  const also = others.length ? ` ${t('verdict.leverAlso', { levers: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(others.map((l) => t(LEVER_NAME[l]))) })}` : '';
  // Chinese sentences follow each other without a space.
  const space = locale() === 'zh-CN' ? '' : ' ';
  return `${head}${space}${leverSentence(first, scenario, note.strategy)}${also ? `${space}${also.trim()}` : ''}`;
}
