/**
 * Styles of `<dl-verdict>`: the goal sentences, the strategy table with its winner marks, the
 * sanity notes, and the printed report's layout (settings shown, buttons dropped, tighter type).
 * Apart from the element so that its template and behaviour read without 200 lines of CSS.
 */
import { css } from 'lit';

export const verdictStyles = css`
  :host {
    display: block;
    margin-bottom: 16px;
  }
  section {
    padding: 14px 18px;
    border: 1px solid var(--dl-border);
    border-radius: 10px;
    background: var(--dl-bg);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 6px 12px;
    margin-bottom: 8px;
  }
  h2 {
    margin: 0;
    font-size: calc(17px * var(--dl-scale, 1));
  }
  .grow {
    flex: 1;
  }
  .muted {
    color: var(--dl-text-muted);
    font-size: calc(13px * var(--dl-scale, 1));
  }
  ul.goals {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .goal {
    display: grid;
    grid-template-columns: minmax(140px, 12em) minmax(0, 1fr);
    gap: 4px 12px;
    padding: 6px 10px;
    border-left: 4px solid var(--dl-warning);
    background: var(--dl-surface);
    border-radius: 4px;
    font-size: calc(14px * var(--dl-scale, 1));
    line-height: 1.45;
  }
  .goal.clear,
  .goal.alone {
    border-left-color: var(--dl-success);
  }
  .goal.none {
    border-left-color: var(--dl-border);
  }
  .goal strong {
    display: block;
  }
  .status {
    display: block;
    font-size: calc(12px * var(--dl-scale, 1));
    color: var(--dl-text-muted);
  }
  .sentence {
    margin: 0;
    overflow-wrap: anywhere;
  }
  p.intro {
    margin: 8px 0 10px;
    font-size: calc(12.5px * var(--dl-scale, 1));
    color: var(--dl-text-muted);
    line-height: 1.45;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: calc(13px * var(--dl-scale, 1));
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    caption-side: top;
    padding-bottom: 4px;
    color: var(--dl-text-muted);
    font-size: calc(12.5px * var(--dl-scale, 1));
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--dl-border);
    text-align: right;
    vertical-align: top;
  }
  th {
    font-weight: 600;
    font-size: calc(12.5px * var(--dl-scale, 1));
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  td:first-child {
    min-width: 9em;
  }
  td:first-child .swatch {
    margin-right: 6px;
    vertical-align: -2px;
  }
  td:not(:first-child) {
    white-space: nowrap;
  }
  td .range {
    display: block;
    color: var(--dl-text-muted);
    font-size: calc(11.5px * var(--dl-scale, 1));
  }
  td.best {
    font-weight: 700;
  }
  .star {
    color: var(--dl-success);
  }
  .sanity {
    margin-top: 10px;
    padding: 8px 12px;
    border: 1px solid var(--dl-warning);
    border-radius: 8px;
    font-size: calc(13px * var(--dl-scale, 1));
    line-height: 1.45;
  }
  .sanity h3 {
    margin: 0 0 4px;
    font-size: calc(13.5px * var(--dl-scale, 1));
    color: var(--dl-warning);
  }
  .sanity ul {
    margin: 0;
    padding-left: 18px;
  }
  .print-only {
    display: none;
  }
  .settings {
    margin-top: 10px;
    font-size: 10pt;
    line-height: 1.35;
  }
  .settings h3 {
    margin: 6px 0 2px;
    font-size: 11pt;
  }
  .settings p {
    margin: 0;
  }
  .settings code {
    font-family: ui-monospace, Menlo, monospace;
    font-size: 9.5pt;
  }
  @media print {
    :host {
      margin-bottom: 8px;
    }
    section {
      border: none;
      padding: 0;
    }
    .actions,
    .screen-only {
      display: none;
    }
    .print-only {
      display: block;
    }
    .goal {
      font-size: 11pt;
      padding: 3px 8px;
      line-height: 1.3;
      break-inside: avoid;
      grid-template-columns: 9.5em minmax(0, 1fr);
    }
    ul.goals {
      gap: 4px;
    }
    p.intro {
      font-size: 9.5pt;
      margin: 4px 0 6px;
    }
    table {
      font-size: 10.5pt;
    }
    th,
    td {
      padding: 2px 6px;
    }
  }
`;
