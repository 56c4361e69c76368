/** `<dl-attribution>`: where the campaign's conversions came from, stacked per strategy (see ../attribution.ts). */

import { attributionBaseline, attributionHeight, drawAttribution, type AttributionOptions, type AttributionRow } from '../attribution';
import { ChartElement } from './chartElement';

export class DlAttribution extends ChartElement<readonly AttributionRow[], AttributionOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly AttributionRow[] | undefined, options: AttributionOptions): void {
    drawAttribution(svg, data ?? [], options);
  }

  protected override preferredHeight(data: readonly AttributionRow[] | undefined, width: number): number {
    return attributionHeight(data?.length ?? 0, Number.isFinite(attributionBaseline(data ?? [])), (data ?? []).map((r) => r.name), width);
  }
}

if (!customElements.get('dl-attribution')) customElements.define('dl-attribution', DlAttribution);

declare global {
  interface HTMLElementTagNameMap {
    'dl-attribution': DlAttribution;
  }
}
