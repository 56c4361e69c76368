import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWorkerEntry } from '../../src/runtime/workerBundle.node.ts';

const dir = mkdtempSync(join(tmpdir(), 'worker-bundle-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker bundle cache', () => {
  const entry = join(dir, 'entry.ts');
  const helper = join(dir, 'helper.ts');
  const cache = join(dir, 'cache');
  writeFileSync(helper, 'export const answer: number = 41;\n');
  writeFileSync(entry, "import { answer } from './helper';\nexport const value = answer + 1;\n");

  it('bundles the entry and its imports into one plain module, and reuses it while no input changed', async () => {
    const first = bundleWorkerEntry(entry, [cache]);
    expect(first).not.toBeNull();
    const text = readFileSync(first!, 'utf8');
    expect(text).not.toContain(': number'); // types stripped
    expect(text).toContain('41'); // the helper is inlined
    expect((await import(first!)).value).toBe(42);
    const built = statSync(first!).mtimeMs;
    const again = bundleWorkerEntry(entry, [cache]);
    expect(again).toBe(first);
    expect(statSync(again!).mtimeMs).toBe(built);
  });

  it('rebuilds when an imported file changes', async () => {
    const before = bundleWorkerEntry(entry, [cache]);
    writeFileSync(helper, 'export const answer: number = 99;\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(helper, later, later);
    const after = bundleWorkerEntry(entry, [cache]);
    expect(after).not.toBe(before);
    expect((await import(after!)).value).toBe(100);
  });

  it('skips a directory it cannot write to', () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    const path = bundleWorkerEntry(entry, [join(notADir, 'sub'), join(dir, 'fallback')]);
    expect(path).not.toBeNull();
    expect(path!.startsWith(join(dir, 'fallback'))).toBe(true);
  });
});
