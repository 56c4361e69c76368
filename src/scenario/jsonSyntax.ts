/**
 * Where text stops being JSON, in words that are the same in every engine: "line 3, column 14:
 * unexpected ','; expected a value". JSON.parse's own messages differ between engines and
 * versions (the CLI's Node and the page's Chromium worded the same file differently) and quote
 * the text around the fault, which is noise to a person; the bounded parser uses this instead.
 * One linear pass with a stack of open containers: no recursion, whatever the nesting.
 */
import { escapeControl } from './controlText';

const enum Expect {
  Value,
  FirstInList,
  FirstKey,
  Key,
  Colon,
  After,
}

const OBJECT = 0;
const LIST = 1;

/** The first syntax fault of `text` (a byte-order mark is allowed first), or null when it is JSON. */
export function jsonSyntaxError(text: string): string | null {
  const n = text.length;
  const stack: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let state = Expect.Value;
  const fault = (at: number, what: string) => `${place(text, at)}: ${what}`;
  const unexpected = (at: number, expected: string) => fault(at, `unexpected ${shown(text, at)}; expected ${expected}`);
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return state === Expect.After && stack.length === 0 ? null : fault(i, 'the text ends before the JSON does');
    const c = text.charCodeAt(i);
    switch (state) {
      case Expect.FirstInList:
      case Expect.Value: {
        if (state === Expect.FirstInList && c === 0x5d) {
          stack.pop();
          i++;
          state = Expect.After;
          break;
        }
        const end = valueEnd(text, i, stack);
        if (end === STRING_OPEN) return fault(i, 'a text in double quotes is not closed');
        if (end === STRING_BAD) return fault(i, BAD_STRING);
        if (end < 0) return unexpected(i, 'a value');
        if (c === 0x7b) state = Expect.FirstKey;
        else if (c === 0x5b) state = Expect.FirstInList;
        else state = Expect.After;
        i = end;
        break;
      }
      case Expect.FirstKey:
      case Expect.Key: {
        if (state === Expect.FirstKey && c === 0x7d) {
          stack.pop();
          i++;
          state = Expect.After;
          break;
        }
        if (c !== 0x22) return unexpected(i, 'a field name in double quotes');
        const end = stringEnd(text, i);
        if (end === STRING_BAD) return fault(i, BAD_STRING);
        if (end < 0) return fault(i, 'a text in double quotes is not closed');
        i = end;
        state = Expect.Colon;
        break;
      }
      case Expect.Colon:
        if (c !== 0x3a) return unexpected(i, '":"');
        i++;
        state = Expect.Value;
        break;
      case Expect.After: {
        if (stack.length === 0) return unexpected(i, 'the end of the text');
        const top = stack[stack.length - 1];
        if (c === 0x2c) state = top === OBJECT ? Expect.Key : Expect.Value;
        else if ((top === OBJECT && c === 0x7d) || (top === LIST && c === 0x5d)) stack.pop();
        else return unexpected(i, top === OBJECT ? '"," or "}"' : '"," or "]"');
        i++;
        break;
      }
    }
  }
}

const STRING_OPEN = -2;
const STRING_BAD = -3;
const BAD_STRING = 'a text in double quotes holds a line break, a control character or a bad \\ escape';

/** End of the value starting at `i` (a container is opened on `stack`); −1 when none starts there. */
function valueEnd(text: string, i: number, stack: number[]): number {
  const c = text.charCodeAt(i);
  if (c === 0x7b) return stack.push(OBJECT), i + 1;
  if (c === 0x5b) return stack.push(LIST), i + 1;
  if (c === 0x22) {
    const end = stringEnd(text, i);
    return end === -1 ? STRING_OPEN : end;
  }
  if (c === 0x2d || isDigit(c)) return numberEnd(text, i);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  return -1;
}

/** End of the string whose quote is at `i`; −1 when it is not closed, STRING_BAD at a bad escape or control character. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return STRING_BAD;
    if (c === 0x5c) {
      const e = text.charAt(j + 1);
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return STRING_BAD;
        j += 5;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') j++;
      else return STRING_BAD;
    }
  }
  return -1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function numberEnd(text: string, i: number): number {
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  return m === null || m[0] === '-' || m[0] === '' ? -1 : i + m[0].length;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "line L, column C" of offset `at` (1-based; a column counts UTF-16 units, as editors mostly do). */
function place(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/** The character at `at`, quoted, control characters escaped. */
function shown(text: string, at: number): string {
  return `'${escapeControl(String.fromCodePoint(text.codePointAt(at) ?? 0))}'`;
}
