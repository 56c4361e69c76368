// @ts-check
/**
 * ESLint flat config: the rules the design states, checked by a tool (README, "Code rules
 * enforced by tools"). Deliberately small — no recommended sets:
 * 1. Import boundaries: src/core imports nothing of the project outside src/core; nothing in
 *    src/core, src/scenario, src/sweep, src/runtime, src/cli, src/evidence or workers/ imports src/ui.
 * 2. Determinism: no Math.random and no engine-dependent Math functions (exp, log, log1p, pow,
 *    sin, cos) in the simulation code outside the portable math module.
 * 3. Every imported package is declared in package.json (a local rule, below).
 * 4. No element of the page reaches into another's shadow DOM: src/ui reads `shadowRoot` only as
 *    `this.shadowRoot` (its own); a child is asked through its public methods, properties and events.
 * 5. One concept per file: no file of src/ or workers/ is longer than 300 lines (comments and
 *    blank lines count); a longer one holds more than one concept and is split where they part.
 * test/lint/lintRules.test.ts checks that each rule fires.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** The package a bare specifier names ('@scope/name/sub' → '@scope/name', 'name/sub' → 'name'), or null. */
function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || specifier.includes(':')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

/** Reports `import`, `export … from`, `import()` and `require()` of a package package.json does not declare. */
const declaredDependencies = {
  meta: {
    type: 'problem',
    docs: { description: 'every imported package is declared in package.json' },
    messages: { undeclared: "'{{name}}' is imported but not declared in package.json (npm install --save[-dev] {{name}})" },
    schema: [],
  },
  create(context) {
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const name = packageName(source.value);
      // A type-only import of a package whose types come from @types/<name> is declared too.
      const types = name && `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
      if (name && !declared.has(name) && !declared.has(types)) context.report({ node: source, messageId: 'undeclared', data: { name } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node.arguments[0]);
      },
    };
  },
};

/** Directories whose files must not import src/ui. */
const NO_UI = ['src/scenario', 'src/sweep', 'src/runtime', 'src/cli', 'src/evidence', 'src/calibration', 'src/shard', 'workers'];
/** Directories whose results must be bit-identical on every engine. */
const DETERMINISTIC = ['src/core', 'src/scenario', 'src/sweep', 'src/runtime', 'src/evidence', 'src/calibration', 'src/shard'];
/** The portable math module: the only place the engine's Math functions may be used. */
const PORTABLE_MATH = ['src/core/math/**', 'src/core/portableMath.ts'];
const MAX_DEPTH = 5;
/** The longest a source file may be (rule 5). */
const MAX_FILE_LINES = 300;

/** The files exactly `depth` directories below `dir` ('*' segments), e.g. src/core/*\/*.ts for depth 1. */
const filesAt = (dir, depth) => [`${dir}/${'*/'.repeat(depth)}*.{ts,js}`];

/**
 * no-restricted-imports matches the import's text, not the resolved path, so the boundaries are
 * spelled per depth: from a file `depth` directories below src/<dir>, `depth + 1` times '../' is src/.
 */
const boundaries = [];
for (let depth = 0; depth <= MAX_DEPTH; depth++) {
  const toSrc = `^(\\.\\./){${depth + 1}}`;
  boundaries.push({
    files: filesAt('src/core', depth),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: `${toSrc}(?!core(/|$))`, message: 'src/core imports nothing of the project outside src/core (it runs unchanged in a browser worker, in Node and in tests).' }],
      }],
    },
  });
  for (const dir of NO_UI) {
    // From workers/x.ts src/ is ../src.
    const ui = dir === 'workers' ? `${toSrc}src/ui(/|$)` : `${toSrc}ui(/|$)`;
    boundaries.push({
      files: filesAt(dir, depth),
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [{ regex: `${ui}|(^|/)src/ui(/|$)`, message: `${dir} must not import src/ui (only the page depends on the UI; move shared code to src/runtime or src/core).` }],
        }],
      },
    });
  }
}

const MATH = ['random', 'exp', 'log', 'log1p', 'pow', 'sin', 'cos'];

/** Any `x.shadowRoot` / `x?.shadowRoot` but an element's own `this.shadowRoot`. */
const OTHERS_SHADOW_ROOT = "MemberExpression[property.name='shadowRoot']:not([object.type='ThisExpression'])";

export default defineConfig(
  { ignores: ['node_modules/**', 'dist/**', 'dist-cli/**', 'coverage/**', 'test-output/**', 'bench-output/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
  },
  {
    files: ['**/*.{ts,js}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { 'declared-dependencies': declaredDependencies } } },
    rules: { 'local/declared-dependencies': 'error' },
  },
  ...boundaries,
  {
    files: DETERMINISTIC.map((dir) => `${dir}/**/*.{ts,js}`),
    ignores: PORTABLE_MATH,
    rules: {
      'no-restricted-properties': ['error', ...MATH.map((property) => ({
        object: 'Math',
        property,
        message: property === 'random'
          ? 'Math.random is not reproducible: draw from the seeded generators in src/core/random.ts.'
          : `Math.${property} may differ by an ulp between engines: use the portable math module (src/core/portableMath.ts).`,
      }))],
    },
  },
  {
    files: ['src/**/*.{ts,js}', 'workers/**/*.{ts,js}'],
    rules: { 'max-lines': ['error', { max: MAX_FILE_LINES, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['src/ui/**/*.{ts,js}'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: OTHERS_SHADOW_ROOT,
        message: "No component reaches into another's shadow DOM: give the child a public method or property, or listen to its events (properties down, events up).",
      }],
    },
  },
);
