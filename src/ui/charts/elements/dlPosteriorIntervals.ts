/** `<dl-posterior-intervals>`: a calibration's posterior narrowing, generation by generation (see ../posteriorIntervals.ts). */

import { drawPosteriorIntervals, posteriorIntervalsHeight, type PosteriorIntervalsData, type PosteriorIntervalsOptions } from '../posteriorIntervals';
import { ChartElement } from './chartElement';

export class DlPosteriorIntervals extends ChartElement<PosteriorIntervalsData, PosteriorIntervalsOptions> {
  protected override draw(svg: SVGSVGElement, data: PosteriorIntervalsData | undefined, options: PosteriorIntervalsOptions): void {
    drawPosteriorIntervals(svg, data, options);
  }

  protected override preferredHeight(data: PosteriorIntervalsData | undefined): number {
    return posteriorIntervalsHeight(data);
  }
}

if (!customElements.get('dl-posterior-intervals')) customElements.define('dl-posterior-intervals', DlPosteriorIntervals);

declare global {
  interface HTMLElementTagNameMap {
    'dl-posterior-intervals': DlPosteriorIntervals;
  }
}
