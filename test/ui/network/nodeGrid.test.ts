/** Hit testing over a grid: nearest person within a radius, on hand-placed points. */
import { describe, expect, it } from 'vitest';
import { NodeGrid } from '../../../src/ui/network/nodeGrid';

// Corners of a 10 × 10 square and its centre: 0 (0,0), 1 (10,0), 2 (0,10), 3 (10,10), 4 (5,5).
const square = Float32Array.of(0, 0, 10, 0, 0, 10, 10, 10, 5, 5);

describe('NodeGrid', () => {
  const grid = new NodeGrid(square);

  it('finds the nearest person within the radius', () => {
    expect(grid.find(4, 4, 3)).toBe(4); // √2 from the centre
    expect(grid.find(1, 1, 2)).toBe(0); // √2 from corner 0
    expect(grid.find(9.5, 10, 1)).toBe(3);
    expect(grid.find(10, 10, 0)).toBe(3); // exactly on it
  });

  it('finds nobody farther than the radius, or outside the picture', () => {
    expect(grid.find(2.5, 2.5, 3)).toBe(-1); // 3.54 from both 0 and 4
    expect(grid.find(100, 100, 5)).toBe(-1);
    expect(grid.find(-3, 0, 2.9)).toBe(-1);
    expect(grid.find(-3, 0, 3)).toBe(0); // a query circle may start outside the grid
  });

  it('breaks ties by the lowest index', () => {
    expect(grid.find(5, 0, 5)).toBe(0); // 5 from 0, 1 and 4
    expect(grid.find(10, 5, 5)).toBe(1); // 5 from 1, 3 and 4
  });

  it('bad input: negative or NaN radius, NaN points, no people, people at NaN', () => {
    expect(grid.find(0, 0, -1)).toBe(-1);
    expect(grid.find(0, 0, NaN)).toBe(-1);
    expect(grid.find(NaN, 0, 5)).toBe(-1);
    expect(new NodeGrid(new Float32Array(0)).find(0, 0, 10)).toBe(-1);
    const withNaN = new NodeGrid(Float32Array.of(NaN, 0, 3, 4));
    expect(withNaN.find(0, 0, 10)).toBe(1);
  });

  it('agrees with a brute-force scan on a 1,000-point lattice with jitter-free spacing', () => {
    const n = 1000;
    const p = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      p[2 * i] = (i % 40) * 3;
      p[2 * i + 1] = Math.floor(i / 40) * 3;
    }
    const g = new NodeGrid(p);
    for (const [x, y, r] of [
      [0.4, 0.2, 1],
      [60.9, 30.1, 2],
      [118, 73, 1.5],
      [1.5, 1.5, 2.2],
      [200, 200, 10],
    ]) {
      let best = -1;
      let bestD = r * r;
      for (let i = 0; i < n; i++) {
        const d = (p[2 * i] - x) ** 2 + (p[2 * i + 1] - y) ** 2;
        if (d < bestD || (d === bestD && best >= 0 && i < best) || (d === bestD && best < 0)) {
          best = i;
          bestD = d;
        }
      }
      expect(g.find(x, y, r), `${x},${y},${r}`).toBe(best);
    }
  });
});
