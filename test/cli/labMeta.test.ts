/**
 * What every `lab` command writes as `meta` and where it writes: one header (generator, the
 * package's version, time, Node) before the command's own fields, and the `--out` file or
 * standard output.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labMeta } from '../../src/cli/labMeta';
import { sinkFor, writeAll, type OutputSink } from '../../src/cli/output';

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('labMeta', () => {
  it('names the tool, its version from package.json, the time and Node, then the fields given, in order', () => {
    const before = Date.now();
    const meta = labMeta({ workers: 3, timings: { totalMs: 12 } });
    expect(Object.keys(meta)).toEqual(['generator', 'version', 'createdAt', 'node', 'workers', 'timings']);
    expect(meta.generator).toBe('dividend-lab');
    expect(meta.version).toBe(PACKAGE_VERSION);
    expect(meta.node).toBe(process.version);
    const created = Date.parse(meta.createdAt as string);
    expect(created).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(new Date(created).toISOString()).toBe(meta.createdAt);
    expect(meta.workers).toBe(3);
    expect(meta.timings).toEqual({ totalMs: 12 });
  });
});

describe('sinkFor', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('is standard output when no --out is given', async () => {
    const written: string[] = [];
    const stdout: OutputSink = { write: async (c) => void written.push(c), close: async () => undefined };
    expect(await sinkFor(undefined, stdout)).toBe(stdout);
    await writeAll(await sinkFor(undefined, stdout), ['a', 'b']);
    expect(written).toEqual(['a', 'b']);
  });

  it('writes (and truncates) the --out file, leaving standard output alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lab-sink-'));
    dirs.push(dir);
    const path = join(dir, 'out.json');
    const stdout: OutputSink = { write: async () => expect.unreachable('stdout written'), close: async () => undefined };
    await writeAll(await sinkFor(path, stdout), ['a much longer first text\n']);
    await writeAll(await sinkFor(path, stdout), ['{}', '\n']);
    expect(await readFile(path, 'utf8')).toBe('{}\n');
  });
});
