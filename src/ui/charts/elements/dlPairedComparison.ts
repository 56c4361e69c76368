/** `<dl-paired-comparison>`: each strategy against the baseline, in words and as a forest plot (see ../pairedComparison.ts). */

import { readChartTheme } from '../../theme';
import { drawPairedComparison, pairedHeight, pairedPreferredHeight, type PairedComparisonData, type PairedComparisonOptions } from '../pairedComparison';
import { ChartElement } from './chartElement';

export class DlPairedComparison extends ChartElement<PairedComparisonData, PairedComparisonOptions> {
  protected override draw(svg: SVGSVGElement, data: PairedComparisonData | undefined, options: PairedComparisonOptions): void {
    drawPairedComparison(svg, data ?? { strategies: [], comparisons: [] }, options);
  }

  /** Tall enough for every row's wrapped sentences at this width (the text is never cut). */
  protected override preferredHeight(data: PairedComparisonData | undefined, width: number): number {
    if (!data) return pairedHeight(0);
    return pairedPreferredHeight(data, { ...(this.options ?? {}), width, theme: readChartTheme(this) });
  }
}

if (!customElements.get('dl-paired-comparison')) customElements.define('dl-paired-comparison', DlPairedComparison);

declare global {
  interface HTMLElementTagNameMap {
    'dl-paired-comparison': DlPairedComparison;
  }
}
