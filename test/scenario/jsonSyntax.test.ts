/**
 * Where text stops being JSON. Reference for *whether* a text is JSON: JSON.parse (every text it
 * accepts gives null, every text it refuses gives a place); the places are counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/scenario/jsonSyntax';
import { draw, rootKey } from '../../src/core/random';

function parses(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonSyntaxError', () => {
  it('says where and what, the same in every engine', () => {
    expect(jsonSyntaxError('{"version": 2, "runs": ,}')).toBe("line 1, column 24: unexpected ','; expected a value");
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).toBe("line 3, column 1: unexpected '}'; expected a field name in double quotes");
    expect(jsonSyntaxError('{"a" 1}')).toBe("line 1, column 6: unexpected '1'; expected \":\"");
    expect(jsonSyntaxError('[1 2]')).toBe("line 1, column 4: unexpected '2'; expected \",\" or \"]\"");
    expect(jsonSyntaxError('{"a": [1, 2}')).toBe("line 1, column 12: unexpected '}'; expected \",\" or \"]\"");
    expect(jsonSyntaxError('{"a": "open')).toBe('line 1, column 7: a text in double quotes is not closed');
    expect(jsonSyntaxError('{"a": "x\\qy"}')).toMatch(/^line 1, column 7: a text in double quotes holds/);
    expect(jsonSyntaxError('{"a": 1')).toBe('line 1, column 8: the text ends before the JSON does');
    expect(jsonSyntaxError('')).toBe('line 1, column 1: the text ends before the JSON does');
    expect(jsonSyntaxError('{} {}')).toBe("line 1, column 4: unexpected '{'; expected the end of the text");
    expect(jsonSyntaxError("{'a': 1}")).toBe("line 1, column 2: unexpected '''; expected a field name in double quotes");
    expect(jsonSyntaxError('\u001b[2J')).toBe("line 1, column 1: unexpected '\\u001b'; expected a value");
    expect(jsonSyntaxError('\ufeff{"a": [true, false, null, -1.5e3, "\\u00e9"]}')).toBeNull();
  });

  it('agrees with JSON.parse on 3,000 cut and mutated texts (seeded)', () => {
    const base = '{"version": 2, "name": "A \\"quoted\\" name", "runs": 100, "x": [1, -2.5e-3, true, false, null, {"k": "\\u00e9\\n"}], "e": {}, "l": []}';
    const key = rootKey('json-syntax');
    let n = 0;
    const rng = { next: () => draw(key, n++) };
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '-', '0', '1', '.', 'e', 't', 'n', ' ', '\n', 'x'];
    for (let k = 0; k < 3000; k++) {
      let text = base;
      const cuts = 1 + Math.floor(rng.next() * 3);
      for (let c = 0; c < cuts; c++) {
        const at = Math.floor(rng.next() * (text.length + 1));
        const r = rng.next();
        if (r < 0.33) text = text.slice(0, at);
        else if (r < 0.66) text = text.slice(0, at) + pieces[Math.floor(rng.next() * pieces.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1);
      }
      expect(jsonSyntaxError(text) === null, `case ${k}: ${JSON.stringify(text)}`).toBe(parses(text));
    }
  });

  it('stays linear and flat at any depth', () => {
    expect(jsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeNull();
    expect(jsonSyntaxError('['.repeat(200_000))).toBe('line 1, column 200001: the text ends before the JSON does');
  });
});
