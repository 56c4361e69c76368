/**
 * The rules of eslint.config.js fire: small snippets linted at virtual paths (the files need not
 * exist) through ESLint's Node API with the project's own config, so a rule cannot silently stop
 * working (a mistyped glob, a pattern that no longer matches, a config object that overrides another).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });

/** The rules that report on `code` placed at `path` (relative to the repository root). */
async function firing(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? '');
}

const BOUNDARY = 'no-restricted-imports';
const MATH = 'no-restricted-properties';
const DECLARED = 'local/declared-dependencies';

describe('import boundaries', () => {
  it('src/core imports nothing of the project outside src/core, at any depth', async () => {
    expect(await firing('src/core/x.ts', "import { a } from '../ui/app/x';\nexport { a };")).toEqual([BOUNDARY]);
    expect(await firing('src/core/x.ts', "import { a } from '../runtime/jobs';\nexport { a };")).toEqual([BOUNDARY]);
    expect(await firing('src/core/dividend/x.ts', "import type { A } from '../../scenario/schema';\nexport type { A };")).toEqual([BOUNDARY]);
    expect(await firing('src/core/a/b/x.ts', "export * from '../../../sweep/pareto';")).toEqual([BOUNDARY]);
    expect(await firing('src/core/x.ts', "import { a } from '../../test/x';\nexport { a };")).toEqual([BOUNDARY]);
  });

  it('src/core may import src/core and packages', async () => {
    expect(await firing('src/core/x.ts', "import { a } from './random';\nimport { b } from './math/portableExp';\nexport { a, b };")).toEqual([]);
    expect(await firing('src/core/dividend/x.ts', "import { a } from '../random';\nimport { b } from './campaign';\nexport { a, b };")).toEqual([]);
    expect(await firing('src/core/x.ts', "import seedrandom from 'seedrandom';\nexport { seedrandom };")).toEqual([]);
  });

  it('nothing below src/scenario, src/sweep, src/runtime, src/cli, src/evidence or workers/ imports src/ui', async () => {
    const cases: [string, string][] = [
      ['src/scenario/x.ts', '../ui/app/fieldSpecs'],
      ['src/sweep/x.ts', '../ui/theme'],
      ['src/runtime/x.ts', '../ui/app/analysis/bestSeedsJob'],
      ['src/cli/commands/x.ts', '../../ui/export/csv'],
      ['src/evidence/x.ts', '../ui/i18n/strings'],
      ['workers/x.worker.ts', '../src/ui/app/aggregation'],
      ['src/runtime/x.ts', '../../src/ui/app/x'],
    ];
    for (const [path, from] of cases) {
      expect(await firing(path, `import { a } from '${from}';\nexport { a };`), `${path} importing ${from}`).toEqual([BOUNDARY]);
    }
  });

  it('the page, tests and the other layers may import what they need', async () => {
    expect(await firing('src/ui/app/x.ts', "import { a } from '../../runtime/aggregation';\nimport { b } from '../../core/random';\nexport { a, b };")).toEqual([]);
    expect(await firing('src/runtime/x.ts', "import { a } from '../core/random';\nimport { b } from './jobs';\nexport { a, b };")).toEqual([]);
    expect(await firing('workers/x.worker.ts', "import { a } from '../src/runtime/aggregation';\nexport { a };")).toEqual([]);
    expect(await firing('test/ui/x.test.ts', "import { a } from '../../src/ui/theme';\nexport { a };")).toEqual([]);
  });
});

describe('determinism', () => {
  it('no Math.random or engine-dependent Math functions in the simulation code', async () => {
    for (const dir of ['src/core', 'src/core/dividend', 'src/scenario', 'src/sweep', 'src/runtime', 'src/evidence']) {
      for (const fn of ['random()', 'exp(1)', 'log(2)', 'log1p(1)', 'pow(2, 0.5)', 'sin(1)', 'cos(1)']) {
        expect(await firing(`${dir}/x.ts`, `export const y = Math.${fn};`), `${dir}: Math.${fn}`).toEqual([MATH]);
      }
    }
    expect(await firing('src/core/x.ts', 'const { exp } = Math;\nexport const y = exp(1);')).toEqual([MATH]);
  });

  it('the portable math module, other Math functions and the page are free', async () => {
    expect(await firing('src/core/math/portableExp.ts', 'export const y = Math.exp(1) + Math.log(2);')).toEqual([]);
    expect(await firing('src/core/portableMath.ts', 'export const y = Math.pow(2, 0.5);')).toEqual([]);
    expect(await firing('src/core/x.ts', 'export const y = Math.sqrt(2) + Math.abs(-1) + Math.floor(1.5);')).toEqual([]);
    expect(await firing('src/ui/x.ts', 'export const y = Math.random() + Math.cos(1);')).toEqual([]);
  });
});

describe('shadow DOM boundaries', () => {
  const SHADOW = 'no-restricted-syntax';
  it("reports a page element reading another element's shadowRoot, however it is written", async () => {
    expect(await firing('src/ui/app/x.ts', "export const a = (el: Element) => el.shadowRoot;")).toEqual([SHADOW]);
    expect(await firing('src/ui/app/components/x.ts', "export const a = () => document.querySelector('dl-results')?.shadowRoot?.querySelector('dl-network-view');")).toEqual([SHADOW]);
    expect(await firing('src/ui/charts/x.ts', "export class A extends HTMLElement { f() { return this.host.shadowRoot; } }")).toEqual([SHADOW]);
  });

  it("allows an element its own shadowRoot, and tests any", async () => {
    expect(await firing('src/ui/app/x.ts', "export class A extends HTMLElement { f() { return this.shadowRoot?.activeElement; } }")).toEqual([]);
    expect(await firing('test/e2e/x.ts', "export const a = () => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results');")).toEqual([]);
  });
});

describe('declared dependencies', () => {
  it('reports a package package.json does not declare, however it is imported', async () => {
    expect(await firing('src/ui/x.ts', "import pad from 'left-pad';\nexport { pad };")).toEqual([DECLARED]);
    expect(await firing('test/x.test.ts', "export * from '@scope/not-declared/sub';")).toEqual([DECLARED]);
    expect(await firing('bench/x.ts', "export const m = import('not-declared');")).toEqual([DECLARED]);
    expect(await firing('src/runtime/x.node.ts', "declare const require: (id: string) => unknown;\nexport const m = require('not-declared');")).toEqual([DECLARED]);
  });

  it('accepts declared packages, their subpaths, Node built-ins and relative paths', async () => {
    const code = [
      "import { csvFormatRows } from 'd3-dsv';",
      "import { nodeEndpoint } from 'comlink/dist/esm/node-adapter.mjs';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { a } from './x';",
      "declare const require: (id: string) => unknown;",
      "export const esbuild = require('esbuild');",
      'export { csvFormatRows, nodeEndpoint, readFileSync, join, a };',
    ].join('\n');
    expect(await firing('src/runtime/x.node.ts', code)).toEqual([]);
  });
});

describe('one concept per file', () => {
  /** A file of `lines` lines: a doc comment and exported constants. */
  const fileOf = (lines: number) => ['/** A file of many constants. */', ...Array.from({ length: lines - 1 }, (_, i) => `export const c${i} = ${i};`)].join('\n');

  it('a file of src/ or workers/ over 300 lines is reported; 300 lines are allowed', async () => {
    for (const path of ['src/core/x.ts', 'src/ui/app/components/x.ts', 'src/cli/x.ts', 'workers/x.worker.ts']) {
      expect(await firing(path, fileOf(301)), path).toEqual(['max-lines']);
      expect(await firing(path, fileOf(300)), path).toEqual([]);
    }
  });

  it('tests and benchmarks are not held to it (a table of cases may be long)', async () => {
    expect(await firing('test/core/x.test.ts', fileOf(400))).toEqual([]);
    expect(await firing('bench/x.ts', fileOf(400))).toEqual([]);
  });
});

describe('npm test', () => {
  it('runs the linter', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.lint).toMatch(/^eslint\b/);
    expect(pkg.scripts.test).toContain('npm run lint');
  });
});
