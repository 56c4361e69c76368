/**
 * Hover, pin and the floating node inspector of `<dl-network-view>`: which node or group is
 * under the pointer (or pinned by a click or tap), the inspector card's content and its place
 * beside the pointer, and the cascade paths highlighted in every panel — described again at
 * each new frame while the replay plays.
 *
 * Apart from the element because it is state of its own (the target, the pin, the card) that
 * only reads the view's current stage and replays; the element renders the card, binds the
 * pointer handlers below to its canvases and is asked to re-render when the card changes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MapPainter } from './mapPainter';
import { floatingPosition } from './networkLegend';
import type { HoverTarget } from './networkStage';
import { describeGroup, describeNode, type GroupDetails, type NodeDetails } from './nodeDetails';
import type { StageController } from './stageController';

export class HoverInspector {
  /** What the pointer is on (or what a click pinned). */
  hover: HoverTarget = null;
  private pinned = false;
  private card: NodeDetails | GroupDetails | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly replay: Pick<StageController, 'stage' | 'picture' | 'shownReplays'>,
  ) {}

  /** The inspector card's content; null while it is closed. */
  get details(): NodeDetails | GroupDetails | null {
    return this.card;
  }

  /** A new card re-renders the host (as a reactive property of the host would). */
  private set details(details: NodeDetails | GroupDetails | null) {
    if (details === this.card) return;
    this.card = details;
    this.host.requestUpdate();
  }

  /** Close the card and forget the target (the panels or the replay changed); a pin stays set. */
  forget(): void {
    this.details = null;
    this.hover = null;
  }

  /** Escape: let go of the pinned or hovered target. */
  escape(e: KeyboardEvent): void {
    // Consumed only when there was something to let go of (the page may use Escape too).
    if (this.pinned || this.hover) {
      e.preventDefault();
      this.clearHover(true);
    }
  }

  private pointerTarget(e: PointerEvent): HoverTarget {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    return this.replay.stage?.hitTest(e.clientX - box.left, e.clientY - box.top) ?? null;
  }

  readonly onPointerMove = (e: PointerEvent): void => {
    if (this.pinned || e.pointerType === 'touch') return;
    this.setHover(this.pointerTarget(e));
    this.placeInspector(e.clientX, e.clientY);
  };

  /** Put the floating inspector beside the pointer, flipped to stay inside the panels. */
  private placeInspector(clientX: number, clientY: number): void {
    const stage = this.host.renderRoot.querySelector<HTMLElement>('.stage');
    const card = this.host.renderRoot.querySelector<HTMLElement>('dl-node-inspector');
    if (!stage || !card) return;
    const box = stage.getBoundingClientRect();
    const { left, top } = floatingPosition(clientX - box.left, clientY - box.top, box.width, box.height, card.offsetWidth || 360, card.offsetHeight || 160);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  readonly onPointerLeave = (): void => {
    if (!this.pinned) this.clearHover(false);
  };

  readonly onClick = (e: PointerEvent): void => {
    const target = this.pointerTarget(e);
    if (!target) {
      this.clearHover(true);
      return;
    }
    this.pinned = true;
    this.setHover(target);
    this.placeInspector(e.clientX, e.clientY);
  };

  private clearHover(unpin: boolean): void {
    if (unpin) this.pinned = false;
    this.setHover(null);
  }

  private setHover(target: HoverTarget): void {
    const same =
      (target === null && this.hover === null) ||
      (target && this.hover && 'node' in target && 'node' in this.hover && target.node === this.hover.node) ||
      (target && this.hover && 'group' in target && 'group' in this.hover && target.group === this.hover.group);
    if (same) return;
    this.hover = target;
    this.describeHover();
  }

  /** Inspector text and highlight for the hovered target at the current frame. */
  describeHover(): void {
    const stage = this.replay.stage;
    const picture = this.replay.picture;
    if (!stage || !picture || !this.hover) {
      this.details = null;
      stage?.setHighlight(null);
      return;
    }
    const frame = stage.clock.frame;
    const replays = this.replay.shownReplays();
    if ('node' in this.hover) {
      const d = describeNode(picture, replays, this.hover.node, frame);
      this.details = d;
      const node = this.hover.node;
      stage.setHighlight(d.stories.map((s) => ({ node, path: s.path.nodes })));
    } else {
      const tallies = stage.painters().map((p) => (p as MapPainter).tally.at(frame));
      this.details = describeGroup(picture, replays, tallies, this.hover.group, frame);
      stage.setHighlight(null, this.hover.group);
    }
  }
}
