/**
 * Every control offers only values the validator accepts: each slider/number at its minimum,
 * its maximum (slider or full range) and its shown default, on a scenario of its kind, gives no
 * problem at that control's path, and no control writes an unknown field.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { getPath, parseProblems, problemsAt, setPath, switchModelKind, switchNetworkKind, type Draft, type Json } from '../../../src/ui/app/draft';
import { dependentMax, NETWORK_KIND_OPTIONS, scenarioFields, strategyFields, type PlacedField } from '../../../src/ui/app/fieldSpecs';
import { MODEL_KINDS } from '../../../src/scenario/modelSchema';

const base: Draft = {
  version: 1,
  name: 'controls',
  seed: 's',
  runs: 2,
  steps: 10,
  network: { kind: 'communities', nodes: 2000, communities: 10, meanDegree: 6, mixing: 0.2, kols: { count: 5, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'neutral' },
  strategies: [{ name: 'a', seeding: { method: 'random', count: 5 } }],
};

/** Values a person can reach with the control (slider ends, number-box ends within reason, the default). */
function reachable(field: PlacedField, draft: Draft): unknown[] {
  const s = field.spec;
  const upper = dependentMax(draft, field.path);
  if (s.control === 'select') return (s.options ?? []).map((o) => o.value);
  if (s.control === 'toggle') return [true, false];
  if (s.control === 'text') return s.fallback !== undefined ? [s.fallback] : [];
  const max = Math.min(upper ?? Infinity, s.sliderMax ?? s.max ?? Infinity);
  const values = [s.sliderMin ?? s.min, Number.isFinite(max) ? max : undefined, s.fallback].filter((v): v is number => typeof v === 'number');
  return values;
}

function check(draft: Draft, fields: PlacedField[]): string[] {
  const bad: string[] = [];
  for (const field of fields) {
    if (field.path.endsWith('.kind')) continue; // kinds switch whole sections (tested below)
    for (const value of reachable(field, draft)) {
      let next = setPath(draft, field.path, value as Json);
      // A few bounds depend on other fields (seed users ≤ people, steps for waves): keep them compatible.
      if (field.path === 'network.nodes' && typeof value === 'number' && value < 100) continue;
      if (field.path === 'network.kols.count' && value === 0) next = setPath(next, 'strategies[0].kols', undefined);
      if (/ads\.from|kols\.step/.test(field.path)) next = setPath(next, 'steps', 10_000);
      if (field.path === 'steps' || field.path === 'runs') next = setPath(next, 'runs', 1);
      const result = validateScenario(next);
      if (!result.ok) {
        const here = problemsAt(parseProblems(result.errors), field.path);
        const unknown = parseProblems(result.errors).filter((p) => p.reason === 'unknown field');
        if (here.length || unknown.length) bad.push(`${field.path}=${JSON.stringify(value)}: ${[...here, ...unknown].map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
      }
    }
  }
  return bad;
}

describe('controls and the validator agree', () => {
  it('the base scenario is valid', () => {
    const r = validateScenario(base);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('network controls of every kind', () => {
    for (const { value: kind } of NETWORK_KIND_OPTIONS) {
      const draft = switchNetworkKind(base, kind);
      const model = kind === 'fully-mixed' ? switchModelKind(draft, 'bass') : draft;
      const r = validateScenario(model);
      expect(r.ok ? [] : r.errors, kind).toEqual([]);
      expect(check(model, scenarioFields(model).network), kind).toEqual([]);
    }
  });

  it('model controls of every model kind', () => {
    for (const kind of MODEL_KINDS) {
      const draft = switchModelKind(base, kind);
      expect(validateScenario(draft).ok, kind).toBe(true);
      expect(check(draft, scenarioFields(draft).model), kind).toEqual([]);
    }
  });

  it('run controls and strategy levers', () => {
    expect(check(base, scenarioFields(base).run)).toEqual([]);
    expect(check(base, strategyFields(base, 0))).toEqual([]);
    expect(strategyFields(switchModelKind(base, 'bass'), 0).map((f) => f.spec.path)).toEqual(['seeding.method', 'seeding.count']);
  });

  it('every control has a label and a one-line explanation', () => {
    const all = [...Object.values(scenarioFields(base)).flat(), ...strategyFields(base, 0)];
    for (const f of all) {
      expect(f.spec.label.length, f.path).toBeGreaterThan(2);
      expect(f.spec.help.length, f.path).toBeGreaterThan(10);
      expect(f.spec.help.length, f.path).toBeLessThan(160);
      expect(getPath(base, f.path) !== undefined || f.spec.fallback !== undefined || f.spec.control !== 'slider' || f.path.startsWith('network.'), f.path).toBe(true);
    }
  });
});
