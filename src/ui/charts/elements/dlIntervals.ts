/** `<dl-intervals>`: cost per conversion and ROI with 5–95 % intervals (see ../intervals.ts). */

import type { StrategyResult } from '../chartData';
import { drawIntervals, intervalsHeight, type IntervalsOptions } from '../intervals';
import { ChartElement } from './chartElement';

export class DlIntervals extends ChartElement<readonly StrategyResult[], IntervalsOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly StrategyResult[] | undefined, options: IntervalsOptions): void {
    drawIntervals(svg, data ?? [], options);
  }

  protected override preferredHeight(data: readonly StrategyResult[] | undefined, width: number): number {
    return intervalsHeight(data ?? [], width);
  }
}

if (!customElements.get('dl-intervals')) customElements.define('dl-intervals', DlIntervals);

declare global {
  interface HTMLElementTagNameMap {
    'dl-intervals': DlIntervals;
  }
}
