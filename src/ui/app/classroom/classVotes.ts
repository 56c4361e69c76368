/**
 * The class's vote: how many students chose each prediction, as the teacher types it in. Pure
 * functions over counts, so the tally shown beside the simulation's answer is tested exactly.
 * Counts are whole numbers from 0 to MAX_VOTES_PER_CHOICE; an empty box means "not counted" (0).
 */

/** More than any lecture hall: a larger number is a typo, not a vote. */
export const MAX_VOTES_PER_CHOICE = 9999;

/** A typed count: a whole number 0…MAX (empty = 0), or null when the text is not one. */
export function parseVoteCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  // Digits only: "2.5", "-1", "1e3", "0x10" and "１２" (full-width) are not head counts.
  if (!/^[0-9]{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_VOTES_PER_CHOICE ? n : null;
}

/** The counts for `choices` answers: missing or bad entries count 0, extras are dropped. */
export function normaliseVotes(counts: readonly unknown[] | null | undefined, choices: number): number[] {
  const out = new Array<number>(Math.max(0, choices)).fill(0);
  for (let i = 0; i < out.length; i++) {
    const c = counts?.[i];
    if (typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= MAX_VOTES_PER_CHOICE) out[i] = c;
  }
  return out;
}

/** The vote as the class sees it beside the result. */
export interface VoteTally {
  /** Students who voted. */
  total: number;
  /** Share of the votes per choice (0 each when nobody voted). */
  shares: number[];
  /** The choices with the most votes (several on a tie; empty when nobody voted). */
  leading: number[];
  /** Share of the class that chose the simulation's answer; null without votes or without an answer. */
  onAnswer: number | null;
}

/**
 * Tally `counts` (already normalised) against the simulation's answer (`answer`: the index of the
 * choice the measure falls in, or -1 / null when it is not known yet).
 */
export function tallyVotes(counts: readonly number[], answer: number | null): VoteTally {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const shares = counts.map((c) => (total > 0 ? c / total : 0));
  const most = Math.max(0, ...counts);
  const leading = total > 0 ? counts.flatMap((c, i) => (c === most ? [i] : [])) : [];
  const known = answer !== null && answer >= 0 && answer < counts.length;
  return { total, shares, leading, onAnswer: total > 0 && known ? counts[answer] / total : null };
}

/** Whether any student's vote was recorded (a recorded vote counts as the class's prediction). */
export function hasVotes(counts: readonly number[] | null | undefined): boolean {
  return (counts ?? []).some((c) => c > 0);
}
