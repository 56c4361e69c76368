/** A field's problems in the field's own unit: a share shown in percent is refused in percent. */
import { afterEach, describe, expect, it } from 'vitest';
import { fieldProblemText } from '../../../src/ui/app/fieldProblemText';
import { setLocale } from '../../../src/ui/i18n/locale';

afterEach(() => setLocale('en', { remember: false }));

describe('fieldProblemText', () => {
  const range = { code: 'numberRange' as const, min: 0, max: 1 };

  it('a percent field says its range and the typed value in percent', () => {
    setLocale('en', { remember: false });
    expect(fieldProblemText({ ...range, got: { kind: 'value', text: '1.5' } }, { percent: 0 })).toBe('must be between 0 % and 100 % (got 150 %)');
    expect(fieldProblemText({ ...range, got: { kind: 'value', text: '-0.025' } }, { percent: 1 })).toBe('must be between 0 % and 100 % (got -2.5 %)');
    setLocale('zh-CN', { remember: false });
    expect(fieldProblemText({ ...range, got: { kind: 'value', text: '1.5' } }, { percent: 0 })).toBe('必须在 0% 到 100% 之间（实际为 150%）');
  });

  it('other fields and other problems keep the validator’s words (the CLI’s line)', () => {
    setLocale('en', { remember: false });
    expect(fieldProblemText({ ...range, got: { kind: 'value', text: '1.5' } }, {})).toBe('must be a number between 0 and 1 (got 1.5)');
    expect(fieldProblemText({ ...range, got: { kind: 'value', text: '"lots"' } }, { percent: 0 })).toBe('must be a number between 0 and 1 (got "lots")');
    expect(fieldProblemText({ code: 'intRange', min: 0, max: 400, got: { kind: 'value', text: '500' } }, { percent: 0 })).toBe('must be an integer between 0 and 400 (got 500)');
  });
});
