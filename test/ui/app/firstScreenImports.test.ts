/**
 * The first screen loads only what it shows (issue 14): the modules the page's entry reaches
 * through static imports — what a bundler must put in the entry chunk — include no lesson, no
 * Analyse and no network-view module; those arrive through import() (lazyElements.ts,
 * lessonsOnDemand.ts). Read from the import graph of the sources, so it needs no build.
 * `import type` and `export type` are erased by the compiler and do not count; `import()` does not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** Static value imports of a module's text: `import … from 'x'`, `import 'x'`, `export … from 'x'`, minus type-only ones. */
export function staticImports(text: string): string[] {
  const specifiers: string[] = [];
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of withoutComments.matchAll(/^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2] === undefined) specifiers.push(m[4]);
  }
  for (const m of withoutComments.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specifiers.push(m[1]);
  return specifiers;
}

/** The file a relative specifier names (as Vite resolves TypeScript sources), or null for packages and assets. */
function resolveSource(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every source file reached from `entry` through static value imports (paths relative to the repository). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(repo, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    const name = relative(repo, file);
    if (seen.has(name)) continue;
    seen.add(name);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveSource(file, specifier);
      if (target !== null) todo.push(target);
    }
  }
  return seen;
}

describe('staticImports (the reader the graph is built with)', () => {
  it('counts value imports, side-effect imports and re-exports; not type-only imports, import() or comments', () => {
    const text = [
      "import { a, type B } from './a';",
      "import type { C } from './c';",
      "import './d';",
      "export { e } from './e';",
      "export type { F } from './f';",
      "import {\n  g,\n  h,\n} from './g';",
      "const lazy = () => import('./lazy');",
      "// import { x } from './comment';",
      "/* import './block'; */",
    ].join('\n');
    expect(staticImports(text).sort()).toEqual(['./a', './d', './e', './g']);
  });
});

describe('the entry chunk', () => {
  const graph = staticGraph('src/main.ts');
  const reached = (dir: string) => [...graph].filter((file) => file.startsWith(dir));

  it('reaches the app shell (the graph is read at all)', () => {
    expect(graph.has('src/ui/app/components/dlApp.ts')).toBe(true);
    expect(graph.has('src/ui/app/components/dlResults.ts')).toBe(true);
    expect(graph.has('src/ui/app/lazyElements.ts')).toBe(true);
  });

  it('includes no lesson module but the on-demand facade and the lesson types', () => {
    // lessonTypes.ts holds only types (erased); lessonsOnDemand.ts holds the import() calls.
    expect(reached('src/ui/app/lessons/').sort()).toEqual(['src/ui/app/lessons/lessonsOnDemand.ts']);
    expect(graph.has('src/ui/app/components/dlLesson.ts')).toBe(false);
    expect(graph.has('src/ui/app/components/dlLessonPicker.ts')).toBe(false);
  });

  it('includes no Analyse module (its words are in the catalogue)', () => {
    expect(reached('src/ui/app/analysis/')).toEqual([]);
  });

  it('includes the comparison charts but not the Analyse charts (they come with the Analyse chunk)', () => {
    expect(graph.has('src/ui/charts/elements/dlTimeSeries.ts')).toBe(true);
    for (const chart of ['dlSweepCurve', 'dlSweepHeatmap', 'dlBudgetFrontier', 'dlPosteriorIntervals', 'dlPredictiveFit']) {
      expect(graph.has(`src/ui/charts/elements/${chart}.ts`), chart).toBe(false);
    }
  });

  it('includes no network-view module', () => {
    expect(reached('src/ui/network/')).toEqual([]);
  });
});
