/**
 * "Back to your scenario": what is kept before a lesson or preset replaces the page, what is not
 * (a lesson's own scenario, a second copy, an empty page, the scenario that is coming in), that it
 * survives a reload (storage), and that taking it back forgets it.
 */
import { describe, expect, it } from 'vitest';
import { draftText, type Draft } from '../../../../src/ui/app/draft';
import type { SavedState } from '../../../../src/ui/app/storage';
import { YourScenario, type YoursStorage } from '../../../../src/ui/app/shell/yourScenario';
import { FakeHost } from './fakeHost';

const MINE: Draft = { name: 'My launch', seed: 'mine', strategies: [{ name: 'A' }] };
const OTHER: Draft = { name: 'Other', seed: 'other' };

/** localStorage as YoursStorage: `accepts` false makes it refuse (full). */
function memoryStorage(saved: SavedState | null = null, accepts = true) {
  const store = { yours: null as { scenarioText: string; colors: number[] } | null, saved };
  const storage: YoursStorage = {
    loadYours: () => store.yours,
    saveYours: (state) => {
      if (state !== null && !accepts) return false;
      store.yours = state;
      return true;
    },
    loadSavedState: () => store.saved,
  };
  return { store, storage };
}

function setUp(saved: SavedState | null = null, accepts = true) {
  const { store, storage } = memoryStorage(saved, accepts);
  let refused = 0;
  const yours = new YourScenario(new FakeHost(), () => refused++, storage);
  return { yours, store, refused: () => refused };
}

describe('YourScenario', () => {
  it('keeps the page before a preset replaces it, once, on the page and in storage; taking it back forgets it', () => {
    const { yours, store } = setUp();
    yours.keepCurrent(MINE, [3], false);
    expect(yours.kept).toEqual({ draft: MINE, colors: [3], lastValid: false });
    expect(store.yours).toEqual({ scenarioText: draftText(MINE), colors: [3] });
    // A second preset over the first: the user's own scenario stays the one kept.
    yours.keepCurrent(OTHER, [], false);
    expect(yours.kept?.draft).toBe(MINE);
    expect(yours.takeBack()).toEqual({ draft: MINE, colors: [3], lastValid: false });
    expect(yours.kept).toBeNull();
    expect(store.yours).toBeNull();
    expect(yours.takeBack()).toBeNull();
  });

  it("never keeps a lesson's scenario or an empty page", () => {
    const { yours } = setUp();
    yours.keepCurrent(MINE, [], true);
    yours.keepCurrent({}, [], false);
    expect(yours.kept).toBeNull();
  });

  it('replaces a kept last-valid scenario with the user’s own work', () => {
    const { yours } = setUp();
    yours.keep({ draft: OTHER, colors: [], lastValid: true });
    yours.keepCurrent(MINE, [], false);
    expect(yours.kept).toEqual({ draft: MINE, colors: [], lastValid: false });
  });

  it('comes back after a reload', () => {
    const first = setUp();
    first.yours.keepCurrent(MINE, [1], false);
    const reloaded = new YourScenario(new FakeHost(), () => {}, { ...memoryStorage().storage, loadYours: () => first.store.yours });
    reloaded.restore();
    expect(reloaded.kept).toEqual({ draft: MINE, colors: [1], lastValid: false });
  });

  it('keeps the saved work under an incoming link, unless it is that same scenario or was a lesson step', () => {
    const saved = (fromLesson: boolean): SavedState => ({ scenarioText: draftText(MINE), colors: [4], fromLesson });
    const incoming = setUp(saved(false));
    incoming.yours.keepSaved(OTHER);
    expect(incoming.yours.kept).toEqual({ draft: MINE, colors: [4], lastValid: false });
    const same = setUp(saved(false));
    same.yours.keepSaved(structuredClone(MINE));
    expect(same.yours.kept).toBeNull();
    const lesson = setUp(saved(true));
    lesson.yours.keepSaved(OTHER);
    expect(lesson.yours.kept).toBeNull();
  });

  it('says so when storage refuses the scenario, and still keeps it on the page', () => {
    const { yours, refused } = setUp(null, false);
    yours.keepCurrent(MINE, [], false);
    expect(refused()).toBe(1);
    expect(yours.kept?.draft).toBe(MINE);
  });
});
