/**
 * The CLI build step (scripts/cliBuild.mjs): when `npm run lab` reuses dist-cli and when it
 * rebuilds. Driven on a tiny throwaway project (two entry files, node_modules linked to this
 * one's for esbuild), so the test builds in well under a second and never touches the real dist-cli.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { buildCli, builtModule, ensureCliBuilt, staleReason } from '../../scripts/cliBuild.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let root: string;

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lab-cli-build-'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  write('src/cli/answer.ts', 'export const answer: number = 42;\n');
  write('src/cli/main.ts', "import { answer } from './answer';\nconsole.log(`answer ${answer}`);\n");
  write('workers/simulation.node.ts', "declare const DIVIDEND_LAB_PREBUILT_WORKER: string;\nconsole.log(DIVIDEND_LAB_PREBUILT_WORKER);\n");
  write('workers/rrSets.node.ts', "declare const DIVIDEND_LAB_PREBUILT_RR_WORKER: string;\nconsole.log(DIVIDEND_LAB_PREBUILT_RR_WORKER);\n");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('CLI build step', () => {
  it('builds when there is no build, then reuses it', async () => {
    expect(staleReason(root)).toBe('no build yet');
    expect(await ensureCliBuilt(root)).toBe('no build yet');
    expect(staleReason(root)).toBeNull();
    expect(await ensureCliBuilt(root)).toBeNull();
  });

  it('the built modules are plain JavaScript that Node runs; the worker path is compiled in', async () => {
    const run = (file: string) => promisify(execFile)(process.execPath, [file]).then((r) => r.stdout.trim());
    expect(await run(builtModule('cli/main', root))).toBe('answer 42');
    expect(await run(builtModule('workers/simulation.node', root))).toBe('../workers/simulation.node.mjs');
    expect(await run(builtModule('workers/rrSets.node', root))).toBe('../workers/rrSets.node.mjs');
    expect(readFileSync(builtModule('cli/main', root), 'utf8')).not.toContain(': number');
  });

  it('a file touched with the same content (a checkout) does not rebuild', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/cli/answer.ts'), later, later);
    expect(staleReason(root)).toBeNull();
  });

  it('an imported file with new content rebuilds, and the new build runs the new code', async () => {
    write('src/cli/answer.ts', 'export const answer: number = 43;\n');
    expect(staleReason(root)).toBe('src/cli/answer.ts changed');
    await buildCli(root);
    expect(staleReason(root)).toBeNull();
    const { stdout } = await promisify(execFile)(process.execPath, [builtModule('cli/main', root)]);
    expect(stdout.trim()).toBe('answer 43');
  });

  it('an edit of the same size is caught by the content hash', () => {
    write('src/cli/answer.ts', 'export const answer: number = 44;\n');
    expect(staleReason(root)).toBe('src/cli/answer.ts changed');
  });

  it('a removed input or a removed output rebuilds', async () => {
    await buildCli(root);
    rmSync(builtModule('workers/simulation.node', root));
    expect(staleReason(root)).toBe('dist-cli/workers/simulation.node.mjs is missing');
    await buildCli(root);
    rmSync(join(root, 'src/cli/answer.ts'));
    expect(staleReason(root)).toBe('src/cli/answer.ts is gone');
  });

  it('a damaged stamp counts as no build', () => {
    writeFileSync(join(root, 'dist-cli/stamp.json'), '{');
    expect(staleReason(root)).toBe('no build yet');
  });

  it('the real CLI build starts its workers from the prebuilt worker, not from a bundle made at run time', async () => {
    await ensureCliBuilt();
    const main = readFileSync(builtModule('cli/main'), 'utf8');
    expect(main).toContain('"../workers/simulation.node.mjs"');
    expect(main).not.toMatch(/typeof DIVIDEND_LAB_PREBUILT_WORKER/);
    expect(readFileSync(builtModule('workers/simulation.node'), 'utf8')).toContain('createSimulationWorkerApi');
  });
});
