/**
 * The bounded parser every input path goes through: hostile sizes are refused with one problem
 * naming where, in linear time and without deep recursion; scenarios within bounds parse as
 * JSON.parse would.
 */
import { describe, expect, it } from 'vitest';
import { parseBoundedJson, scenarioListProblem } from '../../src/scenario/boundedJson';
import { problemLine } from '../../src/scenario/problemText';
import { checkScenario, checkScenarioText, parseScenarioText } from '../../src/scenario/validateScenario';
import { MAX_JSON_DEPTH, MAX_OBJECT_FIELDS } from '../../src/scenario/limits';
import { canonicalScenario, dividendScenario } from './scenarioFixtures';

const LIMIT = { maxLength: 50_000_000 };

function refused(text: string) {
  const parsed = parseBoundedJson(text, LIMIT);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) throw new Error('accepted');
  return problemLine(parsed.problem);
}

function refusedAt(text: string, maxLength: number): string {
  const parsed = parseBoundedJson(text, { maxLength });
  return parsed.ok ? 'accepted' : problemLine(parsed.problem);
}

/** `{"a":{"a":…}}` nested `depth` deep, built without recursion. */
function nested(depth: number, open = '{"a":', close = '}'): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

describe('parseBoundedJson', () => {
  it('parses scenarios within bounds exactly as JSON.parse does (a byte-order mark is skipped)', () => {
    for (const s of [canonicalScenario(), dividendScenario()]) {
      const text = JSON.stringify(s, null, 2);
      expect(parseBoundedJson(text, LIMIT)).toEqual({ ok: true, value: JSON.parse(text) });
      expect(parseBoundedJson(`\uFEFF${text}`, LIMIT)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('refuses nesting 10,000 deep (objects and lists) naming where it went too deep', () => {
    expect(refused(nested(10_000))).toBe(`a.a.a.a.a.a…: nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(refused(nested(10_000, '[', ']'))).toBe(`[0][0][0][0][0][0]…: nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(refused(`{"network":${nested(40)}}`)).toMatch(/^network\.a\.a\.a\.a\.a…: nested deeper than 32 levels$/);
    // Exactly at the bound is fine.
    expect(parseBoundedJson(nested(MAX_JSON_DEPTH), LIMIT).ok).toBe(true);
    expect(parseBoundedJson(nested(MAX_JSON_DEPTH + 1), LIMIT).ok).toBe(false);
  });

  it('refuses 200,000 unknown fields in one object, at the top or inside a section', () => {
    const fields = Array.from({ length: 200_000 }, (_, i) => `"f${i}":${i}`).join(',');
    expect(refused(`{${fields}}`)).toBe(`scenario: has more than ${MAX_OBJECT_FIELDS} fields`);
    expect(refused(`{"version":1,"network":{${fields}}}`)).toBe(`network: has more than ${MAX_OBJECT_FIELDS} fields`);
    // A byCommunity table may have one entry per community.
    const byCommunity = Array.from({ length: 5_000 }, (_, i) => `"${i}":0.5`).join(',');
    expect(parseBoundedJson(`{"content":{"relevance":{"default":0.5,"byCommunity":{${byCommunity}}}}}`, LIMIT).ok).toBe(true);
  });

  it('refuses 100,000 strategies by their count (the page never sees them), even behind an escaped key', () => {
    const many = { ...canonicalScenario(), strategies: Array.from({ length: 100_000 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) };
    expect(refused(JSON.stringify(many))).toBe('strategies: must be a list of 1 to 8 strategies (got 100000)');
    // "\u0073trategies" is "strategies" once parsed: the count is taken on the parsed value too.
    const escaped = JSON.stringify(many).replace('"strategies"', '"\\u0073trategies"');
    expect(refused(escaped)).toBe('strategies: must be a list of 1 to 8 strategies (got 100000)');
  });

  it('refuses too many waves, manual seeds and relevance entries on the raw value', () => {
    const waves = dividendScenario([{ content: { waves: Array.from({ length: 1000 }, (_, i) => i) } }]);
    expect(scenarioListProblem(waves)?.path).toBe('strategies[0].content.waves');
    const relevance = dividendScenario([{}, { content: { relevance: new Array(500_000).fill(0.5) } }]);
    expect(scenarioListProblem(relevance)?.path).toBe('strategies[1].content.relevance');
    const byCommunity = Object.fromEntries(Array.from({ length: 400_001 }, (_, i) => [String(i), 0.5]));
    expect(scenarioListProblem(dividendScenario([{ content: { relevance: { default: 0.5, byCommunity } } }]))?.reason.code).toBe('byCommunityTooMany');
    const seeds = { ...canonicalScenario(), strategies: [{ name: 'm', seeding: { method: 'manual', nodes: new Array(2_010_001).fill(0) } }] };
    expect(scenarioListProblem(seeds)?.path).toBe('strategies[0].seeding.nodes');
    expect(parseBoundedJson(`[${new Array(2_010_001).fill(0).join(',')}]`, LIMIT).ok).toBe(false);
  });

  it('refuses a text over the length bound without reading it', () => {
    expect(refusedAt('x'.repeat(101), 100)).toBe(
      'the scenario text is 101 characters long; at most 100 are read',
    );
  });

  it('gives JSON.parse’s message for malformed text, with control characters escaped', () => {
    const line = refused('\u001b]0;pwned\u0007\u001b[2J{"version": 1');
    expect(line).toMatch(/^invalid JSON: /);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toContain('\\u001b');
    for (const text of ['', '{', '}', ']]]', '{"a":"\\', '"unterminated', '{"a" 1}']) expect(() => parseBoundedJson(text, LIMIT)).not.toThrow();
  });
});

describe('the validator on hostile sizes (belt and braces behind the bounded parser)', () => {
  it('lists 200,000 unknown fields as a capped problem list without overflowing the stack', () => {
    const input: Record<string, unknown> = { ...canonicalScenario() };
    for (let i = 0; i < 200_000; i++) input[`f${i}`] = i;
    const check = checkScenario(input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toHaveLength(51);
    expect(check.problems[0]).toEqual({ path: 'f0', reason: { code: 'unknownField' } });
  });

  it('goes through the bounded parser when reading text', () => {
    expect(parseScenarioText(nested(10_000))).toEqual({ ok: false, errors: [`a.a.a.a.a.a…: nested deeper than ${MAX_JSON_DEPTH} levels`] });
    expect(checkScenarioText(JSON.stringify(canonicalScenario())).ok).toBe(true);
  });
});
