/**
 * Problems as data, worded in English: for every bad scenario of the corpus the structured
 * problems render to exactly the lines the validator printed before problems became data
 * (recorded in badScenarios.expected.json), so the CLI's output did not change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { edgeListErrorText } from '../../src/core/networks/edgeList';
import { issuesToProblems } from '../../src/scenario/issues';
import { problemLine, reasonRenderer, reasonText } from '../../src/scenario/problemText';
import { PROBLEM_TEXT_EN, type ProblemWords } from '../../src/scenario/problemText.en';
import { decodeReason, encodeReason, type Reason } from '../../src/scenario/reasons';
import { placeholdersOf } from '../../src/ui/i18n/catalogue';
import { checkScenario, checkScenarioText, parseScenarioText, validateScenario } from '../../src/scenario/validateScenario';
import { BAD_SCENARIOS, WARNING_SCENARIOS } from './badScenarios';
import { EDGE_LIST_ERRORS, REASON_SAMPLES } from './reasonSamples';
import { jsonSyntaxError } from '../../src/scenario/jsonSyntax';

const recorded = JSON.parse(readFileSync(new URL('./badScenarios.expected.json', import.meta.url), 'utf8')) as {
  errors: Record<string, string[]>;
  warnings: Record<string, string[]>;
};

/** What parseScenarioText prints for a text: where it stops being JSON (jsonSyntax.test.ts checks those places by hand), or the validator's lines. */
function expectedForText(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    const result = validateScenario(value);
    return result.ok ? [] : result.errors;
  } catch {
    return [`invalid JSON: ${jsonSyntaxError(text)}`];
  }
}

describe('structured problems → English lines', () => {
  it('the corpus names are unique and every recorded input is in it', () => {
    const names = BAD_SCENARIOS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(recorded.errors).filter((n) => !names.includes(n))).toEqual([]);
  });

  it.each(BAD_SCENARIOS.map((c) => [c.name, c] as const))('%s: the same lines as before', (_name, c) => {
    if ('text' in c) {
      const check = checkScenarioText(c.text);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.problems.map(problemLine)).toEqual(expectedForText(c.text));
      expect(parseScenarioText(c.text)).toEqual({ ok: false, errors: expectedForText(c.text) });
      return;
    }
    const check = checkScenario(c.input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const expected = recorded.errors[c.name];
    expect(expected, 'recorded').toBeDefined();
    expect(check.problems.map(problemLine)).toEqual(expected);
    expect(validateScenario(c.input)).toEqual({ ok: false, errors: expected });
    // No problem fell back to zod's own words.
    expect(check.problems.filter((p) => p.reason.code === 'other')).toEqual([]);
  });

  it.each(WARNING_SCENARIOS.map((c) => [c.name, c] as const))('warnings of %s: the same lines as before', (_name, c) => {
    const check = checkScenario(c.input);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.warnings.map(problemLine)).toEqual(recorded.warnings[c.name]);
  });

  it('gives each problem its path as written and a reason code with parameters', () => {
    const check = checkScenario({
      version: 1,
      name: 'x',
      network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 },
      model: { kind: 'independent-cascade', probability: 0.3 },
      strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }, { name: 'b', seeding: { method: 'degree', count: 101 } }],
    });
    expect(check).toEqual({
      ok: false,
      problems: [{ path: 'strategies[1].seeding.count', reason: { code: 'intRange', min: 0, max: 100, note: { kind: 'nodes' } } }],
    });
    const missing = checkScenario({ version: 1, name: 'x', network: { nodes: 5 }, model: { kind: 'bass', innovation: 0.1, imitation: '0.2' }, strategies: [] });
    expect(!missing.ok && missing.problems).toEqual(
      expect.arrayContaining([
        { path: 'network.kind', reason: { code: 'oneOf', values: expect.arrayContaining(['erdos-renyi']), got: { kind: 'missing' } } },
        { path: 'model.imitation', reason: { code: 'numberRange', min: 0, max: 1, got: { kind: 'value', text: '"0.2"' } } },
      ]),
    );
    expect(checkScenarioText('{')).toEqual({ ok: false, problems: [{ path: null, reason: { code: 'invalidJson', detail: expect.any(String) } }] });
  });

  it('an edge-list reason reads exactly as the parser’s English message', () => {
    for (const error of EDGE_LIST_ERRORS) expect(reasonText({ code: 'edgeList', error })).toBe(edgeListErrorText(error).replace(/[\r\n\t]+/g, ' '));
  });

  it('words the reasons no corpus entry reaches as the validator did', () => {
    expect(reasonText(REASON_SAMPLES.edgeListLines)).toBe('has 20000001 lines; at most 20000000 edges fit');
    expect(reasonText(REASON_SAMPLES.edgeListTooManyNodes)).toBe('has 2000001 nodes; at most 2000000 fit');
    expect(reasonText(REASON_SAMPLES.positiveNumber)).toBe('must be a number greater than 0 and at most 10 (got 0)');
    expect(reasonText(REASON_SAMPLES.tooManyArcs)).toBe('the network would have about 60,000,000 arcs; at most 40,000,000 fit (lower nodes or degree)');
    expect(reasonText(REASON_SAMPLES.nodeList)).toBe('required; must be a list of node indices');
    expect(reasonText(REASON_SAMPLES.scenarioObject)).toBe('must be a JSON object {version, name, network, model, strategies, …} (got a undefined)');
  });

  it('every reason code renders, with no placeholder left unfilled', () => {
    for (const reason of Object.values(REASON_SAMPLES)) {
      const text = reasonText(reason);
      expect(text.length, reason.code).toBeGreaterThan(0);
      expect(text, reason.code).not.toMatch(/\{\w+\}/);
    }
  });

  it('every template is used by some reason (none is dead)', () => {
    // Each template replaced by its own key plus its placeholders, so nested wording stays traceable.
    const traced = Object.fromEntries(
      Object.entries(PROBLEM_TEXT_EN).map(([key, text]) => [key, `«${key}»${placeholdersOf(text).map((p) => `{${p}}`).join('')}`]),
    ) as unknown as ProblemWords;
    const render = reasonRenderer(traced).reason;
    const variants: Reason[] = [
      ...Object.values(REASON_SAMPLES),
      ...EDGE_LIST_ERRORS.map((error) => ({ code: 'edgeList', error }) as const),
      { code: 'textLength', min: 0, max: 5000 },
      { code: 'object' },
      ...(['number', 'string', 'boolean', 'undefined', 'bigint'] as const).map((type) => ({ code: 'scenarioObject', got: { kind: 'type', type } }) as const),
      ...(['nodes', 'ordinaryUsers', 'kolAccounts', 'nodesMinusOne', 'belowNodes'] as const).map((kind) => ({ code: 'intRange', min: 0, max: 1, note: { kind } }) as const),
      { code: 'intRange', min: 0, max: 99, note: { kind: 'nodeIndex', nodes: 100, kols: 0 } },
      { code: 'numberRange', min: 0, max: 1, note: { kind: 'perCommunity', size: 5 } },
      { code: 'relevanceEntries', entries: 11, communities: 10 },
      ...(['string', 'array', 'boolean', 'object', 'bigint'] as const).map((expected) => ({ code: 'mustBeType', expected }) as const),
      ...(['number', 'text'] as const).map((what) => ({ code: 'tooBig', max: 1, what }) as const),
      ...(['number', 'list'] as const).map((what) => ({ code: 'tooSmall', min: 1, what }) as const),
      ...(['syntax', 'notNumber'] as const).map((problem) => ({ code: 'uncertainPath', problem }) as const),
    ];
    const rendered = variants.map(render).join('\n');
    expect(Object.keys(PROBLEM_TEXT_EN).filter((key) => !rendered.includes(`«${key}»`))).toEqual([]);
  });
});

describe('reasons through zod', () => {
  it('a reason survives zod’s message string; zod’s own issues get a reason of ours', () => {
    const reason = REASON_SAMPLES.intRange;
    expect(decodeReason(encodeReason(reason))).toEqual(reason);
    expect(decodeReason('Invalid input')).toBeNull();
    const plain = z.strictObject({ n: z.number().max(3), list: z.array(z.string()).min(2), s: z.string() });
    const result = plain.safeParse({ n: 5, list: ['a'], s: 1, extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const problems = issuesToProblems(result.error.issues, ['model']);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'model.n', reason: { code: 'tooBig', max: 3, what: 'number' } },
        { path: 'model.list', reason: { code: 'tooSmall', min: 2, what: 'list' } },
        { path: 'model.s', reason: { code: 'mustBeType', expected: 'string' } },
        { path: 'model.extra', reason: { code: 'unknownField' } },
      ]),
    );
    expect(problems.map(problemLine)).toEqual(
      expect.arrayContaining(['model.n: must be at most 3', 'model.list: must have at least 2 entries', 'model.s: must be a text', 'model.extra: unknown field']),
    );
  });
});
