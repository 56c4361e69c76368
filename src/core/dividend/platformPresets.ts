/**
 * Platform presets: how much people trust and actually see each kind of tie, and how fast they
 * tire of promotion. Each number's source is in the README (platform table); in short:
 * - visibility of a friend's post ≈ 0.35: Bernstein et al. (2013) measured that a Facebook post
 *   reaches about 35 % of the author's friends (61 % over a month);
 * - visibility of a followed account ≈ 0.06: organic reach of brand pages, about 6 % (Ogilvy 2014;
 *   about 2 % for the largest pages, which the KOL engagement factor adds);
 * - trust relative to a friend: Nielsen's Global Trust in Advertising (2015) — 83 % trust people
 *   they know, 66 % online opinions (→ weak ties 0.8), 70 % brand websites (→ brand 0.8),
 *   ads far less;
 * - ads trust 0.015 combines trust and attention; it is calibrated so that an impression sells
 *   about as often as published click-through × conversion benchmarks (WordStream 2017: 0.9 % ×
 *   9 % on Facebook) allow — 0.03–0.1 % per impression (README, "Ads").
 * Weak-tie and group-chat visibilities are not measured anywhere we found; they are argued in the
 * README. `neutral` makes every tie fully trusted and seen: the textbook cascade.
 */
import { TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../graph';
import type { DividendModelSpec, Platform, TieChannel, TieSettings } from './dividendSpec';

export interface PlatformPreset {
  ties: TieSettings;
  /** Median annoyance tolerated before muting. */
  fatigueTolerance: number;
}

const channel = (trust: number, visibility: number): TieChannel => ({ trust, visibility });
/** Dose of an ad impression at its peak, and factor of its share chance (see above). */
const ADS_TRUST = 0.015;

export const PLATFORM_PRESETS: Readonly<Record<Platform, PlatformPreset>> = {
  /** Every exposure is seen and fully trusted: the textbook cascade (Independent Cascade for sharing). */
  neutral: {
    ties: { strong: channel(1, 1), weak: channel(1, 1), follow: channel(1, 1), brand: { trust: 1 }, ads: { trust: 1 } },
    fatigueTolerance: 3,
  },
  /** Weibo/X-like public feed: ranking shows a friend's post to fewer people, follows to ~6 %. */
  'broadcast-feed': {
    ties: {
      strong: channel(0.9, 0.2),
      weak: channel(0.7, 0.1),
      follow: channel(0.6, 0.06),
      brand: { trust: 0.7 },
      ads: { trust: ADS_TRUST },
    },
    fatigueTolerance: 3,
  },
  /** WeChat-Moments/Facebook-like friend feed: a friend's post reaches ~35 % of friends. The default. */
  'private-circles': {
    ties: {
      strong: channel(1, 0.35),
      weak: channel(0.8, 0.2),
      follow: channel(0.6, 0.06),
      brand: { trust: 0.8 },
      ads: { trust: ADS_TRUST },
    },
    fatigueTolerance: 3,
  },
  /** Group chats: nearly every message is seen and trusted, but promotion wears people out fast. */
  'group-chats': {
    ties: {
      strong: channel(1, 0.9),
      weak: channel(0.8, 0.8),
      follow: channel(0.6, 0.5),
      brand: { trust: 0.8 },
      ads: { trust: ADS_TRUST },
    },
    fatigueTolerance: 1.5,
  },
};

/** The model's tie settings: the platform preset with the spec's explicit overrides applied. */
export function resolveTies(model: Pick<DividendModelSpec, 'platform' | 'ties'>): TieSettings {
  const p = PLATFORM_PRESETS[model.platform].ties;
  const o = model.ties ?? {};
  return {
    strong: { ...p.strong, ...definedOnly(o.strong) },
    weak: { ...p.weak, ...definedOnly(o.weak) },
    follow: { ...p.follow, ...definedOnly(o.follow) },
    brand: { ...p.brand, ...definedOnly(o.brand) },
    ads: { ...p.ads, ...definedOnly(o.ads) },
  };
}

/** Median fatigue tolerance: the spec's value, or the platform's when it is missing. */
export function resolveFatigueTolerance(model: Pick<DividendModelSpec, 'platform' | 'fatigue'>): number {
  const t = model.fatigue.tolerance;
  return t === undefined || t === null ? PLATFORM_PRESETS[model.platform].fatigueTolerance : t;
}

/** Trust and visibility per tie-kind code (TIE_STRONG / TIE_WEAK / TIE_FOLLOW), for the inner loops. */
export function tieArrays(ties: TieSettings): { trust: Float64Array; visibility: Float64Array } {
  const trust = new Float64Array(3);
  const visibility = new Float64Array(3);
  trust[TIE_STRONG] = ties.strong.trust;
  trust[TIE_WEAK] = ties.weak.trust;
  trust[TIE_FOLLOW] = ties.follow.trust;
  visibility[TIE_STRONG] = ties.strong.visibility;
  visibility[TIE_WEAK] = ties.weak.visibility;
  visibility[TIE_FOLLOW] = ties.follow.visibility;
  return { trust, visibility };
}

/** Drop undefined fields so `{trust: undefined}` does not erase a preset value. */
function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out;
}
