/**
 * How the content got into each cluster: for every group (community or neighbourhood) that was
 * ever reached, its first reached member and who reached it. When that reacher is an ordinary
 * member of another group, this one transmission is "the weak tie that carried it into a new
 * cluster" — the view keeps it drawn after it happened, and the inspector calls its sender a
 * bridge. (Entries made by a KOL's post are the KOL's burst, shown as such, not as bridges.)
 */
import type { DividendTrace } from '../../core/dividend/dividendOutcome';

export interface ClusterEntry {
  group: number;
  /** First reached member. */
  node: number;
  step: number;
  /** Its reachedBy: a node, or REACHED_BY_ADS / REACHED_BY_BRAND. */
  from: number;
  /** True when `from` is an ordinary (non-KOL) member of another group. */
  bridged: boolean;
}

/**
 * Entries sorted by step (then group). Among a group's members reached at its first step, one
 * reached from another group wins (that is how the content arrived), then the lowest index.
 */
export function clusterEntries(trace: DividendTrace, group: Int32Array, groupCount: number, kolNodes: Int32Array): ClusterEntry[] {
  const isKol = new Set(kolNodes);
  const bestNode = new Int32Array(groupCount).fill(-1);
  const bestStep = new Int32Array(groupCount);
  const bestCross = new Uint8Array(groupCount);
  const { reachedStep, reachedBy } = trace;
  for (let i = 0; i < reachedStep.length; i++) {
    const s = reachedStep[i];
    if (s < 0) continue;
    const g = group[i];
    const from = reachedBy[i];
    const cross = from >= 0 && group[from] !== g ? 1 : 0;
    const b = bestNode[g];
    if (b < 0 || s < bestStep[g] || (s === bestStep[g] && cross > bestCross[g])) {
      bestNode[g] = i;
      bestStep[g] = s;
      bestCross[g] = cross;
    }
  }
  const entries: ClusterEntry[] = [];
  for (let g = 0; g < groupCount; g++) {
    const node = bestNode[g];
    if (node < 0) continue;
    const from = reachedBy[node];
    entries.push({ group: g, node, step: bestStep[g], from, bridged: bestCross[g] === 1 && !isKol.has(from) });
  }
  entries.sort((a, b) => a.step - b.step || a.group - b.group);
  return entries;
}
