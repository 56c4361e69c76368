/** `<dl-decomposition>`: information × relationship chain × interaction per strategy (see ../decomposition.ts). */

import { decompositionHeight, drawDecomposition, type DecompositionOptions, type DecompositionRow } from '../decomposition';
import { ChartElement } from './chartElement';

export class DlDecomposition extends ChartElement<readonly DecompositionRow[], DecompositionOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly DecompositionRow[] | undefined, options: DecompositionOptions): void {
    drawDecomposition(svg, data ?? [], options);
  }

  protected override preferredHeight(data: readonly DecompositionRow[] | undefined, width: number): number {
    return decompositionHeight(data ?? [], width);
  }
}

if (!customElements.get('dl-decomposition')) customElements.define('dl-decomposition', DlDecomposition);

declare global {
  interface HTMLElementTagNameMap {
    'dl-decomposition': DlDecomposition;
  }
}
