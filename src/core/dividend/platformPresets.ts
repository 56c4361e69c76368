/**
 * Platform presets: how much people trust and actually see each kind of tie, and how fast
 * they tire of promotion, on four stylised platforms. Numbers are illustrative, chosen so the
 * lessons read right (feeds are wide but shallow, private circles deep, group chats loud and
 * quick to annoy), not measured on any real platform.
 */
import { TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../graph';
import type { DividendModelSpec, Platform, TieChannel, TieSettings } from './dividendSpec';

export interface PlatformPreset {
  ties: TieSettings;
  /** Median annoyance tolerated before muting. */
  fatigueTolerance: number;
}

const channel = (trust: number, visibility: number): TieChannel => ({ trust, visibility });

export const PLATFORM_PRESETS: Readonly<Record<Platform, PlatformPreset>> = {
  /** Every exposure is seen and fully trusted: the textbook cascade (Independent Cascade for sharing). */
  neutral: {
    ties: { strong: channel(1, 1), weak: channel(1, 1), follow: channel(1, 1), brand: { trust: 1 }, ads: { trust: 1 } },
    fatigueTolerance: 3,
  },
  /** Weibo/X-like public feed: ranking hides most posts (followed accounts ~10%), trust is middling. */
  'broadcast-feed': {
    ties: {
      strong: channel(0.8, 0.3),
      weak: channel(0.5, 0.2),
      follow: channel(0.6, 0.1),
      brand: { trust: 0.5 },
      ads: { trust: 0.3 },
    },
    fatigueTolerance: 3,
  },
  /** WeChat-Moments-like private circles: friends are fully trusted and often seen. */
  'private-circles': {
    ties: {
      strong: channel(1, 0.65),
      weak: channel(0.6, 0.5),
      follow: channel(0.5, 0.3),
      brand: { trust: 0.8 },
      ads: { trust: 0.4 },
    },
    fatigueTolerance: 3,
  },
  /** Group chats: nearly every message is seen and trusted, but promotion wears people out fast. */
  'group-chats': {
    ties: {
      strong: channel(0.9, 0.9),
      weak: channel(0.7, 0.9),
      follow: channel(0.6, 0.8),
      brand: { trust: 0.8 },
      ads: { trust: 0.3 },
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
