/**
 * Object.prototype member names in every field where a user's string picks a table entry: the
 * validator says "must be one of …", the page's lookups find nothing, nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validateScenario';
import { parseBoundedJson } from '../../src/scenario/boundedJson';
import { knownKindsOnly, ownEntry } from '../../src/ui/app/knownKinds';
import { scenarioFields, strategyFields } from '../../src/ui/app/fieldSpecs';
import { switchModelKind, switchNetworkKind, type Draft } from '../../src/ui/app/draft';
import { lessonById } from '../../src/ui/app/lessons/index';
import { parseLessonHash } from '../../src/ui/app/lessons/lessonPlan';
import { initialLocale, parseLocaleParam } from '../../src/ui/i18n/locale';
import { canonicalScenario, dividendScenario } from './scenarioFixtures';

/** Names every plain object answers through its prototype. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

/** Each kind-like field: where it sits and how to put a name there. */
const KIND_FIELDS: { path: string; build: (name: string) => Record<string, unknown> }[] = [
  { path: 'network.kind', build: (n) => ({ ...canonicalScenario(), network: { kind: n, nodes: 100, meanDegree: 4 } }) },
  { path: 'model.kind', build: (n) => ({ ...canonicalScenario(), model: { kind: n, probability: 0.3 } }) },
  { path: 'model.platform', build: (n) => dividendScenario([{}], { platform: n }) },
  { path: 'strategies[0].seeding.method', build: (n) => ({ ...canonicalScenario(), strategies: [{ name: 'a', seeding: { method: n, count: 1 } }] }) },
  { path: "strategies[0].seeding.method", build: (n) => withMethod(dividendScenario([{}]), n) },
];

function withMethod(s: Record<string, unknown>, method: string) {
  const strategies = (s.strategies as Record<string, unknown>[]).map((st) => ({ ...st, seeding: { method, count: 5 } }));
  return { ...s, strategies };
}

/** The scenario as it arrives from a link or file: text, so a "__proto__" key is a real own key. */
const viaText = (value: unknown) => {
  const parsed = parseBoundedJson(JSON.stringify(value), { maxLength: 1e6 });
  if (!parsed.ok) throw new Error('refused');
  return parsed.value as Draft;
};

describe('prototype names in kind-like fields', () => {
  for (const field of KIND_FIELDS)
    for (const name of PROTOTYPE_NAMES)
      it(`${field.path} = ${JSON.stringify(name)}: "must be one of …", no exception`, () => {
        const draft = viaText(field.build(name));
        const result = validateScenario(draft);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.some((e) => e.startsWith(`${field.path}: must be one of `))).toBe(true);
        // The page's field tables see only known kinds, and strategy cards build their controls.
        expect(() => scenarioFields(knownKindsOnly(draft))).not.toThrow();
        expect(() => strategyFields(knownKindsOnly(draft), 0)).not.toThrow();
      });

  it('picking a kind by a prototype name from the page falls back to a bare kind', () => {
    const draft = viaText(canonicalScenario());
    for (const name of PROTOTYPE_NAMES) {
      expect((switchNetworkKind(draft, name).network as Record<string, unknown>).kind).toBe(name);
      expect(switchModelKind(draft, name).model).toEqual({ kind: name });
    }
  });

  it('ownEntry finds own entries only', () => {
    const table = { a: 1 } as Record<string, number>;
    expect(ownEntry(table, 'a')).toBe(1);
    for (const name of PROTOTYPE_NAMES) expect(ownEntry(table, name)).toBeUndefined();
    expect(ownEntry(table, 42)).toBeUndefined();
  });

  it('a lesson id that is a prototype name is an unknown lesson', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(lessonById(name)).toBeUndefined();
      expect(parseLessonHash(`#lesson=${encodeURIComponent(name)}`)).toEqual({ place: null, unknownId: name });
    }
  });

  it('a locale that is a prototype name is a bad ?locale= with the default language', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(parseLocaleParam(name).locale).toBeNull();
      expect(initialLocale({ search: `?locale=${encodeURIComponent(name)}`, stored: name, languages: [name] })).toEqual({ locale: 'en', badParam: name });
    }
  });
});
