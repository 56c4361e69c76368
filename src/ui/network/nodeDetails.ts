/**
 * What the inspector says about a hovered node (or, on the community map, a hovered group):
 * the world's facts (role, group, degree) and, per strategy, its story at the current frame —
 * when it was reached and by whom, shared, bought, muted, how far from the start, and which
 * clusters it carried the content into. Pure: the inspector element only formats this.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { cascadePath, type CascadePath } from './cascadePath';
import { STATE_COUNT, NODE_STATES, nodeStateAt } from './nodeState';
import type { NodeState } from '../theme';
import { countsAt, type ReplayCounts } from './replayIndex';
import type { StrategyReplay } from './strategyReplay';

export interface NodeStory {
  strategy: string;
  color: string;
  state: NodeState;
  isSeed: boolean;
  hiredKol: boolean;
  /** Steps (−1 = never or not yet at this frame). */
  reachedStep: number;
  sharedStep: number;
  convertedStep: number;
  mutedStep: number;
  /** reachedBy (node, REACHED_BY_ADS, REACHED_BY_BRAND), or −1 when not reached by this frame. */
  reachedBy: number;
  /** The branch back to the origin, as of the end of the replay. */
  path: CascadePath;
  /** Groups this node carried the content into first (it was their bridge). */
  carriedInto: number[];
}

export interface NodeDetails {
  node: number;
  /** KOL rank (0 = largest) or −1. */
  kolRank: number;
  group: number;
  groupKind: NetworkPicture['groupKind'];
  audience: number;
  following: number;
  weakTies: number;
  stories: NodeStory[];
}

/** Events after `frame` have not happened yet: the inspector must not tell the future. */
const upTo = (step: number, frame: number) => (step >= 0 && step <= frame ? step : -1);

export function describeNode(picture: NetworkPicture, strategies: readonly StrategyReplay[], node: number, frame: number): NodeDetails {
  const kolRank = picture.kolNodes.indexOf(node);
  return {
    node,
    kolRank,
    group: picture.group[node],
    groupKind: picture.groupKind,
    audience: picture.audience[node],
    following: picture.following[node],
    weakTies: picture.weakTies[node],
    stories: strategies.map((s) => {
      const t = s.trace;
      const reachedStep = upTo(t.reachedStep[node], frame);
      return {
        strategy: s.name,
        color: s.color,
        state: NODE_STATES[nodeStateAt(t, node, frame)],
        isSeed: s.isSeed[node] === 1,
        hiredKol: s.hiredKols.includes(node),
        reachedStep,
        sharedStep: upTo(t.sharedStep[node], frame),
        convertedStep: upTo(t.convertedStep[node], frame),
        mutedStep: upTo(t.mutedStep[node], frame),
        reachedBy: reachedStep >= 0 ? t.reachedBy[node] : -1,
        path: reachedStep >= 0 ? cascadePath(t, node) : { nodes: new Int32Array(0), origin: 'unreached' },
        carriedInto: (s.bridges.get(node) ?? []).filter((g) => s.entries.some((e) => e.group === g && e.step <= frame)),
      };
    }),
  };
}

export interface GroupStory {
  strategy: string;
  color: string;
  counts: Record<NodeState, number>;
  /** First reach into the group, if it happened by this frame. */
  entry: { node: number; step: number; from: number; bridged: boolean } | null;
}

export interface GroupDetails {
  group: number;
  groupKind: NetworkPicture['groupKind'];
  members: number;
  stories: GroupStory[];
}

/** A group on the community map; `tallies[k]` are the strategy's CommunityTally counts at `frame`. */
export function describeGroup(
  picture: NetworkPicture,
  strategies: readonly StrategyReplay[],
  tallies: readonly Int32Array[],
  group: number,
  frame: number,
): GroupDetails {
  return {
    group,
    groupKind: picture.groupKind,
    members: picture.groupSizes[group],
    stories: strategies.map((s, k) => {
      const counts = {} as Record<NodeState, number>;
      NODE_STATES.forEach((state, code) => (counts[state] = tallies[k][group * STATE_COUNT + code]));
      const e = s.entries.find((x) => x.group === group && x.step <= frame);
      return { strategy: s.name, color: s.color, counts, entry: e ? { node: e.node, step: e.step, from: e.from, bridged: e.bridged } : null };
    }),
  };
}

/** Running totals of each strategy at `frame` (the line under each panel). */
export function strategyCounts(strategies: readonly StrategyReplay[], frame: number): ReplayCounts[] {
  return strategies.map((s) => countsAt(s.index, frame));
}
