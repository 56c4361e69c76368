/**
 * PNG and video export of `<dl-network-view>`: gathers what the view shows now — its shown
 * panels, their running counts, the hovered node's paths, the theme's colours, the heading and
 * the time label — and hands it to exportFrame.ts (one PNG of the current frame) or
 * recordReplay.ts (a WebM of the whole replay), then downloads the file.
 *
 * Apart from the element because it only reads the view; the one state it keeps is whether a
 * recording runs (the element disables its Record button meanwhile).
 */
import type { ReactiveControllerHost } from 'lit';
import { readChartTheme } from '../theme';
import { exportFramePng } from './exportFrame';
import { downloadBlob } from '../export/download';
import type { HoverInspector } from './hoverInspector';
import { countsLine } from './networkLegend';
import { networkText, stepLabel, type NetworkText } from './networkText';
import { describeNode, strategyCounts } from './nodeDetails';
import { paintColors } from './paintContext';
import { recordReplay } from './recordReplay';
import type { StageController } from './stageController';
import type { TransportController } from './transportController';

/** The element: its theme colours, heading, hours per step and words. */
type ExportHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ParentNode; heading: string; stepHours: number; text: Partial<NetworkText> | undefined };

export class ViewExport {
  private running = false;

  constructor(
    private readonly host: ExportHost,
    private readonly replay: Pick<StageController, 'stage' | 'picture' | 'shownReplays' | 'columns'>,
    private readonly inspector: Pick<HoverInspector, 'hover'>,
    /** Brings the transport bar in step with the clock after a recording moved it. */
    private readonly transport: Pick<TransportController, 'sync'>,
  ) {}

  /** Whether a video is being recorded. */
  get recording(): boolean {
    return this.running;
  }

  /** A change re-renders the host (as a reactive property of the host would). */
  private set recording(on: boolean) {
    if (on === this.running) return;
    this.running = on;
    this.host.requestUpdate();
  }

  /** The current frame of the shown panels as a PNG (what the PNG button downloads). */
  async exportPng(scale = 2): Promise<Blob> {
    const stage = this.replay.stage;
    const picture = this.replay.picture;
    const hover = this.inspector.hover;
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.panel');
    if (!stage || !picture || !canvas) throw new Error('nothing to export yet');
    const t = networkText(this.host.text);
    const frame = stage.clock.frame;
    const replays = this.replay.shownReplays();
    const counts = strategyCounts(replays, frame);
    const highlight =
      hover && 'node' in hover ? describeNode(picture, replays, hover.node, frame).stories.map((s) => ({ node: hover.node, path: s.path.nodes })) : [];
    return exportFramePng({
      picture,
      replays,
      mode: stage.mode,
      position: stage.clock.position,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      columns: this.replay.columns(),
      colors: paintColors(readChartTheme(this.host)),
      title: this.host.heading,
      timeLabel: stepLabel(frame, this.host.stepHours, t),
      countLines: counts.map((c) => countsLine(t, c)),
      highlights: highlight,
      text: t,
      scale,
    });
  }

  async downloadPng(): Promise<void> {
    const blob = await this.exportPng();
    const frame = this.replay.stage?.clock.frame ?? 0;
    downloadBlob(blob, `network-step-${frame}.png`);
  }

  /** Record the whole replay at the current speed as a WebM video (MediaRecorder). */
  async recordVideo(): Promise<Blob> {
    const stage = this.replay.stage;
    if (!stage || this.recording) throw new Error('nothing to record');
    const canvases = Array.from(this.host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.panel'));
    this.recording = true;
    try {
      const t = networkText(this.host.text);
      return await recordReplay({
        stage,
        canvases,
        underlays: canvases.map((c) => c.parentElement?.querySelector<HTMLCanvasElement>('canvas.gl-dots:not([hidden])') ?? null),
        columns: this.replay.columns(),
        names: this.replay.shownReplays().map((r) => ({ name: r.name, color: r.color })),
        colors: paintColors(readChartTheme(this.host)),
        label: (frame) => stepLabel(frame, this.host.stepHours, t),
        title: this.host.heading,
      });
    } finally {
      this.recording = false;
      this.transport.sync();
    }
  }

  async downloadVideo(): Promise<void> {
    const blob = await this.recordVideo();
    downloadBlob(blob, 'network-replay.webm');
  }
}
