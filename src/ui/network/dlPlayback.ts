/**
 * `<dl-playback>`: the transport bar of the network view — to start, step back, play/pause,
 * step forward, to end, a timeline scrubber and the speed (1×–16×), with the current step shown
 * as "hour 30 · day 2". Stateless: properties down (position, end, playing, speed), one event
 * up, `dl-playback` with detail {action, value}, which the view applies to its clock.
 * Keyboard shortcuts (space, ←/→, Home/End, +/−) are handled by the view so they work wherever
 * the focus is inside it.
 */
import { css, html, LitElement, svg } from 'lit';
import { networkText, stepLabel, type NetworkText } from './networkText';
import { PLAYBACK_SPEEDS } from './playbackClock';

export type PlaybackAction = 'toggle' | 'seek' | 'step' | 'speed' | 'start' | 'end';

export interface PlaybackDetail {
  action: PlaybackAction;
  /** seek: the step; step: −1 or +1; speed: the multiplier. */
  value?: number;
}

const ICONS = {
  start: svg`<path d="M5 4h2v12H5zM16 4v12L8 10z" />`,
  back: svg`<path d="M4 4h2v12H4zM16 4v12L7 10z" />`,
  play: svg`<path d="M6 3.5v13L17 10z" />`,
  pause: svg`<path d="M5 4h3.5v12H5zM11.5 4H15v12h-3.5z" />`,
  forward: svg`<path d="M14 4h2v12h-2zM4 4v12l9-6z" />`,
  end: svg`<path d="M13 4h2v12h-2zM4 4v12l8-6z" />`,
};

export class DlPlayback extends LitElement {
  static override properties = {
    position: { type: Number },
    end: { type: Number },
    playing: { type: Boolean },
    speed: { type: Number },
    stepHours: { type: Number, attribute: 'step-hours' },
    text: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: var(--dl-font, system-ui, sans-serif);
      color: var(--dl-text, #1f2328);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 10px;
    }
    .buttons {
      display: flex;
      gap: 4px;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: calc(36px * var(--dl-scale, 1));
      min-height: calc(36px * var(--dl-scale, 1));
      padding: 0 8px;
      border-radius: 8px;
      border: 1px solid var(--dl-border, #d0d7de);
      background: var(--dl-surface, #f6f8fa);
      color: inherit;
      cursor: pointer;
    }
    button.play {
      min-width: calc(48px * var(--dl-scale, 1));
      background: var(--dl-text, #1f2328);
      color: var(--dl-bg, #ffffff);
      border-color: var(--dl-text, #1f2328);
    }
    button:hover {
      border-color: var(--dl-axis, #8c959f);
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 2px solid var(--dl-focus, #0969da);
      outline-offset: 1px;
    }
    svg {
      width: calc(18px * var(--dl-scale, 1));
      height: calc(18px * var(--dl-scale, 1));
      fill: currentColor;
    }
    input[type='range'] {
      flex: 1 1 220px;
      min-width: 140px;
      height: 36px;
      margin: 0;
      accent-color: var(--dl-text, #1f2328);
      cursor: pointer;
    }
    .time {
      min-width: 9.5em;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      font-size: calc(15px * var(--dl-scale, 1));
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: calc(13px * var(--dl-scale, 1));
      color: var(--dl-text-muted, #57606a);
    }
    select {
      font: inherit;
      min-height: calc(36px * var(--dl-scale, 1));
      padding: 0 6px;
      border-radius: 8px;
      border: 1px solid var(--dl-border, #d0d7de);
      background: var(--dl-surface, #f6f8fa);
      color: var(--dl-text, #1f2328);
    }
  `;

  /** Playback position in steps (fractional while playing). */
  declare position: number;
  /** Last step of the replay. */
  declare end: number;
  declare playing: boolean;
  declare speed: number;
  /** Hours per step (1 = hourly). */
  declare stepHours: number;
  declare text: Partial<NetworkText> | undefined;

  constructor() {
    super();
    this.position = 0;
    this.end = 0;
    this.playing = false;
    this.speed = 1;
    this.stepHours = 1;
  }

  private emit(action: PlaybackAction, value?: number): void {
    this.dispatchEvent(new CustomEvent<PlaybackDetail>('dl-playback', { detail: { action, value }, bubbles: true, composed: true }));
  }

  protected override render() {
    const t = networkText(this.text);
    const frame = Math.floor(this.position);
    const label = stepLabel(frame, this.stepHours, t);
    const icon = (d: ReturnType<typeof svg>) => html`<svg viewBox="0 0 20 20" aria-hidden="true">${d}</svg>`;
    return html`
      <div class="bar">
        <div class="buttons">
          <button type="button" title="${t.toStart} (Home)" aria-label=${t.toStart} @click=${() => this.emit('start')}>${icon(ICONS.start)}</button>
          <button type="button" title="${t.stepBack} (←)" aria-label=${t.stepBack} @click=${() => this.emit('step', -1)}>${icon(ICONS.back)}</button>
          <button type="button" class="play" title="${this.playing ? t.pause : t.play} (space)" aria-label=${this.playing ? t.pause : t.play}
            aria-pressed=${this.playing ? 'true' : 'false'} @click=${() => this.emit('toggle')}>${icon(this.playing ? ICONS.pause : ICONS.play)}</button>
          <button type="button" title="${t.stepForward} (→)" aria-label=${t.stepForward} @click=${() => this.emit('step', 1)}>${icon(ICONS.forward)}</button>
          <button type="button" title="${t.toEnd} (End)" aria-label=${t.toEnd} @click=${() => this.emit('end')}>${icon(ICONS.end)}</button>
        </div>
        <input type="range" min="0" max=${this.end} step="1" .value=${String(frame)} aria-label=${t.timeline} aria-valuetext=${label}
          @input=${(e: Event) => this.emit('seek', Number((e.target as HTMLInputElement).value))} />
        <output class="time" aria-live="off">${label}</output>
        <label>${t.speed}
          <select aria-label=${t.speed} title="${t.speed} (+/−)" @change=${(e: Event) => this.emit('speed', Number((e.target as HTMLSelectElement).value))}>
            ${PLAYBACK_SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${s}×</option>`)}
          </select>
        </label>
      </div>
    `;
  }
}

if (!customElements.get('dl-playback')) customElements.define('dl-playback', DlPlayback);

declare global {
  interface HTMLElementTagNameMap {
    'dl-playback': DlPlayback;
  }
}
