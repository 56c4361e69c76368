/**
 * Least-squares slope of log P(K ≥ k) against log k for k in [k1, k2]: for P(k) ∝ k^−γ the
 * complementary CDF falls as k^−(γ−1), so the slope estimates −(γ − 1). The CCDF is less noisy
 * than a binned pdf, which is why tails are fitted on it.
 */
export function ccdfSlope(degrees: ArrayLike<number>, k1: number, k2: number): number {
  let max = 0;
  for (let i = 0; i < degrees.length; i++) max = Math.max(max, degrees[i]);
  const counts = new Float64Array(max + 2);
  for (let i = 0; i < degrees.length; i++) counts[degrees[i]]++;
  const ccdf = new Float64Array(max + 2);
  for (let k = max; k >= 0; k--) ccdf[k] = ccdf[k + 1] + counts[k] / degrees.length;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = k1; k <= Math.min(k2, max); k++) {
    xs.push(Math.log(k));
    ys.push(Math.log(ccdf[k]));
  }
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** Out-degree of every node. */
export function degreesOf(g: { nodeCount: number; offsets: Int32Array }): Int32Array {
  const d = new Int32Array(g.nodeCount);
  for (let u = 0; u < g.nodeCount; u++) d[u] = g.offsets[u + 1] - g.offsets[u];
  return d;
}
