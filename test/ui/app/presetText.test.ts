/**
 * Preset names and descriptions in both languages, from the files of scenarios/ alone: the English
 * is the file's name and description, the Chinese its `translations["zh-CN"]` (keeping every number
 * of the English), and no copy lives in the catalogue; the page shows a preset's own text translated and a text the
 * user changed as typed; the picker lists every preset in each language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/ui/i18n/messages.en';
import { PRESETS } from '../../../src/ui/app/presets';
import { presetChoices, presetText, shownScenarioText } from '../../../src/ui/app/presetText';

const DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { name: string; description: string; translations: { 'zh-CN': { name: string; description: string } } }) }));
const CJK = /[\u4e00-\u9fff]/;
const kol = files.find((f) => f.id === 'lesson-kol-vs-seed-users')!;

describe('preset texts come from the preset files', () => {
  it('every preset file has a name and a description, in English and in Chinese (its translations)', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(files.map((f) => f.id).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    for (const file of files) {
      const preset = PRESETS.find((p) => p.id === file.id)!;
      for (const field of ['name', 'description'] as const) {
        expect(presetText(preset, field, 'en'), `${file.id} ${field}`).toBe(file[field]);
        expect(file.translations['zh-CN'][field], `${file.id} ${field}`).toMatch(CJK);
        expect(presetText(preset, field, 'zh-CN'), `${file.id} ${field}`).toBe(file.translations['zh-CN'][field]);
      }
    }
  });

  it('no copy of a preset title is left in the message catalogue', () => {
    expect(Object.keys(EN).filter((k) => k.startsWith('preset.'))).toEqual([]);
  });

  it('keeps every number of the English description in the Chinese one', () => {
    const numbers = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);
    const missing = files.flatMap((f) => {
      const zh = f.translations['zh-CN'].description;
      return [...numbers(f.description)].filter((n) => !numbers(zh).has(n)).map((n) => `${f.id}: ${n}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('what the page shows for a scenario name and description', () => {
  it("shows a preset's own name and description in the UI language", () => {
    expect(shownScenarioText('name', kol.name, 'zh-CN')).toBe('课程：KOL、种子用户还是两者兼用');
    expect(shownScenarioText('description', kol.description, 'zh-CN')).toMatch(/^同一条很好的帖子（质量 0.2）的三种发布方式/);
    expect(shownScenarioText('name', kol.name, 'en')).toBe(kol.name);
    expect(shownScenarioText('description', kol.description, 'en')).toBe(kol.description);
  });

  it('shows a name or description the user changed as typed, in every language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(shownScenarioText('name', `${kol.name} (my copy)`, locale)).toBe(`${kol.name} (my copy)`);
      expect(shownScenarioText('name', '我的推广', locale)).toBe('我的推广');
      expect(shownScenarioText('description', kol.description.slice(1), locale)).toBe(kol.description.slice(1));
      expect(shownScenarioText('description', '', locale)).toBe('');
    }
  });

  it('lists every preset in the picker, named in each language and sorted', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const list = presetChoices(locale);
      expect(presetChoices(locale)).toBe(list);
      expect(list.map((c) => c.id).sort()).toEqual(files.map((f) => f.id).sort());
      const collator = new Intl.Collator(locale);
      expect([...list].sort((a, b) => collator.compare(a.name, b.name))).toEqual(list);
    }
    const zh = presetChoices('zh-CN');
    expect(zh.find((c) => c.id === 'lesson-tipping-point')?.name).toBe('课程：引爆点');
    expect(zh.every((c) => CJK.test(c.name))).toBe(true);
    expect(presetChoices('en').find((c) => c.id === kol.id)?.name).toBe(kol.name);
  });
});
