/**
 * Counts the tests of the suite by kind, for issue reports: `npx tsx test/tools/countTests.ts`.
 *
 * A static count of test declarations (`it(`, `test(`, `it.each(`, `it.skipIf(…)(` …): a
 * parametrised test or a test declared in a loop counts once; in a type test file, each
 * `expectTypeOf` assertion and each `@ts-expect-error` line counts. Kinds, by where the file lives:
 *   type        *.test-d.ts (vitest expectTypeOf, checked by `vitest --typecheck`) and test/types/
 *   component   test/e2e/components/ (one Lit element alone in a real Chromium)
 *   browser e2e the rest of test/e2e/ (the built app or a harness page in a real Chromium)
 *   statistical unit-suite files that compare seeded simulations with a theory or a published
 *               figure within a stated tolerance (they mention a tolerance, a standard error,
 *               a confidence interval or a z-score)
 *   unit        every other file of the unit suite
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'test';
const DECLARATION = /(?:^|[^\w.])(?:it|test)(?:\.(?:each|skipIf|runIf|concurrent|fails)\b[^(]*\([^)]*\))?\(/gm;
/** A type test file's assertions: each expectTypeOf and each @ts-expect-error is one check. */
const TYPE_ASSERTION = /\bexpectTypeOf[<(]|^\s*\/\/ @ts-expect-error/gm;
const STATISTICAL = /toleran|standard error|confidence interval|z-score|\bz\s*[<>]=?|\bstdError\b|±/i;

type Kind = 'unit' | 'statistical' | 'browser e2e' | 'component' | 'type';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function kindOf(path: string, text: string): Kind | null {
  if (path.endsWith('.test-d.ts') || path.startsWith(join(ROOT, 'types'))) return 'type';
  if (!path.endsWith('.test.ts')) return null;
  if (path.startsWith(join(ROOT, 'e2e', 'components'))) return 'component';
  if (path.startsWith(join(ROOT, 'e2e'))) return 'browser e2e';
  return STATISTICAL.test(text) ? 'statistical' : 'unit';
}

const counts = new Map<Kind, { files: number; tests: number }>();
for (const path of files(ROOT)) {
  const text = readFileSync(path, 'utf8');
  const kind = kindOf(path, text);
  if (!kind) continue;
  const tests = kind === 'type' ? (text.match(TYPE_ASSERTION) ?? []).length : (text.match(DECLARATION) ?? []).length;
  const entry = counts.get(kind) ?? { files: 0, tests: 0 };
  counts.set(kind, { files: entry.files + 1, tests: entry.tests + tests });
}
for (const kind of ['unit', 'statistical', 'browser e2e', 'component', 'type'] as const) {
  const { files: f, tests } = counts.get(kind) ?? { files: 0, tests: 0 };
  console.log(`${kind.padEnd(12)} ${String(tests).padStart(5)} tests in ${String(f).padStart(3)} files`);
}
