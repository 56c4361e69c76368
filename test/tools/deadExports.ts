/**
 * Lists exports of src/ and workers/ that nothing outside their own file uses: `npx tsx test/tools/deadExports.ts`.
 *
 * Grep-based (no knip offline): for every exported name (`export const|let|function|class|
 * interface|type|enum NAME`, `export { a, b }`), look for the name as a whole word in every other
 * source file of the project (src, workers, test, bench, configs). Three lists:
 *   dead       used nowhere outside its file (drop the export, or the symbol when unused inside too)
 *   test-only  used outside its file only by tests (kept: a test may check an internal directly)
 * A name that merely appears in another file (a same-named local, a comment) counts as used, so the
 * dead list errs on the safe side: every entry is really dead; some dead exports may be missed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'workers'];
const EVERYWHERE = ['src', 'workers', 'test', 'bench', 'calibration', '.ci', 'vite.config.ts', 'eslint.config.js', 'index.html'];
const DECLARED = /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const LISTED = /^export\s+(?:type\s+)?\{([^}]*)\}(?!\s*from)/gm;

function files(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : files(join(path, name))));
}

const isCode = (path: string) => /\.(ts|js|mjs|html)$/.test(path) && !path.endsWith('.d.ts');
const all = EVERYWHERE.flatMap(files).filter(isCode);
const text = new Map(all.map((path) => [path, readFileSync(path, 'utf8')]));
const isTest = (path: string) => path.startsWith('test/') || path.startsWith('test\\');

const dead: string[] = [];
const testOnly: string[] = [];
for (const path of SOURCES.flatMap(files).filter(isCode)) {
  const source = text.get(path)!;
  const names = [...source.matchAll(DECLARED)].map((m) => m[1]);
  for (const m of source.matchAll(LISTED)) names.push(...m[1].split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!.trim()).filter(Boolean));
  for (const name of new Set(names)) {
    const word = new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}($|[^\\w$])`);
    const users = all.filter((other) => other !== path && word.test(text.get(other)!));
    if (users.length === 0) dead.push(`${path}: ${name}`);
    else if (users.every(isTest)) testOnly.push(`${path}: ${name} (${users.length} test file${users.length > 1 ? 's' : ''})`);
  }
}
console.log(`dead (${dead.length}):\n  ${dead.join('\n  ')}`);
console.log(`\ntest-only (${testOnly.length}):\n  ${testOnly.join('\n  ')}`);
