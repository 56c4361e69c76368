/**
 * The markup of `<dl-network-view>`: a note while there is nothing to show (no data, loading,
 * failed, not a dividend scenario), else the toolbar (strategies shown, people or map, PNG and
 * video), the hints, one figure per shown panel — the canvases the stage paints into and the
 * counts line under them (written by the stage controller, not by Lit) —, the inspector card,
 * the transport bar and the legend.
 *
 * Apart from the element because it is only markup: it reads the element's inputs and parts
 * and wires the parts' handlers; the element renders it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { HoverInspector } from './hoverInspector';
import { networkLegend } from './networkLegend';
import type { ViewMode } from './networkStage';
import { networkText, type NetworkText } from './networkText';
import { canRecordVideo } from './recordReplay';
import type { StageController } from './stageController';
import type { TransportController } from './transportController';
import { CANVAS_PEOPLE_LIMIT, MAX_PANELS } from './viewChoice';
import type { ViewExport } from './viewExport';

/** The element's properties the markup shows. */
export interface ViewInputs {
  text: Partial<NetworkText> | undefined;
  mode: 'auto' | ViewMode;
  maxNodes: number;
  stepHours: number;
}

/** The element's parts the markup reads and wires its handlers to. */
export interface ViewParts {
  replay: StageController;
  inspector: HoverInspector;
  transport: TransportController;
  exporter: ViewExport;
}

export function networkViewTemplate(view: ViewInputs, { replay, inspector, transport, exporter }: ViewParts): TemplateResult {
  const t = networkText(view.text);
  if (replay.status.kind === 'empty') return html`<div class="note">${t.noData}</div>`;
  if (replay.status.kind === 'loading') return html`<div class="note" role="status">${t.loading}</div>`;
  if (replay.status.kind === 'error') return html`<div class="note" role="alert">${t.failed(replay.status.message)}</div>`;
  if (replay.status.kind === 'unsupported') return html`<div class="note">${t.needsDividend}</div>`;
  const picture = replay.picture!;
  const canPeople = picture.positions !== null;
  return html`
    <div class="toolbar">
      ${replay.replays.length > 1
        ? html`<div class="group" role="group" aria-label=${t.shownStrategies}>
            ${replay.replays.map(
              (r, k) => html`<button type="button" aria-pressed=${replay.shown.includes(k) ? 'true' : 'false'}
                ?disabled=${!replay.shown.includes(k) && replay.shown.length >= MAX_PANELS}
                @click=${() => replay.toggleStrategy(k)}><span class="swatch" data-color=${r.color}></span>${r.name}</button>`,
            )}
          </div>`
        : nothing}
      <div class="group" role="group">
        <button type="button" aria-pressed=${replay.viewMode === 'people' ? 'true' : 'false'} ?disabled=${!canPeople}
          @click=${() => replay.setViewMode('people')}>${t.nodesView}</button>
        <button type="button" aria-pressed=${replay.viewMode === 'map' ? 'true' : 'false'} @click=${() => replay.setViewMode('map')}>${t.mapView}</button>
      </div>
      <span class="spacer"></span>
      <div class="group">
        <button type="button" class="export-png" @click=${() => exporter.downloadPng()}>${t.exportPng}</button>
        ${canRecordVideo()
          ? html`<button type="button" class="record" ?disabled=${exporter.recording} @click=${() => exporter.downloadVideo()}>
              ${exporter.recording ? t.recording : t.recordVideo}</button>`
          : nothing}
      </div>
    </div>
    ${canPeople ? nothing : html`<p class="hint">${t.mapOnly(view.maxNodes.toLocaleString())}</p>`}
    ${canPeople && view.mode === 'auto' && replay.viewMode === 'map' && !replay.wantsWebgl() && picture.nodeCount > CANVAS_PEOPLE_LIMIT
      ? html`<p class="hint">${t.canvasMap(CANVAS_PEOPLE_LIMIT.toLocaleString())}</p>`
      : nothing}
    <div class="stage">
      <div class="panels">
        ${replay.shown.map((k, i) => {
          const r = replay.replays[k];
          return html`<figure>
            <figcaption><span class="swatch" data-color=${r.color}></span>${r.name}</figcaption>
            ${keyed(
              replay.wantsWebgl(),
              // Keyed: a 2D context's transparency is fixed at creation, so switching renderer makes new canvases.
              html`<div class="surface">
              ${replay.wantsWebgl() ? html`<canvas class="gl-dots" hidden aria-hidden="true"></canvas>` : nothing}
              <canvas class="panel" data-strategy="${replay.viewMode}:${k}:${replay.wantsWebgl() ? 'gl' : '2d'}" role="img"
                aria-label="${r.name}: ${replay.viewMode === 'map' ? t.mapView : t.nodesView}"
                @pointermove=${inspector.onPointerMove} @pointerleave=${inspector.onPointerLeave} @click=${inspector.onClick}></canvas>
            </div>`,
            )}
            <div class="counts" data-panel=${i}></div>
          </figure>`;
        })}
      </div>
      <dl-node-inspector ?open=${inspector.details !== null} .details=${inspector.details} .text=${view.text} step-hours=${view.stepHours}></dl-node-inspector>
    </div>
    <dl-playback .text=${view.text} step-hours=${view.stepHours} @dl-playback=${transport.onPlayback}></dl-playback>
    ${networkLegend(t, replay.viewMode)}
  `;
}
