/**
 * The `meta` block every `lab` command writes: what varies between invocations (the tool's
 * version, when, on which Node) and so stays outside the byte-identical part of a result. One
 * function, so every command's output names itself the same way (the version was missing from
 * the best-seeds and calibration outputs while three commands each read package.json).
 */
import { readFileSync } from 'node:fs';

/** The package's version, or 'unknown' when package.json cannot be read (a copied bundle). */
function labVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** generator, version, createdAt and node, then the command's own fields (workers, timings, …) in the order given. */
export function labMeta(extra: Record<string, unknown>): Record<string, unknown> {
  return { generator: 'dividend-lab', version: labVersion(), createdAt: new Date().toISOString(), node: process.version, ...extra };
}
