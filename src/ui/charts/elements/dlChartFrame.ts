/**
 * `<dl-chart-frame>`: the card around a chart — a heading, one "how to read this" line and the
 * SVG/PNG download buttons. The chart element goes in the default slot; the frame exports the
 * first slotted element that has `getSvgElement()` (every dl-* chart does).
 *
 * Events up: `dl-chart-export` (cancelable, detail {format, filename}) before a download; cancel
 * it to handle the export yourself.
 */

import { css, html, LitElement } from 'lit';
import { readChartTheme } from '../../theme';
import { downloadChart, safeFilename, type ExportFormat } from '../../export/chartExport';

/** Detail of the `dl-chart-export` event. */
export interface ChartExportDetail {
  format: ExportFormat;
  filename: string;
}

interface HasSvg extends Element {
  getSvgElement(): SVGSVGElement | null;
}

export class DlChartFrame extends LitElement {
  static override properties = {
    heading: { type: String },
    hint: { type: String },
    filename: { type: String },
    svgLabel: { type: String, attribute: 'svg-label' },
    pngLabel: { type: String, attribute: 'png-label' },
    downloadLabel: { type: String, attribute: 'download-label' },
  };

  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      padding: 16px 18px 14px;
      border: 1px solid var(--dl-border, #d0d7de);
      border-radius: 10px;
      background: var(--dl-bg, #ffffff);
      color: var(--dl-text, #1f2328);
      font-family: var(--dl-font, system-ui, sans-serif);
      min-width: 0;
    }
    header {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      margin-bottom: 10px;
    }
    .titles {
      flex: 1;
      min-width: 0;
    }
    h2 {
      margin: 0;
      font-size: calc(16px * var(--dl-scale, 1));
      font-weight: 600;
      line-height: 1.3;
    }
    p {
      margin: 3px 0 0;
      font-size: calc(13px * var(--dl-scale, 1));
      line-height: 1.4;
      color: var(--dl-text-muted, #57606a);
    }
    .actions {
      display: flex;
      gap: 6px;
      flex: none;
    }
    button {
      font: inherit;
      font-size: calc(12px * var(--dl-scale, 1));
      min-height: 30px;
      padding: 4px 10px;
      border-radius: 6px;
      border: 1px solid var(--dl-border, #d0d7de);
      background: var(--dl-surface, #f6f8fa);
      color: var(--dl-text, #1f2328);
      cursor: pointer;
    }
    button:hover {
      border-color: var(--dl-axis, #8c959f);
    }
    button:focus-visible {
      outline: 2px solid var(--dl-focus, #0969da);
      outline-offset: 1px;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
      /* On paper the download buttons mean nothing. */
    @media print {
      .actions {
        display: none;
      }
    }
`;

  /** Chart title (also the exported file's heading and default file name). */
  declare heading: string;
  /** One line telling how to read the chart. */
  declare hint: string;
  /** File name without extension; default from the heading. */
  declare filename: string | undefined;
  declare svgLabel: string;
  declare pngLabel: string;
  /** Accessible name of the download buttons; `{chart}` and `{format}` are filled in (translation). */
  declare downloadLabel: string;
  private busy = false;

  constructor() {
    super();
    this.heading = '';
    this.hint = '';
    this.svgLabel = 'SVG';
    this.pngLabel = 'PNG';
    this.downloadLabel = 'Download {chart} as {format}';
  }

  /** The slotted chart element, if any. */
  chartElement(): HasSvg | null {
    const slot = this.renderRoot.querySelector('slot');
    const assigned = slot?.assignedElements({ flatten: true }) ?? [];
    return (assigned.find((e) => typeof (e as Partial<HasSvg>).getSvgElement === 'function') as HasSvg | undefined) ?? null;
  }

  /** Export the slotted chart as `format` (what the buttons do). */
  async exportChart(format: ExportFormat): Promise<void> {
    const svg = this.chartElement()?.getSvgElement();
    if (!svg || this.busy) return;
    const name = this.filename || this.heading || 'chart';
    const detail: ChartExportDetail = { format, filename: safeFilename(name, format) };
    const proceed = this.dispatchEvent(new CustomEvent('dl-chart-export', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) return;
    this.busy = true;
    this.requestUpdate();
    try {
      await downloadChart(svg, format, name, { title: this.heading, subtitle: this.hint, theme: readChartTheme(this) });
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  private buttonLabel(chart: string, format: string): string {
    return this.downloadLabel.replace('{chart}', chart).replace('{format}', format);
  }

  protected override render() {
    const label = this.heading || 'chart';
    return html`
      <header>
        <div class="titles">
          <h2>${this.heading}</h2>
          ${this.hint ? html`<p>${this.hint}</p>` : null}
        </div>
        <div class="actions">
          <button type="button" ?disabled=${this.busy} aria-label="${this.buttonLabel(label, 'SVG')}" @click=${() => this.exportChart('svg')}>${this.svgLabel}</button>
          <button type="button" ?disabled=${this.busy} aria-label="${this.buttonLabel(label, 'PNG')}" @click=${() => this.exportChart('png')}>${this.pngLabel}</button>
        </div>
      </header>
      <slot></slot>
    `;
  }
}

if (!customElements.get('dl-chart-frame')) customElements.define('dl-chart-frame', DlChartFrame);

declare global {
  interface HTMLElementTagNameMap {
    'dl-chart-frame': DlChartFrame;
  }
}
