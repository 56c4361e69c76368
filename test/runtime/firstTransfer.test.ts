import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeFirstTransfer } from '../../src/runtime/firstTransfer';

const WORKERS = new URL('../../workers/', import.meta.url);

describe('makeFirstTransfer', () => {
  it('runs in Node as in a browser (structuredClone with a transfer list), as often as it is called', () => {
    expect(() => {
      makeFirstTransfer();
      makeFirstTransfer();
    }).not.toThrow();
  });

  it('is the first statement after the imports of every worker entry that transfers buffers', () => {
    const transferring = readdirSync(WORKERS)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => ({ name, source: readFileSync(new URL(name, WORKERS), 'utf8') }))
      .filter(({ source }) => /transfer|postMessage\([^)]*,/i.test(source.replace(/makeFirstTransfer/g, '')));
    expect(transferring.map((w) => w.name).sort()).toEqual(['layout.worker.ts', 'rrSets.node.ts', 'simulation.node.ts', 'simulation.worker.ts']);
    for (const { name, source } of transferring) {
      const code = source.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('import ') && !/^\s*(\/\/|\/\*\*|\*)/.test(line));
      expect(code[0], name).toBe('makeFirstTransfer();');
    }
  });
});
