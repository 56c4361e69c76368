// @ts-check
/**
 * The CLI's build step: esbuild bundles the `lab` command and its Node worker into plain ES
 * modules under dist-cli/, so `npm run lab` starts with plain Node instead of compiling ~150
 * TypeScript modules through tsx on every start (~0.7 s of a whole run, measured).
 *
 *   node scripts/cliBuild.mjs        build now (what `npm run build:cli` runs)
 *
 * The launcher (bin/lab.mjs) calls `ensureCliBuilt` first: the build is reused while its stamp
 * matches every input (each source and package file the bundles were made from: path, size and
 * modification time, and a SHA-256 of the content for when only the time changed, e.g. after a
 * checkout), the build options and the esbuild version; otherwise it is rebuilt (~0.3 s).
 *
 * Plain JavaScript on purpose: it must run before anything can compile TypeScript.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the build options change in a way the hash of this file would not show. */
const BUILD_FORMAT = 1;

/** Where the built modules go; the path from the repository root. */
export const OUT_DIR = 'dist-cli';

/**
 * Entry points: output name (relative to dist-cli, without .mjs) → source file. The output
 * names keep the source depth (cli/main.mjs two levels below the root, like src/cli/main.ts), so
 * the sources' `new URL('../../package.json', import.meta.url)` still finds the root.
 */
export const CLI_ENTRIES = {
  'cli/main': 'src/cli/main.ts',
  'workers/simulation.node': 'workers/simulation.node.ts',
  'workers/rrSets.node': 'workers/rrSets.node.ts',
};

/**
 * The built worker, relative to the built main module. The pool reads it from this constant
 * (src/runtime/simulationWorkerFile.node.ts); under tsx and vitest the constant is undefined and
 * the pool bundles workers/simulation.node.ts itself.
 */
const PREBUILT_WORKER = '../workers/simulation.node.mjs';
/** The built RR-set worker (best-seeds --method imm), read by src/runtime/rrSetsWorkerFile.node.ts. */
const PREBUILT_RR_WORKER = '../workers/rrSets.node.mjs';

/**
 * @typedef {{ path: string, size: number, mtimeMs: number, sha256: string }} StampInput
 * @typedef {{ format: number, esbuild: string, builder: string, inputs: StampInput[] }} Stamp
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the built module for an entry name, e.g. builtModule('cli/main'). */
export function builtModule(name, root = ROOT) {
  return join(root, OUT_DIR, `${name}.mjs`);
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of this file: a change to the build options invalidates every build. */
function builderHash() {
  return sha256(readFileSync(fileURLToPath(import.meta.url)));
}

/** The installed esbuild's version, read from its package.json (loading esbuild costs more). */
function installedEsbuildVersion(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Why the build under `root` must be (re)made, or null when it is up to date. Costs one stat
 * per input (~200) when nothing changed: esbuild itself is only loaded to build.
 * @param {string} root
 * @returns {string | null}
 */
export function staleReason(root = ROOT) {
  /** @type {Stamp} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, OUT_DIR, 'stamp.json'), 'utf8'));
  } catch {
    return 'no build yet';
  }
  if (stamp.format !== BUILD_FORMAT || stamp.builder !== builderHash()) return 'the build options changed';
  if (stamp.esbuild !== installedEsbuildVersion(root)) return 'esbuild changed';
  for (const name of Object.keys(CLI_ENTRIES)) {
    try {
      statSync(builtModule(name, root));
    } catch {
      return `${OUT_DIR}/${name}.mjs is missing`;
    }
  }
  for (const input of stamp.inputs) {
    const path = join(root, input.path);
    let st;
    try {
      st = statSync(path);
    } catch {
      return `${input.path} is gone`;
    }
    if (st.size === input.size && st.mtimeMs === input.mtimeMs) continue;
    // Touched (checkout, copy) or edited: only a different content needs a new build.
    if (st.size !== input.size || sha256(readFileSync(path)) !== input.sha256) return `${input.path} changed`;
  }
  return null;
}

/**
 * Bundle every entry into dist-cli and write the stamp. Outputs are written under temporary
 * names and renamed into place, the stamp last, so two processes building at once (two CLI
 * runs started together) never load a half-written module.
 * @param {string} root
 */
export async function buildCli(root = ROOT) {
  const esbuild = await import('esbuild');
  const out = join(root, OUT_DIR);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.entries(CLI_ENTRIES).map(([name, source]) => ({ out: name, in: source })),
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
    // Each entry is self-contained: a worker thread loads one file, not a graph of chunks.
    splitting: false,
    define: { DIVIDEND_LAB_PREBUILT_WORKER: JSON.stringify(PREBUILT_WORKER), DIVIDEND_LAB_PREBUILT_RR_WORKER: JSON.stringify(PREBUILT_RR_WORKER) },
    // CommonJS dependencies (seedrandom) may call require() for Node built-ins.
    banner: { js: "import { createRequire as __dlCreateRequire } from 'node:module'; const require = __dlCreateRequire(import.meta.url);" },
  });
  const unique = `${process.pid}.${process.hrtime.bigint()}`;
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(`${file.path}.${unique}.tmp`, file.contents);
    renameSync(`${file.path}.${unique}.tmp`, file.path);
  }
  /** @type {StampInput[]} */
  const inputs = Object.keys(result.metafile.inputs).map((path) => {
    const absolute = resolve(root, path);
    const st = statSync(absolute);
    return { path: relative(root, absolute), size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(readFileSync(absolute)) };
  });
  /** @type {Stamp} */
  const stamp = { format: BUILD_FORMAT, esbuild: esbuild.version, builder: builderHash(), inputs };
  const stampPath = join(out, 'stamp.json');
  writeFileSync(`${stampPath}.${unique}.tmp`, JSON.stringify(stamp));
  renameSync(`${stampPath}.${unique}.tmp`, stampPath);
  return { inputs: inputs.length };
}

/**
 * Make sure dist-cli is up to date; build when it is not. Returns why it was built, or null when
 * the existing build was reused.
 * @param {string} root
 */
export async function ensureCliBuilt(root = ROOT) {
  const reason = staleReason(root);
  if (reason !== null) await buildCli(root);
  return reason;
}

/** Remove the build (tests use it on a copy). */
export function removeCliBuild(root = ROOT) {
  rmSync(join(root, OUT_DIR), { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { inputs } = await buildCli();
  console.log(`${OUT_DIR}: built ${Object.keys(CLI_ENTRIES).length} modules from ${inputs} inputs in ${Math.round(performance.now() - started)} ms`);
}
