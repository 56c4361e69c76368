/**
 * Place the group discs next to each other: d3-hierarchy's front-chain circle packing, largest
 * group first so it lands in the middle and the small ones ring it. Discs keep GROUP_GAP
 * between them so that each community reads as its own island.
 */
import { packSiblings } from 'd3-hierarchy';
import { GROUP_GAP } from './layoutOptions';

/** Centres (x, y per group) for discs of the given radii; the packing is centred on (0, 0). */
export function packGroups(radii: Float64Array): Float64Array {
  const count = radii.length;
  const circles = Array.from({ length: count }, (_, g) => ({ g, r: radii[g] + GROUP_GAP / 2, x: 0, y: 0 }));
  // Largest first; ties by index keep the packing deterministic.
  circles.sort((a, b) => b.r - a.r || a.g - b.g);
  packSiblings(circles);
  let cx = 0;
  let cy = 0;
  let area = 0;
  for (const c of circles) {
    const w = c.r * c.r;
    cx += c.x * w;
    cy += c.y * w;
    area += w;
  }
  if (area > 0) {
    cx /= area;
    cy /= area;
  }
  const centres = new Float64Array(2 * count);
  for (const c of circles) {
    centres[2 * c.g] = c.x - cx;
    centres[2 * c.g + 1] = c.y - cy;
  }
  return centres;
}
