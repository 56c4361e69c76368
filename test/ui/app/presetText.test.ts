/**
 * Preset names and descriptions in both languages: every file of scenarios/ has its two entries
 * in the catalogue, the English ones equal the file (the file stays the source), the Chinese ones
 * keep every number of the English; the page shows a preset's own text translated and a text the
 * user changed as typed; the picker lists every preset in each language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/ui/i18n/messages.en';
import { ZH_CN } from '../../../src/ui/i18n/messages.zh-CN';
import { PRESETS } from '../../../src/ui/app/presets';
import { presetChoices, presetMessageKey, shownScenarioText } from '../../../src/ui/app/presetText';

const DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { name: string; description: string }) }));
const CJK = /[\u4e00-\u9fff]/;
const kol = files.find((f) => f.id === 'lesson-kol-vs-seed-users')!;

describe('preset texts in the catalogue', () => {
  it('every preset file has a name and a description, in both languages; the English equals the file', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(files.map((f) => f.id).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    for (const file of files) {
      for (const field of ['name', 'description'] as const) {
        const key = presetMessageKey(file.id, field);
        expect(key, `${file.id} ${field}`).not.toBeNull();
        expect(EN[key!], `${file.id} ${field}`).toBe(file[field]);
        expect(ZH_CN[key!], `${file.id} ${field}`).toMatch(CJK);
      }
    }
  });

  it('has no entry for a preset that no longer exists', () => {
    const ids = new Set(files.map((f) => f.id));
    const stale = Object.keys(EN).filter((k) => k.startsWith('preset.') && !ids.has(k.replace(/^preset\.(.*)\.(name|description)$/, '$1')));
    expect(stale).toEqual([]);
  });

  it('keeps every number of the English description in the Chinese one', () => {
    const numbers = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);
    const missing = files.flatMap((f) => {
      const zh = ZH_CN[presetMessageKey(f.id, 'description')!];
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
