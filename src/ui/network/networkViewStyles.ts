/** Styles of `<dl-network-view>` (Lit static styles: adopted stylesheets pass the CSP's style-src 'self'). */
import { css } from 'lit';

export const networkViewStyles = css`
    :host {
      display: block;
      /* Per-frame text updates (counts, the time) re-lay out the view only, not the whole page. */
      contain: layout paint;
      font-family: var(--dl-font, system-ui, sans-serif);
      color: var(--dl-text, #1f2328);
      outline: none;
    }
    :host(:focus-visible) {
      /* Inside the box: paint containment clips anything drawn outside it. */
      outline: 2px solid var(--dl-focus, #0969da);
      outline-offset: -2px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 14px;
      margin-bottom: 10px;
    }
    .group {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
    }
    .spacer {
      flex: 1;
    }
    button {
      font: inherit;
      font-size: calc(13px * var(--dl-scale, 1));
      min-height: calc(34px * var(--dl-scale, 1));
      padding: 2px 11px;
      border-radius: 8px;
      border: 1px solid var(--dl-border, #d0d7de);
      background: var(--dl-surface, #f6f8fa);
      color: var(--dl-text, #1f2328);
      cursor: pointer;
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    button[aria-pressed='true'] {
      border-color: var(--dl-text, #1f2328);
      font-weight: 600;
    }
    button[disabled] {
      opacity: 0.5;
      cursor: default;
    }
    button:focus-visible {
      outline: 2px solid var(--dl-focus, #0969da);
      outline-offset: 1px;
    }
    .swatch {
      width: calc(11px * var(--dl-scale, 1));
      height: calc(11px * var(--dl-scale, 1));
      border-radius: 2px;
      flex: none;
    }
    .panels {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(var(--dl-panel-columns, 2), minmax(0, 1fr));
    }
    figure {
      margin: 0;
      min-width: 0;
    }
    figcaption {
      display: flex;
      align-items: center;
      gap: 7px;
      font-weight: 600;
      font-size: calc(15px * var(--dl-scale, 1));
      margin-bottom: 4px;
    }
    canvas {
      /* Own compositing layer: a frame then repaints the canvas only, not the page around it
         (without a GPU, Chromium otherwise re-rasterised the app's charts on every frame). */
      will-change: transform;
      display: block;
      width: 100%;
      border-radius: 8px;
      border: 1px solid var(--dl-border, #d0d7de);
      touch-action: manipulation;
      cursor: crosshair;
    }
    .surface {
      position: relative;
    }
    /* The WebGL dots sit under the transparent 2D canvas (overlay, pointer events), inside its border. */
    canvas.gl-dots {
      position: absolute;
      left: 1px;
      top: 1px;
      border: none;
      border-radius: 7px;
      pointer-events: none;
    }
    canvas.gl-dots[hidden] {
      display: none;
    }
    .counts {
      margin-top: 4px;
      font-size: calc(14px * var(--dl-scale, 1));
      font-variant-numeric: tabular-nums;
      color: var(--dl-text-muted, #57606a);
    }
    .counts b {
      color: var(--dl-text, #1f2328);
      font-weight: 600;
    }
    dl-playback {
      margin: 12px 0 6px;
    }
    .stage {
      position: relative;
      contain: layout paint;
    }
    /* The inspector floats next to the pointer, over the panels, so it is read where one looks. */
    dl-node-inspector {
      position: absolute;
      z-index: 2;
      width: min(360px, 92%);
      pointer-events: none;
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
      border-radius: 10px;
    }
    dl-node-inspector:not([open]) {
      display: none;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      font-size: calc(13px * var(--dl-scale, 1));
      color: var(--dl-text-muted, #57606a);
      margin-bottom: 10px;
    }
    .legend span {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .dot {
      width: calc(11px * var(--dl-scale, 1));
      height: calc(11px * var(--dl-scale, 1));
      border-radius: 50%;
    }
    .dot.unaware { background: var(--dl-node-unaware); }
    .dot.reached { background: var(--dl-node-reached); }
    .dot.shared { background: var(--dl-node-shared); }
    .dot.converted { background: var(--dl-node-converted); }
    .dot.muted { background: var(--dl-node-muted); }
    .dot.ramp {
      width: calc(22px * var(--dl-scale, 1));
      border-radius: 6px;
      background: linear-gradient(90deg, var(--dl-node-unaware), var(--dl-node-reached));
    }
    .legend svg {
      width: calc(18px * var(--dl-scale, 1));
      height: calc(14px * var(--dl-scale, 1));
      stroke: currentColor;
      fill: none;
      color: var(--dl-text, #1f2328);
    }
    .note {
      padding: 28px 16px;
      text-align: center;
      color: var(--dl-text-muted, #57606a);
      border: 1px dashed var(--dl-border, #d0d7de);
      border-radius: 10px;
    }
    .hint {
      font-size: calc(13px * var(--dl-scale, 1));
      color: var(--dl-text-muted, #57606a);
    }
`;
