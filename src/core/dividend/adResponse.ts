/**
 * How one ad impression works depending on how many the person has seen: the n-th impression adds
 * w(n) = (n/N) · e^(1 − n/N) of the ads' trust to the dose, N = adResponse.peakFrequency.
 *
 * The curve rises to 1 at the N-th impression (wear-in) and falls after it (wear-out), so the
 * summed effect of many impressions saturates near e·N while each one still costs money.
 * Annoyance, by contrast, keeps growing with every impression (fatigue in campaign.ts). The
 * default N = 5 lies between Krugman's (1972) "three exposures may be enough" and the about ten
 * exposures at which attitudes peak in Schmidt & Eisend's (2015) meta-analysis of repetition.
 */
import { exp } from '../portableMath';

/** Impressions after which an ad adds nothing (w(n) < 1e-9 for any N ≤ 50 well before this). */
export const AD_WEIGHT_LIMIT = 2048;

let cache: { peak: number; table: Float64Array } | null = null;

/** w(n) for n = 0 … AD_WEIGHT_LIMIT (w(0) = 0), memoised for the last peak frequency. */
export function adImpressionWeights(peakFrequency: number): Float64Array {
  if (cache !== null && cache.peak === peakFrequency) return cache.table;
  const table = new Float64Array(AD_WEIGHT_LIMIT + 1);
  for (let n = 1; n <= AD_WEIGHT_LIMIT; n++) {
    const x = n / peakFrequency;
    table[n] = x * exp(1 - x);
  }
  cache = { peak: peakFrequency, table };
  return table;
}
