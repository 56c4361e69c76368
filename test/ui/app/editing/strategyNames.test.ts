/** Default strategy names: worded from the settings, following them until the user renames the strategy. */
import { describe, expect, it } from 'vitest';
import { autoName, followNames, isAutoName } from '../../../../src/ui/app/editing/strategyNames';
import { setPath, type Draft } from '../../../../src/ui/app/draft';

const seeds50 = { name: '50 seed users', seeding: { method: 'random', count: 50 } };
const kols2 = { name: 'Hire 2 KOLs', seeding: { method: 'random', count: 0 }, kols: { hire: 2 } };
const draftOf = (...strategies: object[]): Draft => ({ version: 2, strategies: strategies as Draft[] });

describe('autoName', () => {
  it('words the spend levers in English and Chinese', () => {
    expect(autoName(seeds50, 'en')).toBe('50 seed users');
    expect(autoName(seeds50, 'zh-CN')).toBe('50 个种子用户');
    expect(autoName({ seeding: { method: 'degree', count: 1 } }, 'en')).toBe('1 most followed seed user');
    expect(autoName(kols2, 'en')).toBe('Hire 2 KOLs');
    expect(autoName({ ...kols2, kols: { hire: 1 }, seeding: { method: 'random', count: 20 } }, 'en')).toBe('Hire 1 KOL + 20 seed users');
    expect(autoName({ seeding: { count: 0 }, incentives: { rewardPerShare: 0.5 }, ads: { reach: 0.0125 } }, 'en')).toBe('Reward 0.5 per share + ads to 1.25% per hour');
    expect(autoName({ seeding: { count: 0 } }, 'en')).toBe('No campaign');
  });

  it('treats missing, negative or non-numeric settings as none', () => {
    expect(autoName(null, 'en')).toBe('No campaign');
    expect(autoName({ seeding: { count: -3 }, kols: { hire: 'two' }, ads: [] }, 'en')).toBe('No campaign');
    expect(autoName({ seeding: { method: '__proto__', count: 3 } }, 'en')).toBe('3 seed users');
  });

  it('recognises a default name in either language and with a duplicate number', () => {
    expect(isAutoName('50 seed users', seeds50)).toBe(true);
    expect(isAutoName('50 个种子用户', seeds50)).toBe(true);
    expect(isAutoName('50 seed users 2', seeds50)).toBe(true);
    expect(isAutoName('50 seed users x', seeds50)).toBe(false);
    expect(isAutoName('My launch', seeds50)).toBe(false);
  });
});

describe('followNames', () => {
  const typed = new Set<string>();

  it('renames a strategy whose name is its settings’ default when the settings change', () => {
    const before = draftOf(seeds50, kols2);
    const after = setPath(before, 'strategies[0].seeding.count', 80);
    expect(followNames(before, after, typed, 'en').strategies).toEqual([{ ...seeds50, name: '80 seed users', seeding: { method: 'random', count: 80 } }, kols2]);
    const moreKols = setPath(before, 'strategies[1].kols.hire', 3);
    expect((followNames(before, moreKols, typed, 'zh-CN').strategies as { name: string }[])[1].name).toBe('雇 3 个 KOL');
  });

  it('never renames a name the user chose, or typed, or a rename itself', () => {
    const custom = draftOf({ ...seeds50, name: 'Friends first' });
    const edited = setPath(custom, 'strategies[0].seeding.count', 80);
    expect(followNames(custom, edited, typed, 'en')).toBe(edited);
    const before = draftOf(seeds50);
    const after = setPath(before, 'strategies[0].seeding.count', 80);
    expect(followNames(before, after, new Set(['50 seed users']), 'en')).toBe(after);
    const renamed = setPath(before, 'strategies[0].name', 'Other');
    expect(followNames(before, renamed, typed, 'en')).toBe(renamed);
  });

  it('keeps names unique and leaves moves and additions alone', () => {
    const before = draftOf(seeds50, { ...seeds50, name: '50 seed users 2' }, { name: '80 seed users', seeding: { method: 'random', count: 80 } });
    const after = setPath(before, 'strategies[1].seeding.count', 80);
    expect((followNames(before, after, typed, 'en').strategies as { name: string }[])[1].name).toBe('80 seed users 2');
    const moved = draftOf(kols2, seeds50);
    expect(followNames(draftOf(seeds50, kols2), moved, typed, 'en')).toBe(moved);
    const added = draftOf(seeds50, kols2, seeds50);
    expect(followNames(draftOf(seeds50, kols2), added, typed, 'en')).toBe(added);
  });
});
