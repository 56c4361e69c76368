/**
 * Hostile scenario files on the command line: whatever the file, the CLI exits 2 with one line on
 * stderr naming the problem — never a stack trace, never the file's control characters.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { cli } from './cliInProcess';

let dir: string;
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const base = {
  version: 1,
  name: 'hostile',
  network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-hostile-'));
});

async function refusedWith(path: string): Promise<string> {
  const { code, stdout, stderr } = await cli('run', path);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).not.toMatch(/[\u0000-\u001f\u007f]/);
  expect(stderr[0]).not.toMatch(/\n|    at /);
  return stderr[0];
}

describe('the CLI on hostile files', () => {
  it('200,000 unknown fields: exit 2, one line', async () => {
    const fields = Array.from({ length: 200_000 }, (_, i) => `"f${i}":${i}`).join(',');
    const path = write('fields.json', `{${JSON.stringify(base).slice(1, -1)},${fields}}`);
    expect(await refusedWith(path)).toBe(`${path}: scenario: has more than 1000 fields`);
  });

  it('nesting 10,000 deep: exit 2, one line', async () => {
    const path = write('deep.json', `{"version":1,"network":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(await refusedWith(path)).toBe(`${path}: network[0][0][0][0][0]…: nested deeper than 32 levels`);
  });

  it('100,000 strategies: exit 2, one line with the count', async () => {
    const strategies = Array.from({ length: 100_000 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } }));
    const path = write('many.json', JSON.stringify({ ...base, strategies }));
    expect(await refusedWith(path)).toBe(`${path}: strategies: must be a list of 1 to 8 strategies (got 100000)`);
  });

  it('invalid JSON beginning with terminal escape sequences: the escapes are shown, not sent', async () => {
    const path = write('escape.json', '\u001b]0;owned\u0007\u001b[2J\u001b[H{"version": 1,');
    const line = await refusedWith(path);
    expect(line).toMatch(/invalid JSON/);
    expect(line).toContain('\\u001b');
  });

  it('an unknown field whose name holds control characters is named without them', async () => {
    const path = write('keys.json', JSON.stringify({ ...base, '\u001b[2J\u001b]0;x\u0007': 1 }));
    expect(await refusedWith(path)).toBe(`${path}: ?[2J?]0;x?: unknown field`);
  });

  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
    it(`network.kind and model.kind = ${name}: exit 2, "must be one of"`, async () => {
      const path = write(`proto-${name}.json`, JSON.stringify({ ...base, network: { kind: name, nodes: 100 }, model: { kind: name } }));
      const line = await refusedWith(path);
      expect(line).toMatch(/network\.kind: must be one of /);
      expect(line).toMatch(/model\.kind: must be one of /);
    });

  it('a run estimated to take hours says so on stderr before it starts (then Ctrl-C stops it)', async () => {
    const path = write('long.json', JSON.stringify({ ...base, runs: 2000, steps: 1000, network: { kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 20 } }));
    const stderr: string[] = [];
    const abort = new AbortController();
    const code = await runCli(['run', path, '--workers', '2'], {
      stdout: { write: async () => undefined, close: async () => undefined },
      stderrLine: (line) => {
        stderr.push(line);
        abort.abort(); // stop at the warning: the test is about what is said before the run
      },
      signal: abort.signal,
    });
    expect(stderr[0].startsWith(`warning: ${path}: this run may take up to about `)).toBe(true);
    expect(stderr[0]).toMatch(/take up to about [\d.]+ (minutes|hours) on 2 workers and [\d,]+ MB of memory/);
    expect(code).toBe(130);
  });
});
