/** Named scenarios in the browser: save, replace, open, delete, bounds, and hostile stored text. */
import { describe, expect, it } from 'vitest';
import {
  deleteFromLibrary,
  LIBRARY_KEY,
  MAX_LIBRARY_CHARS,
  MAX_LIBRARY_ENTRIES,
  openFromLibrary,
  readLibrary,
  saveToLibrary,
  type KeyValueStore,
} from '../../../../src/ui/app/editing/scenarioLibrary';

/** An in-memory store; `quota` makes setItem throw like a full localStorage. */
function memoryStore(initial: Record<string, string> = {}, quota = Infinity): KeyValueStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

const scenario = (name: string) => JSON.stringify({ version: 2, name, strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }] });

describe('scenario library', () => {
  it('saves newest first, replaces by name, opens and deletes', () => {
    const store = memoryStore();
    expect(saveToLibrary(store, 'Launch A', scenario('A'), [2], 1000).ok).toBe(true);
    expect(saveToLibrary(store, '  Launch B ', scenario('B'), [], 2000).ok).toBe(true);
    expect(readLibrary(store).entries.map((e) => e.name)).toEqual(['Launch B', 'Launch A']);
    saveToLibrary(store, 'Launch A', scenario('A2'), [1], 3000);
    const library = readLibrary(store);
    expect(library.entries.map((e) => [e.name, e.savedAt])).toEqual([['Launch A', 3000], ['Launch B', 2000]]);
    expect(openFromLibrary(store, 'Launch A')).toEqual({ draft: JSON.parse(scenario('A2')), colors: [1] });
    expect(openFromLibrary(store, 'missing')).toBeNull();
    expect(deleteFromLibrary(store, 'Launch A').entries.map((e) => e.name)).toEqual(['Launch B']);
    expect(readLibrary(store)).toEqual({ entries: [expect.objectContaining({ name: 'Launch B' })], damaged: false });
  });

  it('refuses empty or overlong names, oversized scenarios, a full library and a full storage', () => {
    const store = memoryStore();
    expect(saveToLibrary(store, '   ', scenario('x'), [], 0)).toEqual({ ok: false, reason: 'bad-name' });
    expect(saveToLibrary(store, 'x'.repeat(101), scenario('x'), [], 0)).toEqual({ ok: false, reason: 'bad-name' });
    expect(saveToLibrary(store, 'big', 'x'.repeat(MAX_LIBRARY_CHARS + 1), [], 0)).toEqual({ ok: false, reason: 'too-large' });
    for (let i = 0; i < MAX_LIBRARY_ENTRIES; i++) expect(saveToLibrary(store, `s${i}`, scenario(`s${i}`), [], i).ok).toBe(true);
    expect(saveToLibrary(store, 'one more', scenario('x'), [], 99)).toEqual({ ok: false, reason: 'full' });
    expect(saveToLibrary(store, 's3', scenario('again'), [], 99).ok).toBe(true); // replacing is not growing
    expect(saveToLibrary(memoryStore({}, 10), 'n', scenario('n'), [], 0)).toEqual({ ok: false, reason: 'storage' });
    expect(saveToLibrary(null, 'n', scenario('n'), [], 0)).toEqual({ ok: false, reason: 'storage' });
  });

  it('reads hostile stored text as an empty, damaged library and never throws', () => {
    const hostile = [
      'not json',
      '[]',
      '{"entries": 5}',
      '{"entries": {"length": 3}}',
      '['.repeat(100_000),
      `{"entries": [${'{}'.padEnd(10, ' ')}`,
      'x'.repeat(MAX_LIBRARY_CHARS + 20_000),
    ];
    for (const text of hostile) expect(readLibrary(memoryStore({ [LIBRARY_KEY]: text }))).toEqual({ entries: [], damaged: true });
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readLibrary(throwing)).toEqual({ entries: [], damaged: false });
  });

  it('drops damaged entries and keeps the good ones', () => {
    const good = { name: 'ok', scenarioText: scenario('ok'), colors: [1, 2], savedAt: 5 };
    const entries = [
      good,
      { name: 'ok', scenarioText: scenario('duplicate name'), colors: [], savedAt: 6 },
      { name: 42, scenarioText: scenario('n') },
      { name: '', scenarioText: scenario('n') },
      { name: 'array text', scenarioText: '[1,2]' },
      { name: 'broken text', scenarioText: '{"version": ' },
      { name: 'deep', scenarioText: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}` },
      { name: '__proto__', scenarioText: scenario('proto'), colors: ['red', -1], savedAt: 'yesterday' },
      null,
      'text',
    ];
    const library = readLibrary(memoryStore({ [LIBRARY_KEY]: JSON.stringify({ version: 1, entries }) }));
    expect(library.damaged).toBe(true);
    expect(library.entries).toEqual([good, { name: '__proto__', scenarioText: scenario('proto'), colors: [], savedAt: 0 }]);
    expect(Object.getPrototypeOf(openFromLibrary(memoryStore({ [LIBRARY_KEY]: JSON.stringify({ entries }) }), '__proto__')!.draft)).toBe(Object.prototype);
  });

  it('lists at most MAX_LIBRARY_ENTRIES entries of a stored list that is longer', () => {
    const entries = Array.from({ length: MAX_LIBRARY_ENTRIES + 5 }, (_, i) => ({ name: `s${i}`, scenarioText: scenario(`s${i}`), colors: [], savedAt: i }));
    const library = readLibrary(memoryStore({ [LIBRARY_KEY]: JSON.stringify({ entries }) }));
    expect(library.entries).toHaveLength(MAX_LIBRARY_ENTRIES);
    expect(library.damaged).toBe(true);
  });
});

describe('stored scenarios through the validator', async () => {
  const { entryProblems } = await import('../../../../src/ui/app/editing/scenarioLibrary');
  const { readFileSync } = await import('node:fs');
  const preset = readFileSync(new URL('../../../../scenarios/lesson-kol-vs-seed-users.json', import.meta.url), 'utf8');

  it('counts no problem in a preset and some in a damaged copy', () => {
    expect(entryProblems({ name: 'p', scenarioText: preset, colors: [], savedAt: 0 })).toBe(0);
    const broken = JSON.stringify({ ...JSON.parse(preset), runs: -1, steps: 'many' });
    expect(entryProblems({ name: 'b', scenarioText: broken, colors: [], savedAt: 0 })).toBe(2);
    expect(entryProblems({ name: 'n', scenarioText: '[1]', colors: [], savedAt: 0 })).toBe(1);
  });
});
