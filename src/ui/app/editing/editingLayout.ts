/**
 * The page-level styles of the editing tools, adopted by `<dl-app>` (kept here so the page's
 * own stylesheet does not grow): the editing bar pinned at the top of the scenario panel, the
 * summary bar pinned to the window's bottom, and the dimmed, labelled out-of-date results.
 */
import { css } from 'lit';

export const editingLayoutStyles = css`
  aside dl-edit-tools {
    position: sticky;
    top: 0;
    z-index: 2;
    padding: 8px 16px;
    background: var(--dl-bg);
    border-bottom: 1px solid var(--dl-border);
  }
  dl-edit-summary {
    position: sticky;
    bottom: 8px;
    z-index: 4;
    margin: 0 0 16px;
  }
  dl-results.stale {
    opacity: 0.45;
    transition: opacity 0.2s;
  }
  /* A banner across the results that stays under the toolbar while they scroll by. */
  .stale-label {
    position: sticky;
    top: 58px;
    z-index: 3;
    margin: 0 0 8px;
    padding: 6px 12px;
    border-radius: 6px;
    border: 1px solid var(--dl-warning);
    background: var(--dl-bg);
    box-shadow: 0 4px 12px rgb(0 0 0 / 10%);
    font-size: calc(13px * var(--dl-scale, 1));
    font-weight: 600;
  }
  :host([presenter]) dl-edit-summary {
    display: none;
  }
  @media print {
    dl-edit-summary,
    .stale-label {
      display: none;
    }
  }
`;
