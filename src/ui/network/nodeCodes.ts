/**
 * The per-node byte the WebGL dot layer reads each frame: the node's state code (nodeState.ts)
 * in the low three bits and a KOL flag in bit 3 (KOL dots are drawn larger). One byte per
 * person keeps the upload of a frame at 1 MB for a million people; positions never change and
 * are uploaded once.
 *
 * The codes follow the playback incrementally, like the Canvas painter's dots: moving forward
 * from frame a to b rewrites only the nodes with an event in (a, b] (the replay index lists
 * them); moving back recomputes every node (O(n), a few ms at 1M). `dirty` spans the nodes
 * rewritten since the last upload, so the layer uploads only that range.
 */
import { nodeStateAt } from './nodeState';
import type { StrategyReplay } from './strategyReplay';

/** Bit set in a node's code when it is a KOL account. */
export const KOL_BIT = 8;
/** Mask of the state code in a node's byte. */
export const STATE_MASK = 7;

/** The byte of one node: its state code and the KOL flag. */
export function nodeCode(state: number, isKol: boolean): number {
  return (state & STATE_MASK) | (isKol ? KOL_BIT : 0);
}

export class NodeCodes {
  /** One byte per node (see nodeCode). */
  readonly codes: Uint8Array;
  /** Frame the codes show; −2 = never computed. */
  private frame = -2;
  /** Nodes [dirtyFrom, dirtyTo) changed since the last takeDirty(); empty when from ≥ to. */
  private dirtyFrom = 0;
  private dirtyTo = 0;
  private readonly isKol: Uint8Array;

  constructor(
    private readonly replay: StrategyReplay,
    kolNodes: Int32Array,
  ) {
    const n = replay.index.nodeCount;
    this.codes = new Uint8Array(n);
    this.isKol = new Uint8Array(n);
    for (const k of kolNodes) if (k >= 0 && k < n) this.isKol[k] = 1;
  }

  /** The frame the codes were last brought to (−2 before the first update). */
  get shownFrame(): number {
    return this.frame;
  }

  /** Bring the codes to playback frame `frame` (steps beyond the last event show the last event). */
  update(frame: number): void {
    const { index, trace } = this.replay;
    const target = Math.max(-1, Math.min(Math.floor(frame), index.lastEvent));
    if (target === this.frame) return;
    const codes = this.codes;
    if (this.frame === -2 || target < this.frame) {
      for (let i = 0; i < codes.length; i++) codes[i] = nodeCode(nodeStateAt(trace, i, target), this.isKol[i] === 1);
      this.markDirty(0, codes.length);
    } else {
      const from = index.eventStart[Math.max(0, this.frame + 1)];
      const to = index.eventStart[target + 1];
      let lo = codes.length;
      let hi = 0;
      for (let k = from; k < to; k++) {
        const i = index.eventNodes[k];
        codes[i] = nodeCode(nodeStateAt(trace, i, target), this.isKol[i] === 1);
        if (i < lo) lo = i;
        if (i >= hi) hi = i + 1;
      }
      if (lo < hi) this.markDirty(lo, hi);
    }
    this.frame = target;
  }

  /** Recompute everything on the next update (e.g. a new GL context lost the buffer). */
  invalidate(): void {
    this.frame = -2;
  }

  /** The range of nodes changed since the last call, then forgotten; null when nothing changed. */
  takeDirty(): { from: number; to: number } | null {
    if (this.dirtyFrom >= this.dirtyTo) return null;
    const range = { from: this.dirtyFrom, to: this.dirtyTo };
    this.dirtyFrom = 0;
    this.dirtyTo = 0;
    return range;
  }

  private markDirty(from: number, to: number): void {
    if (this.dirtyFrom >= this.dirtyTo) {
      this.dirtyFrom = from;
      this.dirtyTo = to;
    } else {
      this.dirtyFrom = Math.min(this.dirtyFrom, from);
      this.dirtyTo = Math.max(this.dirtyTo, to);
    }
  }
}

/**
 * State colours as the vertex shader's lookup table: r, g, b in 0…1 for each state code, from
 * #rrggbb strings in state-code order (NODE_STATES). A malformed colour becomes mid grey.
 */
export function stateColorTable(hexes: readonly string[]): Float32Array {
  const table = new Float32Array(3 * hexes.length);
  hexes.forEach((hex, k) => {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    for (let c = 0; c < 3; c++) table[3 * k + c] = m ? parseInt(m[c + 1], 16) / 255 : 0.5;
  });
  return table;
}
