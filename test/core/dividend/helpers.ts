/** Small builders for dividend-model tests: everything off unless a test turns it on. */
import { buildGraph, EdgeBuffer, TIE_STRONG, type Graph } from '../../../src/core/graph';
import {
  DIVIDEND_MODEL_DEFAULTS,
  DIVIDEND_STRATEGY_DEFAULTS,
  type DividendModelSpec,
  type DividendStrategySpec,
} from '../../../src/core/dividend/dividendSpec';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v !== null && typeof v === 'object' && !Array.isArray(v) && b !== null && typeof b === 'object' && !Array.isArray(b)
        ? merge(b, v as DeepPartial<typeof b>)
        : v;
  }
  return out as T;
}

/**
 * Smallest buying half-dose: with plateau 1 the largest dose threshold any 32-bit draw can give is
 * EVERYONE_BUYS · 2^33 < 1e-2, so any exposure of positive dose makes anyone buy.
 */
export const EVERYONE_BUYS = 1e-12;

/**
 * Neutral platform (trust 1, visibility 1), exact traits (spreads 0), everyone buys at the first
 * exposure (plateau 1, halfDose EVERYONE_BUYS, steepness 1), repeats count fully, no memory fading,
 * no advocacy, no organic demand, every response delay exactly 1 hour, tolerance 3, ads at full
 * effect from the first impression (peak 1), no KOL engagement decay, no reward effects; prices:
 * seed 10, KOL 100 + 0.5/follower, impression 0.25, conversion worth 7.
 */
export function exactModel(over?: DeepPartial<DividendModelSpec>): DividendModelSpec {
  return merge<DividendModelSpec>(
    {
      ...DIVIDEND_MODEL_DEFAULTS,
      platform: 'neutral',
      ties: {},
      conversion: { plateau: 1, halfDose: EVERYONE_BUYS, steepness: 1, repeatWeight: 1, memoryHalfLife: null },
      advocacy: 0,
      organicDemand: 0,
      response: { medianHours: 1, spread: 0 },
      fatigue: { tolerance: 3, spread: 0 },
      adResponse: { peakFrequency: 1 },
      kolEngagementDecay: 0,
      rewards: { maxLift: 0, halfSize: 1, strongTieShare: 1, receiverDiscount: 0, spam: 0 },
      engagementSpread: 0,
      economics: { costPerSeed: 10, kolBaseFee: 100, kolFeePerFollower: 0.5, costPerImpression: 0.25, valuePerConversion: 7 },
    },
    over,
  );
}

/** Nobody buys through word of mouth (plateau 0: every draw u ≥ plateau). */
export const NOBODY_BUYS = { plateau: 0 } as const;

/** Quality 1 (every seen exposure is shared), relevance 1, not promotional, no decay, one wave at 0. */
export function exactStrategy(over?: DeepPartial<DividendStrategySpec>): DividendStrategySpec {
  return merge<DividendStrategySpec>(
    {
      ...DIVIDEND_STRATEGY_DEFAULTS,
      content: { quality: 1, relevance: 1, promotional: 0, halfLife: null, waves: [0] },
    },
    over,
  );
}

/** Two-way strong ties along 0–1–…–(n−1). */
export function pathGraph(n: number): Graph {
  const e = new EdgeBuffer();
  for (let i = 0; i + 1 < n; i++) e.addTie(i, i + 1, TIE_STRONG);
  return buildGraph(n, e);
}

/** One-way arcs [from, to, kind?] on n nodes. */
export function arcGraph(n: number, arcs: [number, number, number?][], extras: Parameters<typeof buildGraph>[2] = {}): Graph {
  const e = new EdgeBuffer();
  for (const [u, v, k] of arcs) e.addArc(u, v, k ?? TIE_STRONG);
  return buildGraph(n, e, extras);
}

export const seedsOf = (...nodes: number[]) => Int32Array.from(nodes);
