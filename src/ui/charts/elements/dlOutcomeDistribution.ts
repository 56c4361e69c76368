/** `<dl-outcome-distribution>`: final outcome per run, strip + box per strategy (see ../outcomeDistribution.ts). */

import type { StrategyResult } from '../chartData';
import { distributionHeight, drawOutcomeDistribution, type OutcomeDistributionOptions } from '../outcomeDistribution';
import { ChartElement } from './chartElement';

export class DlOutcomeDistribution extends ChartElement<readonly StrategyResult[], OutcomeDistributionOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly StrategyResult[] | undefined, options: OutcomeDistributionOptions): void {
    drawOutcomeDistribution(svg, data ?? [], options);
  }

  protected override preferredHeight(data: readonly StrategyResult[] | undefined, width: number): number {
    return distributionHeight(data?.length ?? 0, (data ?? []).map((s) => s.name), width);
  }
}

if (!customElements.get('dl-outcome-distribution')) customElements.define('dl-outcome-distribution', DlOutcomeDistribution);

declare global {
  interface HTMLElementTagNameMap {
    'dl-outcome-distribution': DlOutcomeDistribution;
  }
}
