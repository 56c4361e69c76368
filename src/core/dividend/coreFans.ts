/**
 * "Core fans" seeding ("1000 true fans"): start with the most engaged ordinary users of the
 * communities the content fits best — score = engagement × relevance of the agent's community.
 *
 * Engagement is a trait of the world (drawn per (seed, person), never per run): how active a
 * person is, something a brand can observe before launch. The ranking therefore uses no draw of
 * the runs it is judged on — no clairvoyance — and is the same in every run. KOL accounts are not
 * fans: they are hired through `kols`. Ties (e.g. engagementSpread 0) are broken by a seeded hash
 * per agent.
 *
 * Every seeding method of a dividend strategy leaves KOL accounts out: they enter a campaign
 * only by being hired, at their price (chooseDividendSeeds).
 */
import type { Graph } from '../graph';
import { childKey, drawBits, type StreamKey } from '../random';
import { rankNodes } from '../seeding/rankNodes';
import { randomSeeds } from '../seeding/seedingRandom';
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
  const tieKey = childKey(root, 'div:corefans');
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

/**
 * Seeds of a dividend strategy, never a KOL account (they are the last graph.kolNodes.length
 * nodes): core-fans here, random among ordinary people, the structural rankings without the KOL
 * accounts, manual as listed (the validator refuses KOL accounts there).
 */
export function chooseDividendSeeds(
  graph: Graph,
  model: DividendModelSpec,
  seeding: DividendSeedingSpec,
  relevance: RelevanceSpec,
  root: StreamKey,
  run: number,
): Int32Array {
  if (seeding.method === 'core-fans') return rankCoreFans(graph, model, relevance, seeding.count, root, run);
  const kolCount = graph.kolNodes.length;
  if (kolCount === 0 || seeding.method === 'manual') return chooseSeeds(graph, seeding as SeedingSpec, root, run);
  const ordinary = graph.nodeCount - kolCount;
  if (seeding.method === 'random') return randomSeeds(ordinary, Math.min(seeding.count, ordinary), root, run);
  return ordinaryRanking(graph, seeding.method, root, ordinary).slice(0, Math.min(seeding.count, ordinary));
}

const ordinaryRankings = new WeakMap<Int32Array, Int32Array>();

/** A structural ranking without the KOL accounts (nodes ≥ ordinary), memoised with the ranking. */
function ordinaryRanking(graph: Graph, method: 'degree' | 'bridges' | 'kcore', root: StreamKey, ordinary: number): Int32Array {
  const full = rankNodes(graph, method, root);
  let kept = ordinaryRankings.get(full);
  if (kept === undefined) {
    kept = full.filter((v) => v < ordinary);
    ordinaryRankings.set(full, kept);
  }
  return kept;
}
