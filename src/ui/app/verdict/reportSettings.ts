/**
 * The scenario's settings for the printed report: the random seed, runs and steps, the network
 * in full, and the model's and each strategy's settings that differ from the defaults (the rest
 * are the documented defaults; an empty manual seed list is left out), as `path = value` lines in the scenario file's own names — the
 * report then says exactly which file reproduces it.
 */
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS } from '../../../core/dividend/dividendSpec';
import type { DividendScenario } from '../../../core/scenario';

/** One setting: its path in the scenario file and its value as written there. */
export interface Setting {
  path: string;
  value: string;
}

export interface ReportSettings {
  seed: string;
  runs: number;
  steps: number;
  /** network.* in full, then the model's fields that differ from the defaults. */
  world: Setting[];
  strategies: { name: string; settings: Setting[] }[];
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Leaves of an object as path/value pairs (lists and null are leaves). */
function flatten(value: Json, prefix: string, out: Setting[] = []): Setting[] {
  if (isObject(value)) for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.push({ path: prefix, value: typeof value === 'string' ? value : JSON.stringify(value) });
  return out;
}

/** The leaves of `value` that differ from the same path of `defaults` (missing there = differs). */
function differing(value: Json, defaults: Json, prefix: string): Setting[] {
  const base = new Map(flatten(defaults, prefix).map((s) => [s.path, s.value]));
  return flatten(value, prefix).filter((s) => base.get(s.path) !== s.value);
}

/** What the report prints under "Scenario settings". */
export function reportSettings(scenario: DividendScenario): ReportSettings {
  const { kind, platform, ...model } = scenario.model;
  const { kind: _k, platform: _p, ...modelDefaults } = DIVIDEND_MODEL_DEFAULTS;
  const world = [
    ...flatten(scenario.network, 'network'),
    { path: 'model.kind', value: kind },
    { path: 'model.platform', value: platform },
    ...differing(model, modelDefaults, 'model'),
  ];
  const strategies = scenario.strategies.map((s) => {
    const { name, seeding, ...levers } = s;
    return { name, settings: [...flatten(seeding, 'seeding').filter((x) => x.value !== '[]'), ...differing(levers, DIVIDEND_STRATEGY_DEFAULTS, '')] };
  });
  return { seed: scenario.seed, runs: scenario.runs, steps: scenario.steps, world, strategies };
}
