/**
 * Network generation and statistics benchmark.
 *
 *   npx tsx bench/networks.ts
 *
 * Times each generator end to end (generateNetwork: edges + CSR build) on 1M ordinary nodes,
 * then networkStats on a 100k-node graph. Timings are wall-clock on whatever else the machine
 * is doing; run it on a quiet machine for comparable numbers.
 */
import { pathToFileURL } from 'node:url';
import { networkStats } from '../src/core/metrics/networkStats';
import { generateNetwork } from '../src/core/networks/generateNetwork';
import type { NetworkSpec } from '../src/core/networks/networkSpec';
import { rootKey } from '../src/core/random';

export interface NetworkBenchRow {
  name: string;
  seconds: number;
  nodes: number;
  arcs: number;
}

const MILLION = 1_000_000;
const plain = { nodes: MILLION, resample: false, kols: null };

const GENERATORS: [string, NetworkSpec][] = [
  ['barabasi-albert m=5', { ...plain, kind: 'barabasi-albert', edgesPerNode: 5 }],
  ['erdos-renyi c=10', { ...plain, kind: 'erdos-renyi', meanDegree: 10 }],
  [
    'communities c=10, 1000 communities, mu=0.1',
    { ...plain, kind: 'communities', communities: 1000, meanDegree: 10, mixing: 0.1, sizeExponent: 2, degreeExponent: null },
  ],
  ['watts-strogatz k=10, beta=0.1', { ...plain, kind: 'watts-strogatz', meanDegree: 10, rewire: 0.1 }],
  ['configuration gamma=2.5, k in [2, 1000]', { ...plain, kind: 'configuration', degreeExponent: 2.5, minDegree: 2, maxDegree: 1000 }],
];

/** One row per generator (1M nodes) plus one for networkStats on a 100k-node community network. */
export async function benchNetworks(): Promise<NetworkBenchRow[]> {
  const root = rootKey('bench');
  const rows: NetworkBenchRow[] = [];
  for (const [name, spec] of GENERATORS) {
    const start = performance.now();
    const g = generateNetwork(spec, root, 0);
    rows.push({ name: `generate ${name}`, seconds: (performance.now() - start) / 1000, nodes: g.nodeCount, arcs: g.targets.length });
    await Promise.resolve(); // let a caller's event loop breathe between the heavy steps
  }
  const statsGraph = generateNetwork(
    {
      nodes: 100_000,
      resample: false,
      kols: { count: 10, reach: 0.2, homeBias: 0.5 },
      kind: 'communities',
      communities: 200,
      meanDegree: 10,
      mixing: 0.1,
      sizeExponent: 2,
      degreeExponent: null,
    },
    root,
    0,
  );
  const start = performance.now();
  networkStats(statsGraph, root);
  rows.push({
    name: 'networkStats (communities 100k + 10 KOLs, 200 BFS, 20k clustering sample)',
    seconds: (performance.now() - start) / 1000,
    nodes: statsGraph.nodeCount,
    arcs: statsGraph.targets.length,
  });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchNetworks();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)}  seconds      nodes        arcs`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)}  ${r.seconds.toFixed(2).padStart(7)}  ${String(r.nodes).padStart(9)}  ${String(r.arcs).padStart(10)}`,
    );
  }
}
