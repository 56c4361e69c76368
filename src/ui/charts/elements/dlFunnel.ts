/** `<dl-funnel>`: reached → shared → converted per strategy, churned apart (see ../funnel.ts). */

import type { StrategyResult } from '../chartData';
import { drawFunnel, funnelHeight, type FunnelOptions } from '../funnel';
import { ChartElement } from './chartElement';

export class DlFunnel extends ChartElement<readonly StrategyResult[], FunnelOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly StrategyResult[] | undefined, options: FunnelOptions): void {
    drawFunnel(svg, data ?? [], options);
  }

  protected override preferredHeight(data: readonly StrategyResult[] | undefined, width: number): number {
    return funnelHeight(data ?? [], width);
  }
}

if (!customElements.get('dl-funnel')) customElements.define('dl-funnel', DlFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'dl-funnel': DlFunnel;
  }
}
