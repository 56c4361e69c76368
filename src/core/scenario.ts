import type { DividendModelSpec, DividendSeedingSpec, DividendStrategySpec } from './dividend/dividendSpec';
import type { ModelSpec } from './models/modelSpec';
import type { NetworkSpec } from './networks/networkSpec';
import type { SeedingSpec } from './seeding/seedingSpec';
import type { UncertaintyEntry } from './uncertainty/uncertaintySpec';

/** A strategy: one way of launching the campaign, compared against the others on the same world. */
export interface StrategySpec {
  name: string;
  seeding: SeedingSpec;
}

/**
 * A strategy of a dividend scenario: a name, its seeding (which may also be `core-fans`) and
 * the dividend levers (content, KOLs, second wave, incentives, brand replies, ads), defaults filled.
 */
export interface DividendStrategy extends DividendStrategySpec {
  name: string;
  seeding: DividendSeedingSpec;
}

/** A scenario's title and description in Simplified Chinese (the preset files carry them). */
export interface ScenarioTranslations {
  'zh-CN': { name: string; description: string };
}

/** Fields every scenario has, whatever its model. */
interface ScenarioBase {
  /** File format version (written as 2; version 1 files are read). */
  version: 2;
  name: string;
  description: string;
  /** The name and description in another UI language (display only); absent when none. */
  translations?: ScenarioTranslations;
  /** Random seed: any string. Same seed → identical results. */
  seed: string;
  /** Monte Carlo runs per strategy. */
  runs: number;
  /** Simulated steps (hours by default). */
  steps: number;
  network: NetworkSpec;
  /**
   * Numbers the scenario does not know, drawn anew for each run index (the same for every
   * strategy of the run); absent when none (src/core/uncertainty/uncertaintySpec.ts).
   */
  uncertainty?: UncertaintyEntry[];
}

/** A scenario of one of the canonical (textbook) models. */
export interface CanonicalScenario extends ScenarioBase {
  model: ModelSpec;
  strategies: StrategySpec[];
}

/** A scenario of the dividend model: every strategy carries the dividend levers. */
export interface DividendScenario extends ScenarioBase {
  model: DividendModelSpec;
  strategies: DividendStrategy[];
}

/** A validated scenario (file format v1 after defaults are filled). The core trusts it. */
export type Scenario = CanonicalScenario | DividendScenario;

/** Narrowing on the model kind (TypeScript does not narrow a parent object on a nested `kind`). */
export function isDividendScenario(scenario: Scenario): scenario is DividendScenario {
  return scenario.model.kind === 'dividend';
}
