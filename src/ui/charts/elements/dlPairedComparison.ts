/** `<dl-paired-comparison>`: each strategy against the baseline, in words and as a forest plot (see ../pairedComparison.ts). */

import { drawPairedComparison, pairedHeight, type PairedComparisonData, type PairedComparisonOptions } from '../pairedComparison';
import { ChartElement } from './chartElement';

export class DlPairedComparison extends ChartElement<PairedComparisonData, PairedComparisonOptions> {
  protected override draw(svg: SVGSVGElement, data: PairedComparisonData | undefined, options: PairedComparisonOptions): void {
    drawPairedComparison(svg, data ?? { strategies: [], comparisons: [] }, options);
  }

  protected override preferredHeight(data: PairedComparisonData | undefined): number {
    return pairedHeight(Math.max(0, (data?.strategies.length ?? 1) - 1));
  }
}

if (!customElements.get('dl-paired-comparison')) customElements.define('dl-paired-comparison', DlPairedComparison);

declare global {
  interface HTMLElementTagNameMap {
    'dl-paired-comparison': DlPairedComparison;
  }
}
