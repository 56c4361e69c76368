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
import { topK } from './topK';

/**
 * The `count` best core fans of run `run`, best first, in O(n log count) (topK).
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
  const n = graph.nodeCount;
  const isKol = new Uint8Array(n);
  for (const k of graph.kolNodes) isKol[k] = 1;
  const community = graph.community;
  const node = new Int32Array(n);
  const score = new Float64Array(n);
  const tie = new Float64Array(n);
  let m = 0;
  for (let v = 0; v < n; v++) {
    if (isKol[v]) continue;
    const c = community === null ? 0 : community[v];
    node[m] = v;
    score[m] = traits.engagement(v) * (c >= 0 && c < rel.length ? rel[c] : 1);
    tie[m++] = drawBits(tieKey, v);
  }
  return topK(count, m, score, tie).map((i) => node[i]);
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
