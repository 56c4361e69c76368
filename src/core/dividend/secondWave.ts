/**
 * The "AB group" second wave: after a first push, the brand asks the sharers who brought in the
 * most new people to post again. "Brought in" = reached first by their posts (reachedBy);
 * ties are broken by a seeded hash per agent, so the choice is reproducible and unbiased.
 */
import { drawBits, type StreamKey } from '../random';

/**
 * The `count` sharers so far (sharedStep ≥ 0) who have not muted, ranked by how many agents
 * their posts reached first, best first. Fewer when fewer have shared. `tally` must be all
 * zero and is left all zero.
 */
export function topSharers(
  count: number,
  sharedStep: Int32Array,
  mutedStep: Int32Array,
  reachedBy: Int32Array,
  tally: Int32Array,
  tieKey: StreamKey,
): Int32Array {
  const n = sharedStep.length;
  for (let j = 0; j < n; j++) if (reachedBy[j] >= 0) tally[reachedBy[j]]++;
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (sharedStep[i] >= 0 && mutedStep[i] < 0) candidates.push(i);
  candidates.sort((a, b) => tally[b] - tally[a] || drawBits(tieKey, a) - drawBits(tieKey, b) || a - b);
  const chosen = Int32Array.from(candidates.slice(0, Math.max(0, count)));
  for (let j = 0; j < n; j++) if (reachedBy[j] >= 0) tally[reachedBy[j]] = 0;
  return chosen;
}
