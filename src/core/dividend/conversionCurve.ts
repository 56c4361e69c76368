/**
 * Buying as dose–response: the chance that a person has bought once their dose is d is the Hill
 * curve P(d) = plateau · dᵏ / (dᵏ + halfDoseᵏ).
 *
 * k = 1 (the default) gives diminishing returns from the first source and a low plateau, as
 * Leskovec, Adamic & Huberman (2007) measured for purchases after recommendations and Backstrom
 * et al. (2006) for joining a group with k friends in it; k ≥ 2 is threshold-like, the complex
 * contagion of Centola & Macy (2007) and Centola (2010). Dodds & Watts (2004) showed that this one
 * family spans both regimes.
 *
 * Each person draws one uniform u once per (seed, run, person) and buys as soon as P(dose) ≥ u,
 * i.e. dose ≥ the dose threshold below: P(d) is then exactly the chance to have bought at a dose
 * d that has only grown, and strategies compared on a run meet the same people.
 */
import { pow } from '../portableMath';
import type { ConversionSpec } from './dividendSpec';

/** P(bought) at dose `dose` (for tests, charts and the README's table). */
export function buyChance(dose: number, c: Pick<ConversionSpec, 'plateau' | 'halfDose' | 'steepness'>): number {
  if (dose <= 0) return 0;
  const dk = c.steepness === 1 ? dose : pow(dose, c.steepness);
  const hk = c.steepness === 1 ? c.halfDose : pow(c.halfDose, c.steepness);
  return (c.plateau * dk) / (dk + hk);
}

/**
 * The dose at which a person with uniform draw u buys: halfDose · (u / (plateau − u))^(1/k), or
 * Infinity when u ≥ plateau (they never buy through word of mouth).
 */
export function doseThreshold(u: number, c: Pick<ConversionSpec, 'plateau' | 'halfDose' | 'steepness'>): number {
  if (u >= c.plateau) return Infinity;
  const odds = u / (c.plateau - u);
  if (c.steepness === 1) return c.halfDose * odds;
  if (c.steepness === 2) return c.halfDose * Math.sqrt(odds);
  return c.halfDose * pow(odds, 1 / c.steepness);
}

// Decay factors per elapsed step, shared by every run of one (half-life, horizon).
let decayCache: { halfLife: number; table: Float64Array } | null = null;

/**
 * 0.5^(Δ/halfLife) for Δ = 0 … steps (the memory of a dose), or null without fading. The table
 * is grown on demand and kept for the next run (pow is slow; a run asks for it once).
 */
export function doseDecayTable(memoryHalfLife: number | null, steps: number): Float64Array | null {
  if (memoryHalfLife === null || memoryHalfLife <= 0) return null;
  if (decayCache !== null && decayCache.halfLife === memoryHalfLife && decayCache.table.length > steps) return decayCache.table;
  const table = new Float64Array(steps + 1);
  for (let d = 0; d <= steps; d++) table[d] = pow(0.5, d / memoryHalfLife);
  decayCache = { halfLife: memoryHalfLife, table };
  return table;
}
