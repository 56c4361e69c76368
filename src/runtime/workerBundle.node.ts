/**
 * A Node worker entry point as one plain ES module, so a worker thread starts without tsx.
 *
 * Why: a worker that registers tsx and then compiles every TypeScript module it imports spends
 * ~0.4 s (more on a busy machine) before its first simulation, which is most of the wall time of
 * a default scenario. esbuild (already installed with tsx and vite) bundles the entry and its
 * imports in ~50 ms; the bundle is cached on disk with a manifest of its inputs (path, size,
 * mtime), so later processes reuse it after a few stat calls and rebuild only when a source
 * changed. The bundle runs the same JavaScript as the modules (esbuild only strips types and
 * joins the modules), so results are bit-identical, which the pool tests check against
 * in-thread runs.
 *
 * Everything here is best effort: when esbuild is missing or the cache cannot be written,
 * `bundledWorkerFile` returns null and the pool starts workers through tsx as before.
 * Set DIVIDEND_LAB_NO_WORKER_BUNDLE=1 to force the tsx path.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump to invalidate every cached bundle (e.g. when the build options change). */
const BUNDLE_FORMAT = 1;

interface Manifest {
  format: number;
  esbuild: string;
  entry: string;
  /** The bundle file, relative to the cache directory. */
  bundle: string;
  /** Every input file (absolute path) with the size and mtime it had when bundled. */
  inputs: [path: string, size: number, mtimeMs: number][];
}

/** Subset of esbuild's API used here (it is a transitive dependency, not a declared one). */
interface EsbuildApi {
  version: string;
  buildSync(options: Record<string, unknown>): {
    outputFiles?: { text: string }[];
    metafile?: { inputs: Record<string, unknown> };
  };
}

const memo = new Map<string, string | null>();

/**
 * A file:// URL of an up-to-date bundle of the worker entry `entry` (a .ts file URL), building
 * and caching it on first use; null when no bundle can be had (the caller falls back to tsx).
 * Memoised per process.
 */
export function bundledWorkerFile(entry: URL): URL | null {
  if (process.env.DIVIDEND_LAB_NO_WORKER_BUNDLE) return null;
  const key = entry.href;
  if (!memo.has(key)) {
    let file: string | null = null;
    try {
      const path = fileURLToPath(entry);
      file = bundleWorkerEntry(path, cacheDirectories(path));
    } catch {
      file = null;
    }
    memo.set(key, file);
  }
  const file = memo.get(key)!;
  return file === null ? null : pathToFileURL(file);
}

/**
 * Path of an up-to-date bundle of `entryPath` in the first usable directory of `cacheDirs`:
 * the cached one when its manifest still matches every input, else a fresh build; null when
 * esbuild is unavailable or no directory is writable.
 */
export function bundleWorkerEntry(entryPath: string, cacheDirs: string[]): string | null {
  const require = createRequire(import.meta.url);
  let esbuild: EsbuildApi;
  try {
    esbuild = require('esbuild') as EsbuildApi;
  } catch {
    return null;
  }
  const name = entryPath.replace(/[^A-Za-z0-9]+/g, '_').slice(-80);
  for (const dir of cacheDirs) {
    const manifestPath = join(dir, `${name}.manifest.json`);
    const cached = readValidManifest(manifestPath, entryPath, esbuild.version);
    if (cached !== null) return join(dir, cached.bundle);
    try {
      return build(esbuild, entryPath, dir, name, manifestPath);
    } catch {
      // Not writable (or the build failed): try the next directory.
    }
  }
  return null;
}

/** node_modules/.cache/dividend-lab of the project (the usual place for tool caches), then the OS temp dir. */
function cacheDirectories(entryPath: string): string[] {
  const dirs: string[] = [];
  let dir = dirname(entryPath);
  for (let up = 0; up < 6; up++) {
    try {
      if (statSync(join(dir, 'node_modules')).isDirectory()) {
        dirs.push(join(dir, 'node_modules', '.cache', 'dividend-lab'));
        break;
      }
    } catch {
      // keep looking upwards
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  dirs.push(join(tmpdir(), 'dividend-lab-cache'));
  return dirs;
}

function readValidManifest(path: string, entryPath: string, esbuildVersion: string): Manifest | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== BUNDLE_FORMAT || manifest.esbuild !== esbuildVersion || manifest.entry !== entryPath) return null;
  try {
    statSync(join(dirname(path), manifest.bundle));
    for (const [input, size, mtimeMs] of manifest.inputs) {
      const st = statSync(input);
      if (st.size !== size || st.mtimeMs !== mtimeMs) return null;
    }
  } catch {
    return null;
  }
  return manifest;
}

function build(esbuild: EsbuildApi, entryPath: string, dir: string, name: string, manifestPath: string): string {
  const result = esbuild.buildSync({
    entryPoints: [entryPath],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // CommonJS dependencies (seedrandom) may call require() for Node built-ins.
    banner: { js: "import { createRequire as __dlCreateRequire } from 'node:module'; const require = __dlCreateRequire(import.meta.url);" },
  });
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined || result.metafile === undefined) throw new Error('esbuild produced no output');
  // Input paths in the metafile are relative to the working directory.
  const inputs: Manifest['inputs'] = Object.keys(result.metafile.inputs).map((p) => {
    const abs = resolve(p);
    const st = statSync(abs);
    return [abs, st.size, st.mtimeMs];
  });
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const bundle = `${name}.${hash}.mjs`;
  // Write to a temporary name and rename: concurrent processes never see a half-written file.
  const unique = `${process.pid}.${process.hrtime.bigint()}`;
  const bundlePath = join(dir, bundle);
  writeFileSync(`${bundlePath}.${unique}.tmp`, text);
  renameSync(`${bundlePath}.${unique}.tmp`, bundlePath);
  const manifest: Manifest = { format: BUNDLE_FORMAT, esbuild: esbuild.version, entry: entryPath, bundle, inputs };
  writeFileSync(`${manifestPath}.${unique}.tmp`, JSON.stringify(manifest));
  renameSync(`${manifestPath}.${unique}.tmp`, manifestPath);
  removeStaleBundles(dir, name, bundle);
  return bundlePath;
}

/** Old bundles of the entry (one per edit of its sources) older than a day: no running process still starts from them. */
function removeStaleBundles(dir: string, name: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const file of readdirSync(dir)) {
    if (file === keep || !file.startsWith(`${name}.`) || !(file.endsWith('.mjs') || file.endsWith('.tmp'))) continue;
    try {
      if (statSync(join(dir, file)).mtimeMs < dayAgo) rmSync(join(dir, file), { force: true });
    } catch {
      // another process removed it first
    }
  }
}
