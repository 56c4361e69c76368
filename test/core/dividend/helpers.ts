/** Small builders for dividend-model tests: everything off unless a test turns it on. */
import { buildGraph, EdgeBuffer, TIE_STRONG, type Graph } from '../../../src/core/graph';
import {
  DIVIDEND_MODEL_DEFAULTS,
  DIVIDEND_STRATEGY_DEFAULTS,
  type DividendModelSpec,
  type DividendStrategySpec,
} from '../../../src/core/dividend/dividendSpec';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

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
 * Neutral platform (trust 1, visibility 1), exact traits (spreads 0), threshold 1, tolerance 3,
 * no social proof, no reward effects, prices: seed 10, KOL 100 + 0.5/follower, impression 0.25,
 * conversion worth 7.
 */
export function exactModel(over?: DeepPartial<DividendModelSpec>): DividendModelSpec {
  return merge<DividendModelSpec>(
    {
      ...DIVIDEND_MODEL_DEFAULTS,
      platform: 'neutral',
      ties: {},
      conversion: { threshold: 1, spread: 0 },
      fatigue: { tolerance: 3, spread: 0 },
      socialProof: 0,
      rewardLift: 0,
      rewardAnnoyance: 0,
      engagementSpread: 0,
      economics: { costPerSeed: 10, kolBaseFee: 100, kolFeePerFollower: 0.5, costPerImpression: 0.25, valuePerConversion: 7 },
    },
    over,
  );
}

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
