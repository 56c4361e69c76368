/**
 * Styles of `<dl-results>`: the two-column chart grid (one column below 1,180 px; wide charts span
 * both), the empty/running/error states, the network section, presenter mode and the printed
 * report's layout (the verdict and two key charts at the paper's width).
 */
import { css } from 'lit';

export const resultsStyles = css`
  :host {
    display: block;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 16px;
    margin-bottom: 16px;
  }
  .wide {
    grid-column: 1 / -1;
  }
  :host([presenter]) .grid {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([presenter]) .network {
    margin-bottom: 16px;
  }
  @media (max-width: 1180px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .picker {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: calc(13px * var(--dl-scale, 1));
    margin: 0 0 8px;
  }
  .state h2 {
    margin: 0 0 6px;
    font-size: calc(18px * var(--dl-scale, 1));
    color: var(--dl-text);
  }
  .state.error h2 {
    color: var(--dl-error);
  }
  .state p {
    margin: 0;
    font-size: calc(14px * var(--dl-scale, 1));
  }
  .note {
    font-size: calc(13px * var(--dl-scale, 1));
    color: var(--dl-text-muted);
    margin: 0;
  }
  .network {
    padding: 16px 18px 14px;
    border: 1px solid var(--dl-border);
    border-radius: 10px;
    background: var(--dl-bg);
  }
  .network h2 {
    margin: 0 0 2px;
    font-size: calc(16px * var(--dl-scale, 1));
  }
  .network .note {
    margin-bottom: 10px;
  }
  /* The printed report (printReport.ts): laid out at the paper's width so the charts redraw for it; the verdict, then two key charts side by side (conversions over time; the paired comparison, given the wider column for its labels). */
  :host([printing]) {
    width: 930px;
  }
  :host([printing]) .grid {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: 8px;
  }
  :host([printing]) #chart-paired {
    grid-column: auto;
  }
  :host([printing]) .grid.many {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([printing]) .network,
  :host([printing]) .picker,
  :host([printing]) #chart-reached,
  :host([printing]) #chart-funnel,
  :host([printing]) #chart-distribution,
  :host([printing]) #chart-degree,
  :host([printing]) #chart-intervals,
  :host([printing]) #chart-attribution,
  :host([printing]) #chart-decomposition {
    display: none;
  }
  @media print {
    .grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      gap: 8px;
    }
    #chart-paired {
      grid-column: auto;
    }
    .grid.many {
      grid-template-columns: minmax(0, 1fr);
      break-before: page;
    }
    .network,
    .picker,
    #chart-reached,
    #chart-funnel,
    #chart-distribution,
    #chart-degree,
    #chart-intervals,
    #chart-attribution,
    #chart-decomposition {
      display: none;
    }
    dl-chart-frame {
      break-inside: avoid;
      overflow: hidden;
    }
  }
  .dividend-note {
    padding: 12px 16px;
    border: 1px dashed var(--dl-border);
    border-radius: 10px;
    line-height: 1.5;
  }
`;
