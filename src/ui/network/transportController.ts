/**
 * The transport of `<dl-network-view>`, as a Lit reactive controller: what a `dl-playback`
 * event from the transport bar and a key pressed with focus anywhere inside the view do to the
 * stage's clock (the commands themselves: playbackCommands.ts), and the transport bar kept in
 * step with the clock after every change and paint.
 *
 * Apart from the element because input handling is a concern of its own (a listener for the
 * element's lifetime); the element's playback API (play, pause, seek, speed) changes the clock
 * itself and asks this to sync the bar.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DlPlayback, PlaybackDetail } from './dlPlayback';
import { applyPlaybackAction, applyPlaybackKey } from './playbackCommands';
import type { StageController } from './stageController';

export class TransportController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly replay: Pick<StageController, 'stage'>,
    /** Escape pressed inside the view (the clock has nothing to do with it). */
    private readonly onEscape: (e: KeyboardEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** The transport bar shows the clock's position, end, state and speed. */
  sync(): void {
    const stage = this.replay.stage;
    const playback = this.host.renderRoot.querySelector<DlPlayback>('dl-playback');
    if (!stage || !playback) return;
    playback.position = stage.clock.position;
    playback.end = stage.clock.end;
    playback.playing = stage.clock.playing;
    playback.speed = stage.clock.speed;
  }

  /** A paint happened: the bar follows a new frame, or a clock that started or stopped playing. */
  afterPaint(frameChanged: boolean): void {
    const stage = this.replay.stage;
    if (!stage) return;
    const playback = this.host.renderRoot.querySelector<DlPlayback>('dl-playback');
    if (playback && (frameChanged || playback.playing !== stage.clock.playing)) this.sync();
  }

  readonly onPlayback = (e: CustomEvent<PlaybackDetail>): void => {
    const stage = this.replay.stage;
    if (!stage) return;
    applyPlaybackAction(stage.clock, e.detail);
    stage.run();
    this.sync();
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const stage = this.replay.stage;
    if (!stage || e.altKey || e.ctrlKey || e.metaKey) return;
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    const result = applyPlaybackKey(stage.clock, e.key, origin?.tagName ?? '');
    if (result === 'escape') {
      this.onEscape(e);
      return;
    }
    if (result !== 'clock') return;
    e.preventDefault();
    stage.run();
    this.sync();
  };
}
