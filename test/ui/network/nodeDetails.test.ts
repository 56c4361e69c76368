import { describe, expect, it } from 'vitest';
import { CommunityTally } from '../../../src/ui/network/communityTally';
import { describeGroup, describeNode, strategyCounts } from '../../../src/ui/network/nodeDetails';
import { prepareStrategy } from '../../../src/ui/network/strategyReplay';
import { pictureOf, STORY, STORY_GROUPS, traceOf } from './fixtures';

const picture = pictureOf(STORY_GROUPS, [6]);
const a = prepareStrategy({ name: 'A', color: '#0078c1', trace: traceOf(STORY) }, picture);
// Strategy B never reaches node 4.
const b = prepareStrategy({ name: 'B', color: '#c87200', trace: traceOf(STORY.map((r, i) => (i === 4 || i === 5 ? [-1, -1, -1, -1, -1] : r))) }, picture);

describe('describeNode', () => {
  it('tells each strategy’s story of a node at the frame', () => {
    const d = describeNode(picture, [a, b], 4, 2);
    expect(d).toMatchObject({ node: 4, kolRank: -1, group: 1, audience: 5, following: 2, weakTies: 0 });
    expect(d.stories[0]).toMatchObject({ strategy: 'A', state: 'shared', reachedStep: 1, reachedBy: 1, sharedStep: 2, convertedStep: -1, carriedInto: [] });
    expect(Array.from(d.stories[0].path.nodes)).toEqual([4, 1, 0]);
    expect(d.stories[1]).toMatchObject({ strategy: 'B', state: 'unaware', reachedStep: -1, reachedBy: -1 });
  });

  it('names bridges only once they carried it, and KOLs by rank', () => {
    expect(describeNode(picture, [a], 1, 0).stories[0].carriedInto).toEqual([]);
    expect(describeNode(picture, [a], 1, 1).stories[0].carriedInto).toEqual([1]);
    const kol = describeNode(picture, [a], 6, 3);
    expect(kol.kolRank).toBe(0);
    expect(kol.stories[0].hiredKol).toBe(true);
    expect(describeNode(picture, [a], 0, 0).stories[0].isSeed).toBe(true);
  });
});

describe('describeGroup and strategyCounts', () => {
  it('summarises a group per strategy with its entry', () => {
    const tallies = [a, b].map((s) => new CommunityTally(s.trace, s.index, picture.group, picture.groupSizes).at(3));
    const g = describeGroup(picture, [a, b], tallies, 1, 3);
    expect(g.members).toBe(3);
    expect(g.stories[0].counts).toEqual({ unaware: 0, reached: 0, shared: 1, converted: 1, muted: 1 });
    expect(g.stories[0].entry).toEqual({ node: 4, step: 1, from: 1, bridged: true });
    expect(g.stories[1].entry).toMatchObject({ node: 6, step: 2, from: -3, bridged: false });
  });

  it('gives the running counts of every strategy', () => {
    expect(strategyCounts([a, b], 1)).toEqual([
      { reached: 4, shared: 2, converted: 0, muted: 0 },
      { reached: 3, shared: 2, converted: 0, muted: 0 },
    ]);
  });
});
