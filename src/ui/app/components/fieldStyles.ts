/**
 * Styles of `<dl-field>`: the label row with its value and unit, the slider beside its number box,
 * the compact layout of the strategy cards (the explanation behind the "i" button), the lesson's
 * highlight, the "≠ baseline" marker and the problem line. Apart from the element, whose logic is
 * the control and its units, as the other components keep their styles.
 */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: block;
    margin: 0 0 12px;
  }
  .top {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px;
  }
  label {
    font-size: calc(13px * var(--dl-scale, 1));
    font-weight: 600;
  }
  output {
    font-size: calc(13px * var(--dl-scale, 1));
    font-variant-numeric: tabular-nums;
    color: var(--dl-text);
    white-space: nowrap;
  }
  .unit {
    color: var(--dl-text-muted);
  }
  .row {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 4px;
  }
  input[type='range'] {
    flex: 1;
    min-width: 0;
    accent-color: var(--dl-focus);
    height: 24px;
    margin: 0;
  }
  input[type='number'] {
    width: 92px;
    text-align: right;
  }
  input[type='text'],
  select {
    width: 100%;
  }
  :host([compact]) {
    margin-bottom: 8px;
  }
  /* A lesson step points at this control. */
  :host([highlight]) {
    outline: 3px solid var(--dl-focus);
    outline-offset: 4px;
    border-radius: 4px;
    background: var(--dl-surface);
  }
  :host([compact]) .help {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :host([compact]) input[type='number'] {
    width: 72px;
  }
  .label {
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
  }
  /* The "i": a real button (click, Enter, Space; Escape closes) opening the explanation. */
  button.info {
    flex: none;
    min-width: 0;
    min-height: 0;
    width: 18px;
    height: 18px;
    padding: 0;
    line-height: 16px;
    border-radius: 50%;
    text-align: center;
    font-size: calc(10px * var(--dl-scale, 1));
    font-weight: 700;
    color: var(--dl-text-muted);
    border: 1px solid var(--dl-border);
    background: var(--dl-bg);
    cursor: pointer;
  }
  button.info[aria-expanded='true'] {
    color: var(--dl-on-focus, #ffffff);
    background: var(--dl-focus);
    border-color: var(--dl-focus);
  }
  :host([compact]) .help.open {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip: auto;
    white-space: normal;
    margin: 4px 0 2px;
    padding: 6px 8px;
    border: 1px solid var(--dl-border);
    border-radius: 6px;
    background: var(--dl-surface);
    color: var(--dl-text);
  }
  .differs {
    flex: none;
    font-size: calc(10.5px * var(--dl-scale, 1));
    padding: 0 5px;
    border-radius: 8px;
    border: 1px solid var(--dl-warning);
    color: var(--dl-text);
    white-space: nowrap;
  }
  .help {
    margin: 3px 0 0;
    font-size: calc(12px * var(--dl-scale, 1));
    line-height: 1.35;
    color: var(--dl-text-muted);
  }
  .error {
    margin: 4px 0 0;
    font-size: calc(12px * var(--dl-scale, 1));
    line-height: 1.35;
    color: var(--dl-error);
    font-weight: 600;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .toggle input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--dl-focus);
  }
`;
