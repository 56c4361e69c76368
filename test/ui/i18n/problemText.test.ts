/**
 * Scenario problems in the UI languages. English through the catalogue is exactly the CLI's
 * line; Chinese words every problem of the corpus of bad scenarios (and every reason code) with
 * the Chinese templates — no English fallback — while the path stays as written in the file.
 */
import { describe, expect, it } from 'vitest';
import { problemLine, reasonText } from '../../../src/scenario/problemText';
import { PROBLEM_TEXT_EN } from '../../../src/scenario/problemText.en';
import type { ScenarioProblem } from '../../../src/scenario/reasons';
import { checkScenario, checkScenarioText } from '../../../src/scenario/validateScenario';
import { setLocale } from '../../../src/ui/i18n/locale';
import { EN } from '../../../src/ui/i18n/messages.en';
import { ZH_CN } from '../../../src/ui/i18n/messages.zh-CN';
import { problemIn, reasonIn } from '../../../src/ui/i18n/problemText';
import { BAD_SCENARIOS, WARNING_SCENARIOS } from '../../scenario/badScenarios';
import { REASON_SAMPLES } from '../../scenario/reasonSamples';
import { englishPhrases } from './englishPhrases';

const CJK = /[\u4e00-\u9fff]/;

/** English phrases of the templates (single words such as "strategies" or "byCommunity" are also field names). */
const ENGLISH_FRAGMENTS = englishPhrases(PROBLEM_TEXT_EN);

/** Why a Chinese reason is not fully Chinese, or null. */
function fallbackIn(zh: string, en: string): string | null {
  if (zh === en) return 'same as English';
  if (!CJK.test(zh)) return 'no Chinese';
  const english = ENGLISH_FRAGMENTS.find((f) => zh.includes(f));
  return english === undefined ? null : `English words: "${english}"`;
}

/** Every problem and warning of the corpus. */
function corpusProblems(): { name: string; problem: ScenarioProblem }[] {
  const out: { name: string; problem: ScenarioProblem }[] = [];
  for (const c of BAD_SCENARIOS) {
    const check = 'text' in c ? checkScenarioText(c.text) : checkScenario(c.input);
    if (!check.ok) out.push(...check.problems.map((problem) => ({ name: c.name, problem })));
  }
  for (const c of WARNING_SCENARIOS) {
    const check = checkScenario(c.input);
    if (check.ok) out.push(...check.warnings.map((problem) => ({ name: c.name, problem })));
  }
  return out;
}

describe('scenario problems in the catalogue', () => {
  it('English includes the validator’s table as is; Chinese translates every entry', () => {
    for (const [key, text] of Object.entries(PROBLEM_TEXT_EN)) {
      expect(EN[key as keyof typeof EN], key).toBe(text);
      // A template of placeholders and punctuation only ("{reason} ({note})") has no words to translate.
      if (/[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, ''))) expect(ZH_CN[key as keyof typeof ZH_CN], key).toMatch(CJK);
    }
  });

  it('the corpus covers most reason codes (the rest are rendered from samples below)', () => {
    const codes = new Set(corpusProblems().map((p) => p.problem.reason.code));
    expect(codes.size).toBeGreaterThan(50);
  });
});

describe('scenario problems in the UI languages', () => {
  const problems = corpusProblems();

  it('English through the catalogue is the CLI’s line, for every problem of the corpus', () => {
    expect(problems.length).toBeGreaterThan(250);
    const different = problems.filter(({ problem }) => problemIn(problem, 'en') !== problemLine(problem));
    expect(different).toEqual([]);
  });

  it('Chinese words every problem of the corpus without an English fallback, path as written', () => {
    const bad: string[] = [];
    for (const { name, problem } of problems) {
      const zh = problemIn(problem, 'zh-CN');
      const why = problem.reason.code === 'other' ? 'fallback reason' : fallbackIn(reasonIn(problem.reason, 'zh-CN'), reasonText(problem.reason));
      if (why) bad.push(`${name}: ${zh} (${why})`);
      if (problem.path !== null && !zh.startsWith(`${problem.path}: `)) bad.push(`${name}: path changed in ${zh}`);
    }
    expect(bad).toEqual([]);
  });

  it('every reason code has Chinese words; only the unforeseen `other` falls back to its English text', () => {
    for (const reason of Object.values(REASON_SAMPLES)) {
      const zh = reasonIn(reason, 'zh-CN');
      if (reason.code === 'other') expect(zh).toBe(reason.text);
      else expect(fallbackIn(zh, reasonText(reason)), `${reason.code}: ${zh}`).toBeNull();
      expect(reasonIn(reason, 'en')).toBe(reasonText(reason));
    }
  });

  it('reads naturally in Chinese, numbers as written in the file', () => {
    expect(problemIn({ path: 'strategies[1].seeding.count', reason: { code: 'intRange', min: 0, max: 100, note: { kind: 'nodes' } } }, 'zh-CN')).toBe(
      'strategies[1].seeding.count: 必须是 0 到 100 之间的整数（节点数）',
    );
    expect(reasonIn({ code: 'textLength', min: 1, max: 100, got: { kind: 'missing' } }, 'zh-CN')).toBe('必填；必须是 1 到 100 个字符的文本');
    expect(reasonIn({ code: 'numberRange', min: 0, max: 1, got: { kind: 'value', text: '1.5' } }, 'zh-CN')).toBe('必须是 0 到 1 之间的数（实际为 1.5）');
    expect(reasonIn(REASON_SAMPLES.tooManyArcs, 'zh-CN')).toBe('网络将有约 60,000,000 条连接；最多只能容纳 40,000,000 条（请减少节点数或度数）');
    expect(problemIn({ path: null, reason: { code: 'invalidJson', detail: 'Unexpected end of JSON input' } }, 'zh-CN')).toBe(
      '不是有效的 JSON：Unexpected end of JSON input',
    );
  });

  it('follows the current language', () => {
    const reason = REASON_SAMPLES.unknownField;
    expect(reasonIn(reason)).toBe('unknown field');
    setLocale('zh-CN', { remember: false });
    try {
      expect(reasonIn(reason)).toBe('未知字段');
    } finally {
      setLocale('en', { remember: false });
    }
  });
});
