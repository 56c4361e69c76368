/**
 * The paired comparison's words follow the metric's direction (issue #12: "costs 300 less", not
 * "beats in 0 % of runs, −300 cost"), and its text is wrapped, never cut with an ellipsis.
 * Expected strings are written out by hand from the definitions: shareBetter is the share of runs
 * where B's value is higher (ties half), so for a lower-is-better metric B is better in 1 − it.
 */
import { describe, expect, it } from 'vitest';
import { comparisonSentences } from '../../../src/ui/charts/pairedSentences';
import { pairedTextLayout } from '../../../src/ui/charts/pairedComparison';
import { estimateTextWidth, wrapText } from '../../../src/ui/charts/textLayout';
import { messageIn } from '../../../src/ui/i18n/t';

const MINUS = '\u2212';

describe('comparison wording follows the metric direction', () => {
  it('a cheaper strategy "costs less", with the interval of the saving', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'cost', meanDifference: -300, ci95: [-350, -250], shareBetter: 0.1, n: 100 }, 'A', 'en', 'USD');
    expect(a).toBe('B costs less than A in 90% of runs');
    expect(b).toBe('costs $300 less per run [95% CI $250–$350]');
  });

  it('a dearer strategy "costs more"; an interval across zero is signed', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'cost', meanDifference: 40, ci95: [-10, 90], shareBetter: 0.75, n: 100 }, 'A', 'en', 'USD');
    expect(a).toBe('B costs less than A in 25% of runs');
    expect(b).toBe(`costs $40.00 more per run [95% CI ${MINUS}$10.00 to +$90.00]`);
  });

  it('cost per incremental sale is worded per sale; ties count half either way', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'costPerConversion', meanDifference: -3.28, ci95: [-4, -2.5], shareBetter: 0.5, n: 4 }, 'A', 'en', 'USD');
    expect(a).toBe('B costs less than A in 50% of runs');
    expect(b).toBe('costs $3.28 less per incremental sale [95% CI $2.50–$4.00]');
  });

  it('fewer people muting is better', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'churned', meanDifference: -12, ci95: [-20, -4], shareBetter: 0.2, n: 50 }, 'A', 'en');
    expect(a).toBe('B has fewer people who muted than A in 80% of runs');
    expect(b).toBe('12 fewer people who muted per run [95% CI 4–20]');
  });

  it('higher-is-better metrics keep "beats" and the signed difference', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'converted', meanDifference: 120, ci95: [90, 150], shareBetter: 0.87, n: 100 }, 'A');
    expect(a).toBe('B beats A in 87% of runs');
    expect(b).toBe('+120 conversions per run [95% CI 90–150]');
  });

  it('no run gives n/a, never a made-up share', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'cost', meanDifference: NaN, ci95: null, shareBetter: NaN, n: 0 }, 'A', 'en', 'USD');
    expect(a).toBe('B costs less than A in n/a of runs');
    expect(b).toBe('costs n/a more per run [95% CI n/a]');
  });

  it('has the same words in Chinese through the catalogue', () => {
    const text = { cheaper: messageIn('zh-CN', 'chart.pairedCheaper'), costsLess: messageIn('zh-CN', 'chart.pairedCostsLess') };
    const [a, b] = comparisonSentences({ name: 'B', metric: 'cost', meanDifference: -300, ci95: [-350, -250], shareBetter: 0.1, n: 100 }, 'A', 'zh-CN', 'CNY', { ...text } as never);
    expect(a).toBe('B 在 90% 的模拟中比 A 花费更少');
    expect(b).toMatch(/^每次模拟少花 .*300.*（95% 置信区间 .*250.*350.*）$/);
  });
});

describe('wrapping instead of truncating', () => {
  // A measure of 10 px per character makes every width exact.
  const mono = (s: string) => Array.from(s).length * 10;

  it('breaks at spaces and keeps every word', () => {
    expect(wrapText('beats A in 100% of runs', 100, 12, mono)).toEqual(['beats A in', '100% of', 'runs']);
  });

  it('starts below the indent when not even the first word fits after it', () => {
    expect(wrapText('beats A', 100, 12, mono, 60)).toEqual(['', 'beats A']);
    expect(wrapText('beats A', 100, 12, mono, 30)).toEqual(['beats A']);
  });

  it('cuts a word longer than a line and breaks Chinese between characters', () => {
    expect(wrapText('abcdefghijkl', 50, 12, mono)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('在的模拟中胜过', 30, 12, mono)).toEqual(['在的模', '拟中胜', '过']);
  });

  it('lays out a long strategy name and both sentences with no line wider than the column and no character lost', () => {
    const name = '2 KOLs + 20 seed users, ads 1 % per hour';
    const sentences: [string, string][] = [[`${name} beats 20 seed users in 100% of runs`, '+4.9 incremental sales per run [95% CI 3.8–6]']];
    const [row] = pairedTextLayout(sentences, [name], 260, 13, estimateTextWidth);
    for (const line of [...row.name, ...row.rest, ...row.detail]) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(242);
    expect([...row.name, ...row.rest].join(' ').replace(/\s+/g, ' ').trim()).toBe(sentences[0][0]);
    expect(row.detail.join(' ')).toBe(sentences[0][1]);
    expect(row.lines).toBe(row.name.length + row.rest.length - 1 + row.detail.length);
  });
});
