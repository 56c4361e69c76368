/**
 * Portable transcendental functions: exp, log, log1p and pow that return the same bits in
 * every JavaScript engine.
 *
 * Why: ECMAScript lets each engine approximate Math.exp/log/pow/sin/… its own way, and they do
 * differ — Node 20's V8 and Chromium's V8 disagree in the last bit on ~10% of arguments (V8 moved
 * some of these to another math library). One differing bit in a share probability or a
 * power-law degree can change a coin flip, a generated network, a count; so every
 * result-affecting computation in src/core (and the runtime, sweeps and scenario checks) uses
 * these instead, and "the same scenario and seed give identical results in the browser, in the
 * CLI, with 1 or 8 workers" holds for every model.
 *
 * How: careful ports of fdlibm's algorithms (argument reduction, minimax polynomial,
 * reconstruction) using only operations IEEE-754 and ECMAScript define exactly: + − × ÷,
 * Math.sqrt/abs/trunc, comparisons, int32 bit operations, exact powers of two and bit access
 * through a shared Float64Array/Uint32Array. JavaScript never fuses a multiply-add nor keeps extended precision,
 * so each step rounds identically everywhere. Constants are written with ≤ 17 significant digits
 * (parsed exactly by every engine). Accuracy: within 1 ulp of the true value — they agree with
 * Node 20's Math.* (fdlibm too) to the bit on all 1.5 million tested arguments, and the test
 * allows at most 1 ulp against any engine's Math.* (test/core/portableMath.test.ts). Speed: 1.5–2× a Math.* call (measured on Node 20: log 14 ns
 * vs 7–13, exp 20 vs 11, pow 111 vs 62); the hot loops memoise what repeats (log(1 − p) of a
 * geometric skip, power-law end powers, Poisson limits, novelty per wave and step), so whole runs
 * and network generation are as fast as before.
 *
 * Not provided: sin/cos (Box–Muller was replaced by Marsaglia's polar method, log Γ's reflection
 * by the recurrence), log2 (nothing result-affecting needs it). Math.* stays fine for display
 * code (chart scales, layout) whose output is not a result.
 */
export { exp } from './math/portableExp';
export { log, log1p } from './math/portableLog';
export { pow } from './math/portablePow';
