/**
 * Naive reference implementations of the canonical models, written straight from their
 * definitions (every node re-examined every step, no frontiers, no scratch reuse, the
 * library's `draw` instead of inlined hashing). The fast implementations must produce the
 * same timelines draw for draw. Not a test file itself.
 */
import type { Graph } from '../../../src/core/graph';
import { draw, purposeKey, type StreamKey } from '../../../src/core/random';

export interface ReferenceOutcome {
  reached: number[];
  shared: number[];
  /** Last step at which anything changed. */
  steps: number;
}

function inWeights(g: Graph): Float64Array {
  const total = new Float64Array(g.nodeCount);
  for (let a = 0; a < g.targets.length; a++) total[g.targets[a]] += g.weights ? g.weights[a] : 1;
  return total;
}

/** Weighted count of in-neighbours u of each node with `on[u]`. */
function activeInWeight(g: Graph, on: Uint8Array): Float64Array {
  const sum = new Float64Array(g.nodeCount);
  for (let u = 0; u < g.nodeCount; u++) {
    if (!on[u]) continue;
    for (let a = g.offsets[u]; a < g.offsets[u + 1]; a++) sum[g.targets[a]] += g.weights ? g.weights[a] : 1;
  }
  return sum;
}

function finish(reached: number[], shared: number[]): ReferenceOutcome {
  let steps = 0;
  for (let t = 1; t < reached.length; t++) if (reached[t] !== reached[t - 1] || shared[t] !== shared[t - 1]) steps = t;
  return { reached, shared, steps };
}

const count = (a: Uint8Array) => a.reduce((s, x) => s + x, 0);

export function referenceIC(g: Graph, p: number, seeds: number[], steps: number, root: StreamKey, run: number): ReferenceOutcome {
  const key = purposeKey(root, run, 'ic:arc');
  const activatedAt = new Int32Array(g.nodeCount).fill(-1);
  const reachedFlag = new Uint8Array(g.nodeCount);
  for (const s of seeds) {
    activatedAt[s] = 0;
    reachedFlag[s] = 1;
  }
  const reached = [count(reachedFlag)];
  const shared = [seeds.length];
  for (let t = 1; t <= steps; t++) {
    for (let u = 0; u < g.nodeCount; u++) {
      if (activatedAt[u] !== t - 1) continue;
      for (let a = g.offsets[u]; a < g.offsets[u + 1]; a++) {
        const v = g.targets[a];
        reachedFlag[v] = 1;
        const w = g.weights ? g.weights[a] : 1;
        if (activatedAt[v] === -1 && draw(key, a) < p * w) activatedAt[v] = t;
      }
    }
    reached.push(count(reachedFlag));
    shared.push(activatedAt.reduce((s, x) => s + (x >= 0 ? 1 : 0), 0));
  }
  return finish(reached, shared);
}

export function referenceLT(
  g: Graph,
  phi: number,
  spread: number,
  seeds: number[],
  steps: number,
  root: StreamKey,
  run: number,
): ReferenceOutcome {
  const key = purposeKey(root, run, 'lt:threshold');
  const n = g.nodeCount;
  const theta = (v: number) => Math.min(1, Math.max(0, phi + spread * (2 * draw(key, v) - 1)));
  const total = inWeights(g);
  let active = new Uint8Array(n);
  for (const s of seeds) active[s] = 1;
  const reachedFlag = active.slice();
  const reached = [count(reachedFlag)];
  const shared = [count(active)];
  for (let t = 1; t <= steps; t++) {
    const next = active.slice();
    if (g.fullyMixed) {
      const a = count(active);
      for (let v = 0; v < n; v++) {
        if (a > 0) reachedFlag[v] = 1;
        if (!active[v] && a >= 1 && a / (n - 1) >= theta(v)) next[v] = 1;
      }
    } else {
      const sum = activeInWeight(g, active);
      for (let v = 0; v < n; v++) {
        if (sum[v] > 0) reachedFlag[v] = 1;
        if (!active[v] && sum[v] > 0 && sum[v] / total[v] >= theta(v)) next[v] = 1;
      }
    }
    active = next;
    reached.push(count(reachedFlag));
    shared.push(count(active));
  }
  return finish(reached, shared);
}

export function referenceBass(
  g: Graph,
  p: number,
  q: number,
  seeds: number[],
  steps: number,
  root: StreamKey,
  run: number,
): ReferenceOutcome {
  const key = purposeKey(root, run, 'bass:adopt');
  const n = g.nodeCount;
  const total = inWeights(g);
  let adopted = new Uint8Array(n);
  for (const s of seeds) adopted[s] = 1;
  const exposed = new Uint8Array(n);
  const reachedNow = () => adopted.reduce((s, x, v) => s + (x || exposed[v] ? 1 : 0), 0);
  const reached = [reachedNow()];
  const shared = [count(adopted)];
  for (let t = 1; t <= steps; t++) {
    const a = count(adopted);
    const sum = g.fullyMixed ? null : activeInWeight(g, adopted);
    const next = adopted.slice();
    for (let v = 0; v < n; v++) {
      if (g.fullyMixed ? a > 0 : sum![v] > 0) exposed[v] = 1;
      if (adopted[v]) continue;
      const share = g.fullyMixed ? a / n : total[v] > 0 ? sum![v] / total[v] : 0;
      if (draw(key, v, t) < p + q * share) next[v] = 1;
    }
    adopted = next;
    reached.push(reachedNow());
    shared.push(count(adopted));
  }
  return finish(reached, shared);
}
