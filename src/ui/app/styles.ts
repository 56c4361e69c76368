/**
 * Styles shared by the app's components (adopted stylesheets: allowed by the page's CSP
 * `style-src 'self'`, unlike inline style attributes). Colours come from the theme's custom
 * properties, so light and dark follow the document.
 */
import { css } from 'lit';

export const controlStyles = css`
  :host {
    font-family: var(--dl-font, system-ui, sans-serif);
    color: var(--dl-text);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 32px;
    padding: 4px 12px;
    border-radius: 6px;
    border: 1px solid var(--dl-border);
    background: var(--dl-surface);
    cursor: pointer;
    font-size: calc(13px * var(--dl-scale, 1));
    line-height: 1.2;
  }
  button:hover:not([disabled]) {
    border-color: var(--dl-axis);
  }
  button.primary {
    background: var(--dl-focus);
    border-color: var(--dl-focus);
    color: var(--dl-on-focus, #ffffff);
    font-weight: 600;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button.icon {
    min-width: 32px;
    padding: 4px 6px;
  }
  :focus-visible {
    outline: 2px solid var(--dl-focus);
    outline-offset: 2px;
  }
  select,
  input[type='text'],
  input[type='number'] {
    min-height: 30px;
    box-sizing: border-box;
    border: 1px solid var(--dl-border);
    border-radius: 6px;
    background: var(--dl-bg);
    padding: 3px 8px;
    font-size: calc(13px * var(--dl-scale, 1));
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--dl-error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 4px;
    flex: none;
  }
  .c0 { background: var(--dl-strategy-1); }
  .c1 { background: var(--dl-strategy-2); }
  .c2 { background: var(--dl-strategy-3); }
  .c3 { background: var(--dl-strategy-4); }
  .c4 { background: var(--dl-strategy-5); }
  .c5 { background: var(--dl-strategy-6); }
  .c6 { background: var(--dl-strategy-7); }
  .c7 { background: var(--dl-strategy-8); }
`;

/** The dashed box that stands where results will be (none yet, running, hidden by a lesson step). */
export const placeholderBoxStyles = css`
  .state,
  .hidden-results {
    border: 1px dashed var(--dl-border);
    border-radius: 10px;
    padding: 40px 24px;
    text-align: center;
    color: var(--dl-text-muted);
    background: var(--dl-bg);
  }
`;
