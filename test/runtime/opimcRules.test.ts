/**
 * OPIM-C's ε and δ: one rule for the page's form and the CLI (bestSeedsRules.ts
 * checkOpimcParameters) — each strictly between 0 and 1, δ blank = 1/n — refused with a message
 * naming the field, the same requests refused by both.
 */
import { describe, expect, it } from 'vitest';
import { parseBestSeedsArgs } from '../../src/cli/commands/bestSeedsCommand';
import { bestSeedsProblemLine, checkBestSeedsRequest } from '../../src/runtime/bestSeedsRules';
import { validateBestSeedsForm } from '../../src/ui/app/analysis/analysisForms';
import { formErrorText } from '../../src/ui/app/analysis/analysisMessages';
import { rulesScenario } from '../fixtures/rulesWorld';

/** The rules world without KOL accounts. */
const scenario = () => rulesScenario({}, { kols: undefined });

const form = (epsilon: string, delta: string) => ({ strategy: '0', k: '3', samples: '200', method: 'imm' as const, epsilon, delta });

/** The CLI's one-line refusal, or null when it accepts the options. */
function cliRefusal(epsilon: string, delta: string): string | null {
  try {
    parseBestSeedsArgs(['s.json', '--k', '3', '--method', 'imm', `--epsilon=${epsilon}`, ...(delta === '' ? [] : [`--delta=${delta}`])]);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('OPIM-C parameters: the same rules on the page and in the CLI', () => {
  const cases: [string, string, 'epsilon' | 'delta' | null][] = [
    ['0.1', '', null],
    ['0.5', '0.01', null],
    ['0', '', 'epsilon'],
    ['1', '', 'epsilon'],
    ['1.5', '', 'epsilon'],
    ['-0.1', '', 'epsilon'],
    ['0.1', '0', 'delta'],
    ['0.1', '1', 'delta'],
    ['0.1', '2', 'delta'],
  ];
  for (const [epsilon, delta, field] of cases)
    it(`ε ${epsilon}, δ ${delta === '' ? 'blank (1/n)' : delta}: ${field === null ? 'accepted' : `refused, naming ${field}`}`, () => {
      const page = validateBestSeedsForm(form(epsilon, delta), scenario());
      const cli = cliRefusal(epsilon, delta);
      if (field === null) {
        expect(page.ok).toBe(true);
        expect(cli).toBeNull();
        if (page.ok) expect(page.value).toMatchObject({ method: 'imm', epsilon: Number(epsilon), delta: delta === '' ? null : Number(delta) });
        return;
      }
      expect(page.ok).toBe(false);
      if (page.ok) return;
      expect(page.errors.map((e) => e.field)).toEqual([field]);
      const typed = field === 'epsilon' ? epsilon : delta;
      const label = field === 'epsilon' ? 'ε (epsilon)' : 'δ (delta)';
      expect(formErrorText(page.errors[0], 'en')).toBe(`${label}: must be a number strictly between 0 and 1 (got ${typed})`);
      expect(formErrorText(page.errors[0], 'zh-CN')).toContain('必须是严格介于 0 与 1 之间的数');
      expect(cli).toBe(`best-seeds: --${field} must be a number strictly between 0 and 1; got ${Number(typed)}`);
    });

  it('the shared request check says the same line, and ignores ε and δ for CELF', () => {
    const [p] = checkBestSeedsRequest(scenario(), { strategy: 0, k: 3, samples: 10, method: 'imm', epsilon: 1, delta: null });
    expect(p).toEqual({ field: 'epsilon', kind: 'fraction', got: 1 });
    expect(bestSeedsProblemLine(p)).toBe('--epsilon must be a number strictly between 0 and 1; got 1');
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 3, samples: 10, epsilon: 1, delta: 5 })).toEqual([]);
  });

  it('a text that is not a number names its field on the page; the CLI refuses it too', () => {
    const page = validateBestSeedsForm(form('abc', ''), scenario());
    expect(page.ok).toBe(false);
    if (!page.ok) expect(page.errors.map((e) => [e.field, e.key])).toEqual([['epsilon', 'analysis.error.number']]);
    expect(cliRefusal('abc', '')).toMatch(/^best-seeds: --epsilon must be a number strictly between 0 and 1 \(got "abc"\)$/);
  });
});
