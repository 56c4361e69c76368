/**
 * Referral rewards: what a reward per share does to sharing, to the receivers and to annoyance.
 *
 * - Diminishing returns in the reward's size relative to the product's value: with
 *   x = reward / valuePerConversion, the effect size is x / (x + halfSize) (0 … 1).
 * - Larger on weak ties: Ryu & Feick (2007) found rewards raise referral likelihood mostly for weak
 *   ties (friends recommend anyway), so strong ties get `strongTieShare` of the lift.
 * - Receivers discount rewarded recommendations (Verlegh et al. 2013: suspected ulterior motives):
 *   the dose of a rewarded post is × (1 − receiverDiscount).
 * - Rewarded sharing feels like spam: annoyance per exposure × (1 + spam · effect size).
 */
import { TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../graph';
import type { RewardSpec } from './dividendSpec';

export interface RewardEffect {
  /** Effect size x / (x + halfSize), 0 without reward. */
  size: number;
  /** Share-chance multiplier per tie-kind code. */
  liftByTie: Float64Array;
  /** Dose factor of a rewarded post. */
  receiverFactor: number;
  /** Annoyance multiplier per exposure. */
  spamFactor: number;
}

/** The effect of paying `reward` per share for a product worth `value`. */
export function rewardEffect(reward: number, value: number, spec: RewardSpec): RewardEffect {
  let size = 0;
  if (reward > 0) {
    const x = value > 0 ? reward / value : Infinity;
    size = x === Infinity ? 1 : x / (x + spec.halfSize);
  }
  const liftByTie = new Float64Array(3);
  liftByTie[TIE_STRONG] = 1 + spec.maxLift * size * spec.strongTieShare;
  liftByTie[TIE_WEAK] = 1 + spec.maxLift * size;
  liftByTie[TIE_FOLLOW] = 1 + spec.maxLift * size;
  return {
    size,
    liftByTie,
    receiverFactor: size > 0 ? 1 - spec.receiverDiscount : 1,
    spamFactor: 1 + spec.spam * size,
  };
}
