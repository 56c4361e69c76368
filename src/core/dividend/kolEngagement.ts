/**
 * Engagement of a KOL's audience falls as the audience grows: the share of followers who see and
 * respond to a post is the tie's visibility times min(1, (followers / 1000)^(−decay)).
 *
 * Published engagement rates fall from a few per cent for accounts of a few thousand followers to
 * about one per cent for accounts with millions (Markerly 2016; later tier benchmarks agree); the
 * README gives the sources and how `kolEngagementDecay` is fitted to them. Combined with fees
 * that grow with the audience, this is why Bakshy et al. (2011) found ordinary influencers the
 * most cost-effective.
 */
import { pow } from '../portableMath';
import { KOL_REFERENCE_AUDIENCE } from './dividendSpec';

/** The factor on visibility of a post by an account with `followers` followers. */
export function kolEngagementFactor(followers: number, decay: number): number {
  if (decay <= 0 || followers <= KOL_REFERENCE_AUDIENCE) return 1;
  return pow(followers / KOL_REFERENCE_AUDIENCE, -decay);
}
