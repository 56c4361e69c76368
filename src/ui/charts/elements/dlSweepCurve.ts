/** `<dl-sweep-curve>`: a metric against a swept parameter with 5–95 % bands and the R = 1 / steepest markers (see ../sweepCurve.ts). */

import type { SweepChartSource } from '../sweepChartData';
import { drawSweepCurve, type SweepCurveOptions } from '../sweepCurve';
import { ChartElement } from './chartElement';

export class DlSweepCurve extends ChartElement<SweepChartSource, SweepCurveOptions> {
  protected override draw(svg: SVGSVGElement, data: SweepChartSource | undefined, options: SweepCurveOptions): void {
    drawSweepCurve(svg, data, options);
  }

  protected override preferredHeight(_data: SweepChartSource | undefined, width: number): number {
    return Math.round(Math.min(460, Math.max(300, width * 0.5)));
  }
}

if (!customElements.get('dl-sweep-curve')) customElements.define('dl-sweep-curve', DlSweepCurve);

declare global {
  interface HTMLElementTagNameMap {
    'dl-sweep-curve': DlSweepCurve;
  }
}
