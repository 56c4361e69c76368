/**
 * The scenarios one click away: the preset files of scenarios/ (bundled into the build, so they
 * work offline from any static host) and blank templates to start from.
 */
import type { ScenarioTranslations } from '../../core/scenario';
import type { Draft } from './draft';
import { dividendAvailable } from './draft';
import { SCENARIO_VERSION } from '../../scenario/limits';

export interface Preset {
  /** File name without .json (stable: used in tests and links). */
  id: string;
  name: string;
  description: string;
  /** The file's `translations`: its name and description in Chinese. */
  translations: ScenarioTranslations | null;
  draft: Draft;
}

const files = import.meta.glob('../../../scenarios/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** Every preset file, sorted by name. */
export const PRESETS: readonly Preset[] = Object.entries(files)
  .map(([path, value]) => {
    const draft = value as Draft;
    const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
    return {
      id,
      name: typeof draft.name === 'string' ? draft.name : id,
      description: typeof draft.description === 'string' ? draft.description : '',
      // Validated with the file (test/scenario/presets.test.ts): a name and a description.
      translations: (draft.translations as unknown as ScenarioTranslations | undefined) ?? null,
      draft,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** A fresh scenario to start from: two strategies on a clustered network. */
export function blankTemplate(): Draft {
  const dividend = dividendAvailable();
  return {
    version: SCENARIO_VERSION,
    name: 'New campaign',
    description: '',
    seed: 'my-launch',
    runs: 100,
    steps: 72,
    network: { kind: 'communities', nodes: 5000, communities: 40, meanDegree: 8, mixing: 0.2, kols: { count: 5, reach: 0.2, homeBias: 0.5 } },
    model: dividend ? { kind: 'dividend', platform: 'private-circles' } : { kind: 'independent-cascade', probability: 0.08 },
    strategies: [
      { name: 'Seed 20 random people', seeding: { method: 'random', count: 20 } },
      dividend
        ? { name: 'Hire 2 KOLs', seeding: { method: 'random', count: 0 }, kols: { hire: 2, step: 0 } }
        : { name: 'Seed 20 bridges', seeding: { method: 'bridges', count: 20 } },
    ],
  };
}

/** The scenario shown on a first visit: a strategy comparison of the dividend model, or the template. */
export function firstVisitDraft(): Draft {
  const preferred = PRESETS.find((p) => p.id === 'lesson-kol-vs-seed-users') ?? PRESETS[0];
  return structuredClone(preferred?.draft ?? blankTemplate());
}
