/**
 * The "AB group" second wave: after a first push, the brand asks the sharers who brought in the
 * most new people to post again. "Brought in" = reached first by their posts (reachedBy);
 * ties are broken by a seeded hash per agent, so the choice is reproducible and unbiased.
 */
import { drawBits, type StreamKey } from '../random';
import { topK } from './topK';

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
  let m = 0;
  for (let i = 0; i < n; i++) if (sharedStep[i] >= 0 && mutedStep[i] < 0) m++;
  const node = new Int32Array(m);
  const score = new Float64Array(m);
  const tie = new Float64Array(m);
  m = 0;
  for (let i = 0; i < n; i++)
    if (sharedStep[i] >= 0 && mutedStep[i] < 0) {
      node[m] = i;
      score[m] = tally[i];
      tie[m++] = drawBits(tieKey, i);
    }
  for (let j = 0; j < n; j++) if (reachedBy[j] >= 0) tally[reachedBy[j]] = 0;
  return topK(count, m, score, tie).map((i) => node[i]);
}
