/**
 * Every control offers only values the validator accepts: each slider/number at its minimum,
 * its maximum (slider or full range) and its shown default, on a scenario of its kind, gives no
 * problem at that control's path, and no control writes an unknown field.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { getPath, parseProblems, problemsAt, setPath, switchModelKind, switchNetworkKind, type Draft, type Json } from '../../../src/ui/app/draft';
import { dependentMax, FIELD_GROUPS, NETWORK_KIND_OPTIONS, scenarioFields, strategyFields, type PlacedField } from '../../../src/ui/app/fieldSpecs';
import { DIVIDEND_MODEL_RANGES } from '../../../src/core/dividend/dividendRanges';
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

  it('every world parameter of the dividend model has a control; the advanced ones sit in groups', () => {
    const model = scenarioFields(base).model.map((f) => f.spec);
    const paths = new Set(model.map((f) => f.path.replace(/^model\./, '')));
    // `ties.*` are overrides of the platform preset and fatigue.tolerance defaults to the platform's: the platform select covers them.
    const covered = Object.keys(DIVIDEND_MODEL_RANGES).filter((p) => !p.startsWith('ties.') && p !== 'fatigue.tolerance');
    expect(covered.filter((p) => !paths.has(p))).toEqual([]);
    // Shown open: the model kind, the platform and three levers; the rest is collapsed.
    expect(model.filter((f) => f.group === undefined).map((f) => f.path)).toEqual(['model.kind', 'model.platform', 'model.conversion.plateau', 'model.organicDemand', 'model.advocacy']);
    for (const f of model) if (f.group !== undefined) expect(FIELD_GROUPS, f.path).toContain(f.group);
  });

  it('KOL rank and count leave room for each other (ranks fromRank … fromRank + hire − 1 must exist)', () => {
    // 5 KOL accounts in the base network.
    const at = (kols: Record<string, number>) => setPath(base, 'strategies[0].kols', kols as unknown as Json);
    expect(dependentMax(at({ hire: 0, fromRank: 3 }), 'strategies[0].kols.hire')).toBe(3); // ranks 3, 4, 5
    expect(dependentMax(at({ hire: 2, fromRank: 1 }), 'strategies[0].kols.fromRank')).toBe(4); // ranks 4, 5
    expect(dependentMax(at({ hire: 0, fromRank: 1 }), 'strategies[0].kols.fromRank')).toBe(5);
    expect(dependentMax(base, 'strategies[0].kols.hire')).toBe(5);
  });
});

describe('kind names from the prototype select no controls', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('network.kind and model.kind = %s give only the kind selects', (kind) => {
    const fields = scenarioFields({ network: { kind }, model: { kind } });
    expect(fields.model.map((f) => f.path)).toEqual(['model.kind']);
    expect(fields.network.every((f) => typeof f.spec.label === 'string')).toBe(true);
    expect(fields.network.map((f) => f.path)).not.toContain(undefined);
  });
});
