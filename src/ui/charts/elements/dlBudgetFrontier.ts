/**
 * `<dl-budget-frontier>`: conversions against cost of the simulated allocations with the Pareto
 * frontier (see ../budgetFrontier.ts). Points are buttons; picking one (click, Enter, Space)
 * rings it and fires `dl-frontier-pick` (bubbles, composed) with the point's allocation and
 * complete strategy, from which the page makes a strategy card.
 */

import type { BudgetFrontierOptions, FrontierChartPoint, FrontierChartSource } from '../budgetFrontier';
import { drawBudgetFrontier } from '../budgetFrontier';
import { ChartElement } from './chartElement';

/** Detail of the `dl-frontier-pick` event. */
export interface FrontierPickDetail {
  index: number;
  allocation: FrontierChartPoint['allocation'];
  /** The complete strategy of the point (name, seeding, content, kols, incentives, ads, …). */
  strategy: FrontierChartPoint['strategy'];
  summary: FrontierChartPoint['summary'];
  withinBudget: boolean;
  onFrontier: boolean;
}

export class DlBudgetFrontier extends ChartElement<FrontierChartSource, BudgetFrontierOptions> {
  /** Index of the point picked last (ringed); reset when new data arrives. */
  private picked: number | null = null;
  private pickedIn: FrontierChartSource | undefined;

  protected override draw(svg: SVGSVGElement, data: FrontierChartSource | undefined, options: BudgetFrontierOptions): void {
    if (data !== this.pickedIn) {
      this.picked = null;
      this.pickedIn = data;
    }
    drawBudgetFrontier(svg, data, { ...options, selected: options.selected ?? this.picked, onPick: (p) => this.pick(p) });
  }

  protected override preferredHeight(_data: FrontierChartSource | undefined, width: number): number {
    return Math.round(Math.min(480, Math.max(320, width * 0.55)));
  }

  private pick(p: FrontierChartPoint): void {
    this.picked = p.index;
    const detail: FrontierPickDetail = {
      index: p.index,
      allocation: p.allocation,
      strategy: p.strategy,
      summary: p.summary,
      withinBudget: p.withinBudget,
      onFrontier: p.onFrontier,
    };
    this.dispatchEvent(new CustomEvent<FrontierPickDetail>('dl-frontier-pick', { detail, bubbles: true, composed: true }));
    this.requestUpdate();
    // Keep keyboard focus on the picked point across the redraw.
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`.dl-frontier-point[data-index="${p.index}"]`)?.focus());
  }
}

if (!customElements.get('dl-budget-frontier')) customElements.define('dl-budget-frontier', DlBudgetFrontier);

declare global {
  interface HTMLElementTagNameMap {
    'dl-budget-frontier': DlBudgetFrontier;
  }
  interface HTMLElementEventMap {
    'dl-frontier-pick': CustomEvent<FrontierPickDetail>;
  }
}
