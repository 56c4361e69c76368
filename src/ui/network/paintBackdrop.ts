/**
 * The still part of a people view, painted once per size and theme and shared by every panel:
 * the background, one soft halo per community (so clusters read at a glance) and the ties as
 * hairlines — weak ties a little darker, since they are where content jumps between clusters.
 */
import { TIE_WEAK } from '../../core/graph';
import type { NetworkPicture } from '../../layout/networkPicture';
import { createLayer, layerContext, withAlpha, type Layer, type PaintColors, type PanelGeometry } from './paintContext';

export function paintBackdrop(picture: NetworkPicture, geometry: PanelGeometry, colors: PaintColors): Layer {
  const layer = createLayer(geometry);
  const ctx = layerContext(layer);
  const { dpr, transform: t } = geometry;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, geometry.width, geometry.height);

  if (picture.groupKind === 'community') {
    const haloAlpha = colors.mode === 'dark' ? 0.2 : 0.16;
    for (let g = 0; g < picture.groupCount; g++) {
      const x = picture.groupCentres[2 * g] * t.scale + t.tx;
      const y = picture.groupCentres[2 * g + 1] * t.scale + t.ty;
      const r = picture.groupRadii[g] * t.scale + 2;
      const tint = colors.halos[g % colors.halos.length];
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = withAlpha(tint, haloAlpha);
      ctx.fill();
      ctx.strokeStyle = withAlpha(tint, haloAlpha * 2.2);
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }

  const p = picture.positions;
  const edges = picture.edges;
  const kinds = picture.edgeKinds;
  if (p && edges && kinds) {
    // Fainter as the picture gets denser, so 100k ties make a texture, not a grey slab. Weak
    // ties cross the whole picture: drawn barely visible (the ones that carried the content
    // are drawn by the panels), or they would bury the clusters under a hairball.
    const density = Math.min(1, 8000 / Math.max(1, kinds.length));
    for (const weak of [false, true]) {
      ctx.beginPath();
      for (let e = 0; e < kinds.length; e++) {
        if ((kinds[e] === TIE_WEAK) !== weak) continue;
        const u = edges[2 * e];
        const v = edges[2 * e + 1];
        ctx.moveTo(p[2 * u] * t.scale + t.tx, p[2 * u + 1] * t.scale + t.ty);
        ctx.lineTo(p[2 * v] * t.scale + t.tx, p[2 * v + 1] * t.scale + t.ty);
      }
      ctx.strokeStyle = withAlpha(colors.text, weak ? 0.02 + 0.03 * density : 0.04 + 0.08 * density);
      ctx.lineWidth = weak ? 0.6 : 0.5;
      ctx.stroke();
    }
  }
  return layer;
}

/** The backdrop's device pixels, packed as the DotRaster expects (read once per size/theme). */
export function backdropPixels(layer: Layer): Uint32Array {
  const ctx = layerContext(layer);
  return new Uint32Array(ctx.getImageData(0, 0, layer.width, layer.height).data.buffer);
}
