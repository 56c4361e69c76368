/**
 * The bytes the WebGL dot layer uploads per frame: state code (low bits) + KOL flag, updated
 * incrementally with the playback. Expected values are read off the hand-made STORY by hand
 * (see fixtures.ts), not from the code.
 */
import { describe, expect, it } from 'vitest';
import { KOL_BIT, nodeCode, NodeCodes, stateColorTable } from '../../../src/ui/network/nodeCodes';
import { prepareStrategy } from '../../../src/ui/network/strategyReplay';
import { pictureOf, STORY, STORY_GROUPS, traceOf } from './fixtures';

const picture = pictureOf(STORY_GROUPS, [6]);
const replay = () => prepareStrategy({ name: 'story', color: '#000000', trace: traceOf(STORY) }, picture);

// unaware 0, reached 1, shared 2, converted 3, muted 4; node 6 is a KOL (+8).
const EXPECTED: Record<number, number[]> = {
  [-1]: [0, 0, 0, 0, 0, 0, 8],
  0: [2, 1, 0, 0, 0, 0, 8],
  1: [2, 2, 1, 0, 1, 0, 8],
  2: [2, 2, 3, 1, 2, 1, 10],
  3: [2, 2, 3, 1, 3, 4, 10],
  4: [2, 2, 3, 3, 3, 4, 10],
  // node 3 mutes at 5 after buying at 4: a sale stays a sale.
  5: [2, 2, 3, 3, 3, 4, 10],
};

describe('nodeCode', () => {
  it('packs the state in the low bits and the KOL flag in bit 3', () => {
    expect(nodeCode(3, false)).toBe(3);
    expect(nodeCode(3, true)).toBe(3 + KOL_BIT);
    expect(nodeCode(0, true)).toBe(8);
  });
});

describe('NodeCodes', () => {
  it('jumping straight to a frame gives every node its state at that frame', () => {
    for (const [frame, codes] of Object.entries(EXPECTED)) {
      const c = new NodeCodes(replay(), picture.kolNodes);
      c.update(Number(frame));
      expect(Array.from(c.codes), `frame ${frame}`).toEqual(codes);
    }
  });

  it('stepping forward frame by frame equals jumping; stepping back recomputes', () => {
    const c = new NodeCodes(replay(), picture.kolNodes);
    for (let f = -1; f <= 5; f++) {
      c.update(f);
      expect(Array.from(c.codes), `frame ${f}`).toEqual(EXPECTED[f]);
    }
    c.update(1);
    expect(Array.from(c.codes)).toEqual(EXPECTED[1]);
    // Beyond the last event (5) the picture is the last event's.
    c.update(40);
    expect(Array.from(c.codes)).toEqual(EXPECTED[5]);
    expect(c.shownFrame).toBe(5);
  });

  it('reports only the range of nodes that changed since the last upload', () => {
    const c = new NodeCodes(replay(), picture.kolNodes);
    c.update(2);
    expect(c.takeDirty()).toEqual({ from: 0, to: 7 }); // first fill: everything
    expect(c.takeDirty()).toBeNull();
    c.update(3); // events at step 3: node 4 converts, node 5 mutes
    expect(c.takeDirty()).toEqual({ from: 4, to: 6 });
    c.update(3); // same frame: nothing to upload
    expect(c.takeDirty()).toBeNull();
    c.update(0); // back: every node recomputed
    expect(c.takeDirty()).toEqual({ from: 0, to: 7 });
  });

  it('fractional positions use the frame they are in; before step 0 nobody is reached', () => {
    const c = new NodeCodes(replay(), picture.kolNodes);
    c.update(2.7);
    expect(Array.from(c.codes)).toEqual(EXPECTED[2]);
    c.update(-5);
    expect(Array.from(c.codes)).toEqual(EXPECTED[-1]);
  });

  it('ignores KOL indices outside the network (bad input)', () => {
    const c = new NodeCodes(replay(), Int32Array.of(-1, 99, 6));
    c.update(0);
    expect(Array.from(c.codes)).toEqual(EXPECTED[0]);
  });
});

describe('stateColorTable', () => {
  it('turns #rrggbb into r, g, b in 0…1 per state, malformed colours into mid grey', () => {
    const t = stateColorTable(['#ff8000', '#000000', 'red']);
    expect(Array.from(t)).toEqual([1, Math.fround(128 / 255), 0, 0, 0, 0, 0.5, 0.5, 0.5]);
  });
});
