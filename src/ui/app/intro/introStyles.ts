/** Styles of `<dl-intro>`: a readable dialog at 1280×800 (two columns) that scrolls rather than clips. */
import { css } from 'lit';

export const introStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(1040px, calc(100vw - 48px));
    max-height: calc(100vh - 48px);
    box-sizing: border-box;
    padding: 20px 26px 18px;
    border: 1px solid var(--dl-border);
    border-radius: 14px;
    background: var(--dl-bg);
    color: var(--dl-text);
    box-shadow: 0 18px 60px rgb(0 0 0 / 30%);
    overflow-y: auto;
  }
  dialog::backdrop {
    background: rgb(20 24 28 / 55%);
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 12px;
  }
  h2 {
    flex: 1;
    margin: 0 0 8px;
    font-size: calc(22px * var(--dl-scale, 1));
  }
  h3 {
    margin: 0 0 8px;
    font-size: calc(16px * var(--dl-scale, 1));
  }
  .what {
    margin: 0 0 16px;
    font-size: calc(15px * var(--dl-scale, 1));
    line-height: 1.5;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 24px;
  }
  @media (max-width: 800px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  ol {
    margin: 0;
    padding-left: 1.3em;
    font-size: calc(14px * var(--dl-scale, 1));
    line-height: 1.5;
  }
  li + li {
    margin-top: 8px;
  }
  dl {
    margin: 0;
    font-size: calc(14px * var(--dl-scale, 1));
    line-height: 1.45;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 8px;
    color: var(--dl-text-muted);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 14px;
    margin-top: 16px;
    padding-top: 14px;
    border-top: 1px solid var(--dl-border);
  }
  footer button {
    font-size: calc(15px * var(--dl-scale, 1));
    min-height: 36px;
  }
  .reopen {
    flex: 1 1 260px;
    color: var(--dl-text-muted);
    font-size: calc(13px * var(--dl-scale, 1));
  }
`;
