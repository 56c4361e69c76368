/**
 * Which file an RR-set worker thread (workers/rrSets.node.ts) starts from: the one the CLI build
 * made (its path compiled in as DIVIDEND_LAB_PREBUILT_RR_WORKER, scripts/cliBuild.mjs), else a
 * bundle made now under tsx and vitest (workerBundle.node.ts), else the TypeScript entry through tsx.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { bundledWorkerFile } from './workerBundle.node.ts';

/** Set by esbuild's `define` in the CLI build; undeclared (typeof 'undefined') everywhere else. */
declare const DIVIDEND_LAB_PREBUILT_RR_WORKER: string | undefined;

const RR_WORKER_SOURCE = new URL('../../workers/rrSets.node.ts', import.meta.url);

/** A module URL to start the thread from, or a data: URL that registers tsx first. */
export function workerModule(): URL {
  if (typeof DIVIDEND_LAB_PREBUILT_RR_WORKER === 'string') return new URL(DIVIDEND_LAB_PREBUILT_RR_WORKER, import.meta.url);
  const bundle = bundledWorkerFile(RR_WORKER_SOURCE);
  if (bundle !== null) return bundle;
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  const tsx = resolve ? resolve('tsx/esm/api') : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(RR_WORKER_SOURCE.href)}); });`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
