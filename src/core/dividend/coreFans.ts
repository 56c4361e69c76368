/**
 * "Core fans" seeding ("1000 true fans"): start with the most engaged ordinary users of the
 * communities the content fits best — score = engagement × relevance of the agent's community.
 *
 * Engagement is the same per-run trait that multiplies the share chance in runDividend, so the
 * chosen fans really are the eager sharers of that run's world (and all strategies on the run
 * see the same fans). KOL accounts are not fans: they are hired through `kols`. Ties (e.g.
 * engagementSpread 0) are broken by a seeded hash per (run, agent).
 */
import type { Graph } from '../graph';
import { drawBits, purposeKey, type StreamKey } from '../random';
import { chooseSeeds } from '../seeding/chooseSeeds';
import type { SeedingSpec } from '../seeding/seedingSpec';
import { AgentTraits } from './agentTraits';
import type { DividendModelSpec, DividendSeedingSpec, RelevanceSpec } from './dividendSpec';
import { relevanceByCommunity } from './relevance';

/**
 * The `count` best core fans of run `run`, best first. O(n log count): a bounded min-heap
 * keeps the best so far, so a 10-fan pick on a million agents does not sort a million scores.
 */
export function rankCoreFans(
  graph: Graph,
  model: DividendModelSpec,
  relevance: RelevanceSpec,
  count: number,
  root: StreamKey,
  run: number,
): Int32Array {
  const traits = new AgentTraits(root, run, model);
  const rel = relevanceByCommunity(relevance, graph);
  const tieKey = purposeKey(root, run, 'div:corefans');
  const isKol = new Uint8Array(graph.nodeCount);
  for (const k of graph.kolNodes) isKol[k] = 1;
  const community = graph.community;

  const k = Math.max(0, Math.min(Math.floor(count), graph.nodeCount - graph.kolNodes.length));
  const heapNode = new Int32Array(k);
  const heapScore = new Float64Array(k);
  const heapTie = new Float64Array(k);
  let size = 0;
  // "a worse than b": lower score, or equal score and larger tie hash.
  const worse = (sa: number, ta: number, sb: number, tb: number) => sa < sb || (sa === sb && ta > tb);
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(heapScore[l], heapTie[l], heapScore[m], heapTie[m])) m = l;
      if (r < size && worse(heapScore[r], heapTie[r], heapScore[m], heapTie[m])) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  const swap = (i: number, j: number) => {
    const node = heapNode[i];
    heapNode[i] = heapNode[j];
    heapNode[j] = node;
    const score = heapScore[i];
    heapScore[i] = heapScore[j];
    heapScore[j] = score;
    const tie = heapTie[i];
    heapTie[i] = heapTie[j];
    heapTie[j] = tie;
  };

  if (k > 0)
    for (let v = 0; v < graph.nodeCount; v++) {
      if (isKol[v]) continue;
      const c = community === null ? 0 : community[v];
      const score = traits.engagement(v) * (c >= 0 && c < rel.length ? rel[c] : 1);
      const tie = drawBits(tieKey, v);
      if (size < k) {
        // Append and sift up.
        let i = size++;
        heapNode[i] = v;
        heapScore[i] = score;
        heapTie[i] = tie;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!worse(heapScore[i], heapTie[i], heapScore[p], heapTie[p])) break;
          swap(i, p);
          i = p;
        }
      } else if (worse(heapScore[0], heapTie[0], score, tie)) {
        heapNode[0] = v;
        heapScore[0] = score;
        heapTie[0] = tie;
        siftDown(0);
      }
    }

  const order = Array.from({ length: size }, (_, i) => i);
  order.sort((a, b) => heapScore[b] - heapScore[a] || heapTie[a] - heapTie[b]);
  return Int32Array.from(order, (i) => heapNode[i]);
}

/** Seeds of a dividend strategy: core-fans here, every other method through the engine's chooseSeeds. */
export function chooseDividendSeeds(
  graph: Graph,
  model: DividendModelSpec,
  seeding: DividendSeedingSpec,
  relevance: RelevanceSpec,
  root: StreamKey,
  run: number,
): Int32Array {
  if (seeding.method === 'core-fans') return rankCoreFans(graph, model, relevance, seeding.count, root, run);
  return chooseSeeds(graph, seeding as SeedingSpec, root, run);
}
