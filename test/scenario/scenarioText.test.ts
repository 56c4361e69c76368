/** The scenario's text: two-space JSON with a final newline, remembered per (immutable) object. */
import { describe, expect, it } from 'vitest';
import { rememberScenarioText, scenarioText } from '../../src/scenario/scenarioText';
import { countLines, rememberLineCount } from '../../src/scenario/edgeListLines';

describe('scenarioText', () => {
  it('is JSON indented by two spaces with a final newline', () => {
    expect(scenarioText({ a: [1, 2], b: 'x' })).toBe('{\n  "a": [\n    1,\n    2\n  ],\n  "b": "x"\n}\n');
    expect(scenarioText(null)).toBe('null\n');
  });

  it('gives a new object its own text and the same object the remembered one', () => {
    const a = { name: 'a' };
    expect(scenarioText(a)).toBe('{\n  "name": "a"\n}\n');
    const b = { ...a, name: 'b' };
    expect(scenarioText(b)).toBe('{\n  "name": "b"\n}\n');
    // What the upload worker wrote for a value is what the page uses for it.
    const c = { name: 'c' };
    rememberScenarioText(c, '{\n  "name": "c"\n}\n');
    expect(scenarioText(c)).toBe('{\n  "name": "c"\n}\n');
  });
});

describe('countLines of long texts (the last one is remembered)', () => {
  it('counts each distinct long text, also one of the same length right after', () => {
    const long = (lines: number, width: number) => Array.from({ length: lines }, (_, i) => String(i).padStart(width, '0')).join('\n');
    const a = long(20_000, 9); // 199,999 characters, 20,000 lines
    const b = `${a.slice(0, 100_000)}\n${a.slice(100_001)}`; // same length, one more line break
    expect(a.length).toBe(b.length);
    expect(countLines(a)).toBe(20_000);
    expect(countLines(b)).toBe(20_001);
    expect(countLines(a)).toBe(20_000);
    expect(countLines(`${a}\n`)).toBe(20_000);
  });

  it('takes the count the upload worker made for the same text', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `${i},${i + 1}`).join('\n');
    rememberLineCount(text, 30_000);
    expect(countLines(text)).toBe(30_000);
    // Another text is counted, not given the remembered number.
    expect(countLines(`${text}\n1,2`)).toBe(30_001);
  });
});
