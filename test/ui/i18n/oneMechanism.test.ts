/**
 * One translation mechanism: Chinese text lives only in the typed catalogue
 * (src/ui/i18n/messages/<feature>.zh-CN.ts), in the lessons' paired prose (src/ui/app/lessons/)
 * and in the scenario files' `translations`; no other source file holds a string table of its
 * own. Checked on the source text: a Chinese character in code (comments aside) anywhere else is a
 * second mechanism, or a copy of a catalogue message, and fails here. (That every key has both
 * languages is a type error otherwise, and test/ui/i18n/catalogue.test.ts checks it at run time.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Where Chinese may be written: the catalogue's Chinese files, the lessons' prose, each language's own name. */
const ALLOWED = [/^src\/ui\/i18n\/messages\/[\w-]+\.zh-CN\.ts$/, /^src\/ui\/app\/lessons\/\w+\.ts$/, /^src\/ui\/i18n\/locale\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The code of a file without its comments (block comments and whole-line `//` comments). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('one translation mechanism', () => {
  it('has Chinese text only in the catalogue, the lessons and the language names', () => {
    const files = ['src', 'workers', 'bench'].flatMap((d) => sourceFiles(join(ROOT, d))).map((f) => relative(ROOT, f).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.filter((f) => !ALLOWED.some((re) => re.test(f)) && CJK.test(codeOf(readFileSync(join(ROOT, f), 'utf8'))));
    expect(offending).toEqual([]);
  });

  it('the check sees Chinese in code and ignores it in comments', () => {
    expect(CJK.test(codeOf("const label = '货币';"))).toBe(true);
    expect(CJK.test(codeOf('/** 中文 */\n// 中文\nconst x = 1;'))).toBe(false);
  });

});
