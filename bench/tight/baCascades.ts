/**
 * The tight reference for the CLI's speed: one file, typed arrays, no framework. Generates a
 * Barabási–Albert graph (preferential attachment through an endpoint list, like
 * src/core/networks/barabasiAlbert.ts), freezes it into CSR by counting, and runs Independent
 * Cascades from random seeds with a counter-based hash coin per arc (like the IC model), then
 * prints one JSON line: the mean reached and the times. bench/cliVsTight.ts runs it and the CLI
 * on the same sizes as whole processes and prints the ratio.
 *
 *   node <bundle of this file> NODES EDGES_PER_NODE PROBABILITY CASCADES SEEDS
 *
 * What it leaves out on purpose is what a general tool must do and a one-off program need not:
 * validation, tie kinds, duplicate merging, worker threads, per-step timelines, aggregation.
 */

/** sfc32: the same class of sequential generator the core uses for networks. */
function sfc32(seed: number): () => number {
  let a = seed | 0;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Two rounds of Wellons' lowbias32: the coin of arc a under key (ka, kb), as the IC model draws it. */
function arcBits(a: number, ka: number, kb: number): number {
  let x = a ^ ka;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  x ^= kb;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

/** Barabási–Albert with m distinct targets per newcomer, as two-way ties in CSR. */
function barabasiAlbert(nodes: number, m: number, nextUint32: () => number): Csr {
  const clique = Math.min(nodes, m + 1);
  const ties = (clique * (clique - 1)) / 2 + Math.max(0, nodes - clique) * m;
  const endpoints = new Int32Array(2 * ties);
  let filled = 0;
  for (let u = 0; u < clique; u++) {
    for (let v = u + 1; v < clique; v++) {
      endpoints[filled++] = u;
      endpoints[filled++] = v;
    }
  }
  const picked = new Int32Array(m);
  for (let newcomer = clique; newcomer < nodes; newcomer++) {
    const pool = filled;
    for (let j = 0; j < m; j++) {
      let target: number;
      let repeat: boolean;
      do {
        target = endpoints[Math.floor((nextUint32() / 4294967296) * pool)];
        repeat = false;
        for (let q = 0; q < j; q++) if (picked[q] === target) repeat = true;
      } while (repeat);
      picked[j] = target;
    }
    for (let j = 0; j < m; j++) {
      endpoints[filled++] = newcomer;
      endpoints[filled++] = picked[j];
    }
  }
  // The endpoint list holds each tie as a pair: count degrees, then place both arcs.
  const offsets = new Int32Array(nodes + 1);
  for (let i = 0; i < filled; i++) offsets[endpoints[i] + 1]++;
  for (let i = 0; i < nodes; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, nodes);
  const targets = new Int32Array(filled);
  for (let i = 0; i < filled; i += 2) {
    const u = endpoints[i];
    const v = endpoints[i + 1];
    targets[cursor[u]++] = v;
    targets[cursor[v]++] = u;
  }
  return { offsets, targets };
}

/** One Independent Cascade from `seeds`; returns the number reached (seeds and everyone tried) and the number activated. */
function cascade(graph: Csr, seeds: Int32Array, probability: number, ka: number, kb: number, state: Uint8Array, queue: Int32Array): { reached: number; active: number } {
  state.fill(0);
  const { offsets, targets } = graph;
  const cut = probability * 4294967296;
  let active = 0;
  let reached = 0;
  for (const s of seeds) {
    if (state[s] !== 0) continue;
    state[s] = 3;
    queue[active++] = s;
    reached++;
  }
  // Branch-free like the IC model's loop (whether v is active and whether the coin wins are
  // unpredictable): `win` is 1 iff the coin succeeds on a node not yet active; the queue gets a
  // tentative write that only counts when it wins (one spare entry).
  for (let i = 0; i < active; i++) {
    const u = queue[i];
    const end = offsets[u + 1];
    for (let a = offsets[u]; a < end; a++) {
      const v = targets[a];
      const s = state[v];
      const win = +(arcBits(a, ka, kb) < cut) & ~s & 1;
      reached += +(s === 0);
      state[v] = s | 2 | win;
      queue[active] = v;
      active += win;
    }
  }
  return { reached, active };
}

function main(argv: string[]): void {
  const [nodes, m, probability, cascades, seedCount] = argv.map(Number);
  if (![nodes, m, probability, cascades, seedCount].every(Number.isFinite)) {
    process.stderr.write('usage: NODES EDGES_PER_NODE PROBABILITY CASCADES SEEDS\n');
    process.exit(2);
  }
  const started = performance.now();
  const nextUint32 = sfc32(20261206);
  const graph = barabasiAlbert(nodes, m, nextUint32);
  const generated = performance.now();
  const state = new Uint8Array(nodes);
  const queue = new Int32Array(nodes + 1);
  const seeds = new Int32Array(seedCount);
  let reachedSum = 0;
  let activeSum = 0;
  for (let run = 0; run < cascades; run++) {
    for (let i = 0; i < seedCount; i++) seeds[i] = nextUint32() % nodes;
    const outcome = cascade(graph, seeds, probability, nextUint32(), nextUint32(), state, queue);
    reachedSum += outcome.reached;
    activeSum += outcome.active;
  }
  const done = performance.now();
  process.stdout.write(`${JSON.stringify({ nodes, arcs: graph.targets.length, meanReached: reachedSum / cascades, meanActivated: activeSum / cascades, networkMs: generated - started, cascadesMs: done - generated })}\n`);
}

main(process.argv.slice(2));
