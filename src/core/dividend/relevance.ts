/**
 * Relevance of the content per community: how well it fits each community's interest.
 * It multiplies both the share chance and the trust an exposure adds.
 */
import type { Graph } from '../graph';
import type { RelevanceSpec } from './dividendSpec';

/**
 * Relevance by community id, length max(1, communityCount). A network without communities is
 * one community (id 0). A list gives community c its entry c (communities past its end get 1:
 * no penalty); `{default, byCommunity}` gives the listed ids their value and the rest the default.
 */
export function relevanceByCommunity(spec: RelevanceSpec, graph: Graph): Float64Array {
  const count = Math.max(1, graph.communityCount);
  const out = new Float64Array(count);
  if (typeof spec === 'number') return out.fill(spec);
  if (Array.isArray(spec)) {
    for (let c = 0; c < count; c++) out[c] = c < spec.length ? spec[c] : 1;
    return out;
  }
  out.fill(spec.default);
  for (const [id, value] of Object.entries(spec.byCommunity)) {
    const c = Number(id);
    if (Number.isInteger(c) && c >= 0 && c < count) out[c] = value;
  }
  return out;
}
