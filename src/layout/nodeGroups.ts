/**
 * The groups a network is drawn by: its planted communities when the generator made some,
 * otherwise BFS neighbourhoods (see neighbourhoods.ts). Members are listed group by group
 * (a CSR of groups) so each group can be laid out on its own.
 */
import type { Graph } from '../core/graph';
import type { LayoutOptions } from './layoutOptions';
import type { GroupKind } from './networkPicture';
import { neighbourhoods } from './neighbourhoods';

export interface NodeGroups {
  kind: GroupKind;
  /** Group per node. */
  group: Int32Array;
  count: number;
  /** Members of group g are members[start[g] .. start[g+1]), in increasing node order. */
  start: Int32Array;
  members: Int32Array;
}

export function nodeGroups(graph: Graph, options: Pick<LayoutOptions, 'neighbourhoodSize' | 'maxNeighbourhoods'>): NodeGroups {
  const n = graph.nodeCount;
  let kind: GroupKind;
  let group: Int32Array;
  let count: number;
  if (graph.community && graph.communityCount > 0) {
    kind = 'community';
    group = graph.community;
    count = graph.communityCount;
  } else {
    kind = 'neighbourhood';
    const wanted = Math.max(1, Math.min(options.maxNeighbourhoods, Math.round(n / Math.max(1, options.neighbourhoodSize))));
    ({ group, count } = neighbourhoods(graph, wanted));
  }
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[group[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const cursor = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[cursor[group[i]]++] = i;
  return { kind, group, count, start, members };
}
