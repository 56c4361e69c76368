/**
 * Histogram of a degree array as [degree, count] pairs, ascending by degree, only degrees that
 * occur. Compact even for heavy tails (a few hundred distinct values on million-node graphs).
 */
export function degreeHistogram(degrees: ArrayLike<number>): [number, number][] {
  let max = 0;
  for (let i = 0; i < degrees.length; i++) if (degrees[i] > max) max = degrees[i];
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < degrees.length; i++) counts[degrees[i]]++;
  const histogram: [number, number][] = [];
  for (let d = 0; d <= max; d++) if (counts[d] > 0) histogram.push([d, counts[d]]);
  return histogram;
}

/** Out-degree of every node of a CSR graph (the size of its audience). */
export function outDegrees(offsets: Int32Array, nodeCount: number): Int32Array {
  const degrees = new Int32Array(nodeCount);
  for (let u = 0; u < nodeCount; u++) degrees[u] = offsets[u + 1] - offsets[u];
  return degrees;
}
