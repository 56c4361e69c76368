/** Every lesson, in teaching order (the lesson list shows them in this order). */
import { ADS_KILL_THE_GROUP } from './adsKillTheGroup';
import { CENTOLA_CLUSTERS } from './centolaClusters';
import { INFLUENCER_TIERS } from './influencerTiers';
import { KEY_PEOPLE } from './keyPeople';
import { KOL_VS_SEED_USERS } from './kolVsSeedUsers';
import type { Lesson } from './lessonTypes';
import { OPINION_LEADERS } from './opinionLeaders';
import { PLATFORM_CHOICE } from './platformChoice';
import { TIPPING_POINT } from './tippingPoint';
import { TRUE_FANS } from './trueFans';
import { WEAK_TIES } from './weakTies';

export type { Lesson } from './lessonTypes';

export const LESSONS: readonly Lesson[] = [
  TIPPING_POINT,
  WEAK_TIES,
  CENTOLA_CLUSTERS,
  OPINION_LEADERS,
  KOL_VS_SEED_USERS,
  INFLUENCER_TIERS,
  ADS_KILL_THE_GROUP,
  TRUE_FANS,
  KEY_PEOPLE,
  PLATFORM_CHOICE,
];

/** The lesson with this id, or undefined. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
