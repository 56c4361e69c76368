import type { ModelSpec } from './models/modelSpec';
import type { NetworkSpec } from './networks/networkSpec';
import type { SeedingSpec } from './seeding/seedingSpec';

/** A strategy: one way of launching the campaign, compared against the others on the same world. */
export interface StrategySpec {
  name: string;
  seeding: SeedingSpec;
}

/** A validated scenario (file format v1 after defaults are filled). The core trusts it. */
export interface Scenario {
  version: 1;
  name: string;
  description: string;
  /** Random seed: any string. Same seed → identical results. */
  seed: string;
  /** Monte Carlo runs per strategy. */
  runs: number;
  /** Simulated steps (hours by default). */
  steps: number;
  network: NetworkSpec;
  model: ModelSpec;
  strategies: StrategySpec[];
}
