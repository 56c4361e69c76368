/**
 * The robustness of a comparison across plausible worlds (src/runtime/robustness.ts) in words:
 * one sentence per goal — "robust" when the leader wins in at least 90 % of the worlds drawn from
 * the scenario's uncertainty, else "depends on <the parameter the lead is most sensitive to>".
 */
import type { Goal, GoalRobustness, Robustness } from '../../../runtime/robustness';
import { formatNumber, t } from '../../i18n/t';

const GOAL_KEY: Record<Goal, 'verdict.goal.sales' | 'verdict.goal.costPerSale' | 'verdict.goal.roi'> = {
  mostConversions: 'verdict.goal.sales',
  lowestCostPerSale: 'verdict.goal.costPerSale',
  bestRoi: 'verdict.goal.roi',
};

export interface RobustnessLine {
  goal: string;
  robust: boolean;
  text: string;
}

/** A share as a whole percentage in the UI language. */
function percent(share: number): string {
  return `${formatNumber(Math.round(100 * share), undefined, 0)} %`;
}

/** One line per goal; `shown(name)` gives a strategy's name as the page shows it. */
export function robustnessLines(robustness: Robustness, shown: (name: string) => string): RobustnessLine[] {
  return robustness.goals.map((g: GoalRobustness) => {
    const v = g.verdict;
    const params = { winner: shown(v.winner), share: percent(v.share), worlds: formatNumber(robustness.worlds, undefined, 0) };
    const text =
      v.word === 'robust'
        ? t('robustness.robust', params)
        : v.on === null
          ? t('robustness.dependsUnknown', params)
          : t('robustness.depends', { ...params, path: v.on });
    return { goal: t(GOAL_KEY[g.goal]), robust: v.word === 'robust', text };
  });
}
