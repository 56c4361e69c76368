/**
 * Styles of `<dl-lesson>`. Sizes scale with --dl-scale (1.5 in presenter mode), so the same
 * panel reads on a laptop and on a projector.
 */
import { css } from 'lit';

export const lessonStyles = css`
      :host {
        display: block;
        margin: 0 0 16px;
        border: 2px solid var(--dl-focus);
        border-radius: 12px;
        background: var(--dl-bg);
        --lesson-text: calc(20px * var(--dl-scale, 1));
        /* A step scrolled into view stops below the sticky top bar. */
        scroll-margin-top: calc(72px * var(--dl-scale, 1));
      }
      .title:focus {
        outline: none;
      }
      .title:focus-visible {
        outline: 2px solid var(--dl-focus);
        outline-offset: 3px;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 14px;
        padding: 12px 18px 10px;
        border-bottom: 1px solid var(--dl-border);
      }
      .title {
        margin: 0;
        font-size: calc(17px * var(--dl-scale, 1));
        font-weight: 700;
      }
      .kicker {
        color: var(--dl-text-muted);
        font-size: calc(13px * var(--dl-scale, 1));
      }
      .grow {
        flex: 1;
      }
      ol.steps {
        display: flex;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ol.steps button {
        min-width: calc(34px * var(--dl-scale, 1));
        font-size: calc(13px * var(--dl-scale, 1));
        padding: 3px 8px;
      }
      ol.steps button[aria-current='step'] {
        background: var(--dl-focus);
        border-color: var(--dl-focus);
        color: var(--dl-on-focus, #ffffff);
        font-weight: 700;
      }
      .body {
        padding: 16px 20px 8px;
      }
      .kind {
        display: inline-block;
        margin: 0 0 8px;
        padding: 2px 10px;
        border-radius: 999px;
        background: var(--dl-surface);
        border: 1px solid var(--dl-border);
        font-size: calc(13px * var(--dl-scale, 1));
        font-weight: 700;
        letter-spacing: 0.03em;
      }
      .kind.takeaway {
        background: var(--dl-focus);
        border-color: var(--dl-focus);
        color: var(--dl-on-focus, #ffffff);
      }
      .text {
        margin: 0 0 14px;
        max-width: 72em;
        font-size: var(--lesson-text);
        line-height: 1.45;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
        margin: 0 0 14px;
      }
      .choices button {
        font-size: calc(16px * var(--dl-scale, 1));
        padding: 8px 16px;
        min-height: calc(40px * var(--dl-scale, 1));
      }
      .choices button[aria-pressed='true'] {
        background: var(--dl-focus);
        border-color: var(--dl-focus);
        color: var(--dl-on-focus, #ffffff);
        font-weight: 700;
      }
      .line {
        margin: 0 0 10px;
        font-size: calc(16px * var(--dl-scale, 1));
        line-height: 1.4;
      }
      .answer {
        font-weight: 700;
      }
      .verdict.right {
        color: var(--dl-success, #1a7f37);
      }
      .verdict.wrong {
        color: var(--dl-error);
      }
      .watch {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(calc(260px * var(--dl-scale, 1)), 1fr));
        gap: 6px 18px;
        margin: 4px 0 10px;
        padding: 10px 14px 0;
        border-radius: 8px;
        border: 1px dashed var(--dl-focus);
      }
      .watch-label {
        grid-column: 1 / -1;
        font-weight: 700;
        font-size: calc(13px * var(--dl-scale, 1));
      }
      table {
        border-collapse: collapse;
        margin: 4px 0 12px;
        font-size: calc(15px * var(--dl-scale, 1));
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: left;
        font-weight: 700;
        padding-bottom: 6px;
      }
      th,
      td {
        padding: 5px 14px 5px 0;
        text-align: right;
        border-bottom: 1px solid var(--dl-border);
        vertical-align: bottom;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      th small {
        display: block;
        font-weight: 400;
        color: var(--dl-text-muted);
        font-size: 0.8em;
      }
      footer {
        position: sticky;
        bottom: 0;
        background: var(--dl-bg);
        border-radius: 0 0 12px 12px;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 10px;
        padding: 10px 20px 14px;
      }
      footer button {
        font-size: calc(15px * var(--dl-scale, 1));
        min-height: calc(36px * var(--dl-scale, 1));
        padding: 4px 16px;
      }
      .keys {
        color: var(--dl-text-muted);
        font-size: calc(12px * var(--dl-scale, 1));
      }
      /* "Go on without a prediction?" sits right above the buttons that asked it. */
      .confirm {
        margin: 0 20px 6px;
        padding: 12px 16px 14px;
        border: 2px solid var(--dl-warning, #b26a00);
        border-radius: 10px;
        background: var(--dl-surface);
      }
      .confirm-title {
        margin: 0 0 6px;
        font-weight: 700;
        font-size: calc(16px * var(--dl-scale, 1));
      }
      .confirm-buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
      }
      .confirm-buttons button {
        font-size: calc(15px * var(--dl-scale, 1));
        min-height: calc(36px * var(--dl-scale, 1));
      }
    `;
