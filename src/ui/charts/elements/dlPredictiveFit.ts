/** `<dl-predictive-fit>`: a calibration's fit — observed points over the simulated 5–95 % bands (see ../predictiveFit.ts). */

import { drawPredictiveFit, type PredictiveFitData, type PredictiveFitOptions } from '../predictiveFit';
import { ChartElement } from './chartElement';

export class DlPredictiveFit extends ChartElement<PredictiveFitData, PredictiveFitOptions> {
  protected override draw(svg: SVGSVGElement, data: PredictiveFitData | undefined, options: PredictiveFitOptions): void {
    drawPredictiveFit(svg, data, options);
  }

  protected override preferredHeight(_data: PredictiveFitData | undefined, width: number): number {
    return Math.round(Math.min(340, Math.max(240, width * 0.3)));
  }
}

if (!customElements.get('dl-predictive-fit')) customElements.define('dl-predictive-fit', DlPredictiveFit);

declare global {
  interface HTMLElementTagNameMap {
    'dl-predictive-fit': DlPredictiveFit;
  }
}
