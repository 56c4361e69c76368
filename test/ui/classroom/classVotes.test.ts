/**
 * The class's vote: typed counts are whole head counts (bad text is refused, not guessed at),
 * stored counts are normalised to the lesson's choices, and the tally beside the simulation's
 * answer is exact on small hand-counted classes.
 */
import { describe, expect, it } from 'vitest';
import { hasVotes, MAX_VOTES_PER_CHOICE, normaliseVotes, parseVoteCount, tallyVotes } from '../../../src/ui/app/classroom/classVotes';

describe('parseVoteCount', () => {
  it('reads whole numbers, and an empty box as 0', () => {
    expect(parseVoteCount('12')).toBe(12);
    expect(parseVoteCount(' 7 ')).toBe(7);
    expect(parseVoteCount('0')).toBe(0);
    expect(parseVoteCount('')).toBe(0);
    expect(parseVoteCount('   ')).toBe(0);
    expect(parseVoteCount(String(MAX_VOTES_PER_CHOICE))).toBe(9999);
  });

  it('refuses what is not a head count', () => {
    for (const bad of ['-1', '2.5', '1e3', '0x10', 'abc', '１２', '10000', '9999999', '+3', 'NaN', 'Infinity', '3 4'])
      expect(parseVoteCount(bad), bad).toBeNull();
  });
});

describe('normaliseVotes', () => {
  it('fits the counts to the number of choices: missing → 0, extras dropped, bad entries → 0', () => {
    expect(normaliseVotes([3, 4], 3)).toEqual([3, 4, 0]);
    expect(normaliseVotes([1, 2, 3, 4], 2)).toEqual([1, 2]);
    expect(normaliseVotes([-1, 2.5, '3', null, 10_000, 5], 6)).toEqual([0, 0, 0, 0, 0, 5]);
    expect(normaliseVotes(null, 2)).toEqual([0, 0]);
    expect(normaliseVotes(undefined, 0)).toEqual([]);
  });
});

describe('tallyVotes', () => {
  it('counts a class of 25 against the simulation’s answer', () => {
    // 5 + 8 + 12 = 25 students; the simulation's answer is the third choice: 12 of 25 = 48 %.
    const tally = tallyVotes([5, 8, 12], 2);
    expect(tally.total).toBe(25);
    expect(tally.shares).toEqual([0.2, 0.32, 0.48]);
    expect(tally.leading).toEqual([2]);
    expect(tally.onAnswer).toBe(0.48);
  });

  it('names every leading choice on a tie', () => {
    expect(tallyVotes([4, 1, 4], 1).leading).toEqual([0, 2]);
    expect(tallyVotes([4, 1, 4], 1).onAnswer).toBe(1 / 9);
  });

  it('has no shares, leader or answer share without votes', () => {
    expect(tallyVotes([0, 0, 0], 1)).toEqual({ total: 0, shares: [0, 0, 0], leading: [], onAnswer: null });
  });

  it('has no answer share when the answer is unknown or outside every choice', () => {
    expect(tallyVotes([1, 2], null).onAnswer).toBeNull();
    expect(tallyVotes([1, 2], -1).onAnswer).toBeNull();
    expect(tallyVotes([1, 2], 2).onAnswer).toBeNull();
    expect(tallyVotes([1, 2], null).total).toBe(3);
  });
});

describe('hasVotes', () => {
  it('is true once any student is counted', () => {
    expect(hasVotes([0, 0, 1])).toBe(true);
    expect(hasVotes([0, 0, 0])).toBe(false);
    expect(hasVotes([])).toBe(false);
    expect(hasVotes(null)).toBe(false);
  });
});
