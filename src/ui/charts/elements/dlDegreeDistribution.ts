/** `<dl-degree-distribution>`: the network degree distribution on log–log axes (see ../degreeDistribution.ts). */

import { drawDegreeDistribution, type DegreeDistributionData, type DegreeDistributionOptions } from '../degreeDistribution';
import { ChartElement } from './chartElement';

export class DlDegreeDistribution extends ChartElement<DegreeDistributionData, DegreeDistributionOptions> {
  protected override draw(svg: SVGSVGElement, data: DegreeDistributionData | undefined, options: DegreeDistributionOptions): void {
    drawDegreeDistribution(svg, data, options);
  }

  protected override preferredHeight(_data: DegreeDistributionData | undefined, width: number): number {
    return Math.round(Math.min(440, Math.max(320, width * 0.5)));
  }
}

if (!customElements.get('dl-degree-distribution')) customElements.define('dl-degree-distribution', DlDegreeDistribution);

declare global {
  interface HTMLElementTagNameMap {
    'dl-degree-distribution': DlDegreeDistribution;
  }
}
