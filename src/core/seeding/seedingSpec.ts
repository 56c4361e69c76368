/** How a strategy picks its initial sharers ("seeding strategy" — not the random seed). */
export type SeedingMethod = 'random' | 'degree' | 'bridges' | 'kcore' | 'manual';

export interface SeedingSpec {
  method: SeedingMethod;
  /** Number of seed users (for `manual`, the length of `nodes`). */
  count: number;
  /** Node indices for `manual`. */
  nodes: number[];
}
