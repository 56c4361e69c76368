import { describe, expect, it } from 'vitest';
import type { DividendScenario } from '../../src/core/scenario';
import { expandParamPath, formatPath, parseParamPath, valueAt, withValues } from '../../src/sweep/paramPath';
import { SweepInputError } from '../../src/sweep/sweepError';
import { dividendScenario } from './fixtures';

const fields = (path: string) => expandParamPath(dividendScenario(), parseParamPath(path)).map((p) => formatPath(p));

describe('parseParamPath', () => {
  it('reads keys, indices and [*]', () => {
    expect(parseParamPath('strategies[1].content.quality')).toEqual([
      { kind: 'key', key: 'strategies' },
      { kind: 'index', index: 1 },
      { kind: 'key', key: 'content' },
      { kind: 'key', key: 'quality' },
    ]);
    expect(parseParamPath('strategies[*].seeding.count')[1]).toEqual({ kind: 'every' });
    expect(parseParamPath('runs')).toEqual([{ kind: 'key', key: 'runs' }]);
  });

  it.each(['', '.runs', 'strategies[', 'strategies[-1]', 'strategies[0]..x', 'a b', 'strategies[0]x', '[0]'])('rejects %j with an example of a path', (text) => {
    expect(() => parseParamPath(text)).toThrow(/strategies\[0\]\.content\.quality/);
  });
});

describe('expandParamPath on a validated scenario', () => {
  it('finds fields the file left out (defaults are filled) and expands [*] per strategy', () => {
    expect(fields('strategies[0].content.quality')).toEqual(['strategies[0].content.quality']);
    expect(fields('strategies[*].seeding.count')).toEqual(['strategies[0].seeding.count', 'strategies[1].seeding.count']);
    expect(fields('model.economics.costPerSeed')).toEqual(['model.economics.costPerSeed']);
    expect(fields('strategies[0].content.waves[0]')).toEqual(['strategies[0].content.waves[0]']);
    // null where a number is allowed: the validator judges the value later
    expect(fields('strategies[0].ads.to')).toEqual(['strategies[0].ads.to']);
  });

  it('names the path and the reason for every kind of mistake', () => {
    const reason = (path: string) => {
      try {
        fields(path);
      } catch (error) {
        expect(error).toBeInstanceOf(SweepInputError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(reason('strategies[0].content.qualty')).toBe(
      'strategies[0].content.qualty: unknown path (strategies[0].content has the fields quality, relevance, promotional, halfLife, waves)',
    );
    expect(reason('strategies[5].content.quality')).toBe('strategies[5]: no such entry (strategies has 2)');
    expect(reason('seed')).toBe('seed: not a numeric field (it is a text); only numbers can be swept');
    expect(reason('strategies[0].seeding.method')).toMatch(/^strategies\[0\]\.seeding\.method: not a numeric field/);
    expect(reason('network.kols')).toMatch(/not a numeric field \(it is an object\)/);
    expect(reason('strategies[0].secondWave.count')).toMatch(/^strategies\[0\]\.secondWave: is null in the scenario/);
    expect(reason('runs[0]')).toMatch(/^runs: is a number, not a list/);
    expect(reason('__proto__')).toMatch(/^__proto__: unknown path/);
    expect(reason('strategies.name')).toMatch(/is a list, so it has no field "name"/);
  });
});

describe('withValues', () => {
  it('sets every field, copies only along the paths and leaves the base untouched', () => {
    const base = dividendScenario() as DividendScenario;
    const before = JSON.stringify(base);
    const paths = expandParamPath(base, parseParamPath('strategies[*].content.quality'));
    const variant = withValues(base, paths, 0.42) as typeof base;
    expect(valueAt(variant, ['strategies', 0, 'content', 'quality'])).toBe(0.42);
    expect(valueAt(variant, ['strategies', 1, 'content', 'quality'])).toBe(0.42);
    expect(JSON.stringify(base)).toBe(before);
    // Shared, not copied: the network (an edge list can be 100 MB) and untouched levers.
    expect(variant.network).toBe(base.network);
    expect(variant.model).toBe(base.model);
    expect(variant.strategies[0].seeding).toBe(base.strategies[0].seeding);
    expect(variant.strategies[0].content).not.toBe(base.strategies[0].content);
  });
});
