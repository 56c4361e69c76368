/**
 * What `<dl-network-view>` chooses for a network on this browser: how many panels at most,
 * people or the community map, WebGL2 or the Canvas path for the dots, and how many panels per
 * row. Decisions from a few numbers (node count, the element's `mode` and `renderer`, what this
 * browser's WebGL2 is, the view's width), apart from the DOM work that follows them.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import type { ViewMode } from './networkStage';
import { webgl2Support } from './webglSupport';

/** Panels side by side at most. */
export const MAX_PANELS = 4;
/**
 * The Canvas path's reach. In 'auto' mode without WebGL, bigger networks open as the community
 * map: the Canvas path repaints every dot on the CPU after a jump back (~8 ms per 20k-node
 * panel, measured), so a million would stall the page (the "People" button still shows them).
 * Up to it, software WebGL (no GPU) leaves the people view to the Canvas path, which plays
 * these sizes within the frame budget where SwiftShader's per-frame canvas readback does not.
 */
export const CANVAS_PEOPLE_LIMIT = 25_000;

/**
 * The view a picture opens in: the map when asked for or without positions per person, and in
 * 'auto' mode for more than CANVAS_PEOPLE_LIMIT people on the Canvas path; else people.
 */
export function chooseViewMode(mode: 'auto' | ViewMode, renderer: 'auto' | 'webgl' | 'canvas', picture: NetworkPicture): ViewMode {
  if (mode === 'map' || !picture.positions) return 'map';
  if (mode === 'auto' && !choosesWebgl(renderer, picture.nodeCount) && picture.nodeCount > CANVAS_PEOPLE_LIMIT) return 'map';
  return 'people';
}

/** Whether people panels get a WebGL canvas (the stage still falls back if a context fails). */
export function choosesWebgl(renderer: 'auto' | 'webgl' | 'canvas', nodeCount: number): boolean {
  if (renderer === 'canvas') return false;
  const support = webgl2Support();
  if (support === 'none') return false;
  if (renderer === 'webgl' || support === 'hardware') return true;
  return nodeCount > CANVAS_PEOPLE_LIMIT;
}

/** Panels per row for `n` panels in a view `width` CSS px wide. */
export function panelColumns(n: number, width: number): number {
  const wide = width >= 900;
  if (n <= 1) return 1;
  if (n === 3) return wide ? 3 : 2;
  return 2;
}

/**
 * The panels shown after strategy k's button is pressed (indices, ascending), or null when the
 * press changes nothing: the last panel stays, and at most MAX_PANELS are shown.
 */
export function toggledPanels(shown: number[], k: number): number[] | null {
  const on = shown.includes(k);
  if (on && shown.length === 1) return null;
  if (!on && shown.length >= MAX_PANELS) return null;
  return on ? shown.filter((x) => x !== k) : [...shown, k].sort((a, b) => a - b);
}
