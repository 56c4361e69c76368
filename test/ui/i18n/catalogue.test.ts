/**
 * The message catalogues and the controls' translations are complete and consistent: the same
 * keys in English and Chinese, no empty message, the same placeholders, plural pairs complete,
 * Chinese that is Chinese; every control and option of the page worded from the catalogue in
 * both languages (and no words of a control that no longer exists); chart options and the network view's words
 * built for both languages.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../src/ui/i18n/catalogue';
import { EN } from '../../../src/ui/i18n/messages.en';
import { ZH_CN } from '../../../src/ui/i18n/messages.zh-CN';
import { fill, formatNumber, local, tIn } from '../../../src/ui/i18n/t';
import {
  KOL_FIELDS,
  LEVER_FIELDS,
  MODEL_FIELDS,
  MODEL_KIND_FIELD,
  MODEL_KIND_LABELS,
  NAME_FIELD,
  NETWORK_FIELDS,
  NETWORK_KIND_FIELD,
  NETWORK_KIND_OPTIONS,
  NODES,
  PLATFORM_LABELS,
  RESAMPLE_FIELD,
  RUN_FIELDS,
  SEEDING_FIELDS,
  SEEDING_LABELS,
  type FieldSpec,
} from '../../../src/ui/app/fieldSpecs';
import { localizedField, localizedOptions, textIdOf } from '../../../src/ui/app/fieldText';
import { networkTextFor, resultChartOptions } from '../../../src/ui/app/chartText';
import { NETWORK_TEXT_EN } from '../../../src/ui/network/networkText';

const CJK = /[\u4e00-\u9fff]/;
const enKeys = Object.keys(EN).sort();
const zhKeys = Object.keys(ZH_CN).sort();

describe('message catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(zhKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(250);
  });

  it('have no empty or untrimmed message', () => {
    for (const [locale, table] of [['en', EN], ['zh-CN', ZH_CN]] as const)
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        // Leading space and leading dash are deliberate joins ("… — your current scenario…").
        if (!/^[ —]/.test(text)) expect(text, `${locale} ${key}`).toBe(text.trim());
      }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = enKeys.filter((k) => placeholdersOf(EN[k as keyof typeof EN]).join() !== placeholdersOf(ZH_CN[k as keyof typeof ZH_CN]).join());
    expect(mismatched).toEqual([]);
  });

  it('complete every plural pair', () => {
    for (const key of enKeys.filter((k) => k.endsWith('.one'))) expect(enKeys, key).toContain(key.replace(/\.one$/, '.other'));
  });

  it('translate into Chinese (every message that has words has Chinese characters)', () => {
    // Messages that are symbols, formats or proper names in both languages.
    const same = new Set(['net.kol', 'net.exportPng', 'net.node', 'metric.roi', 'noun.roi', 'attribution.kol', 'lesson.ratio', 'analysis.csv', 'analysis.metrics.roi']);
    // Placeholders are not words: "{name} {value}" has nothing to translate.
    const words = (text: string) => text.replace(/\{\w+\}/g, '');
    const untranslated = zhKeys.filter((k) => !same.has(k) && /[A-Za-z]{3,}/.test(words(EN[k as keyof typeof EN])) && !CJK.test(ZH_CN[k as keyof typeof ZH_CN]));
    expect(untranslated).toEqual([]);
  });
});

describe('t() and friends', () => {
  it('fill placeholders, formatting numbers for the locale', () => {
    expect(tIn('en', 'status.simulating', { done: 1200, total: 3000 })).toBe('Simulating… 1,200 / 3,000 runs');
    expect(tIn('zh-CN', 'status.simulating', { done: 1200, total: 3000 })).toBe('模拟中… 1,200 / 3,000 次');
    expect(tIn('zh-CN', 'lesson.stepOf', { n: 2, total: 5 })).toBe('第 2 步，共 5 步');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}'); // a missing value stays visible
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(0.5, 'zh-CN')).toBe('0.5');
    expect(formatNumber(NaN, 'en')).toBe('—');
    expect(local({ en: 'a', zh: '甲' }, 'zh-CN')).toBe('甲');
  });
});

/** Every control the page can show. */
function allFields(): FieldSpec[] {
  return [
    ...RUN_FIELDS,
    NODES,
    NAME_FIELD,
    NETWORK_KIND_FIELD,
    MODEL_KIND_FIELD,
    RESAMPLE_FIELD,
    ...KOL_FIELDS,
    ...Object.values(NETWORK_FIELDS).flat(),
    ...Object.values(MODEL_FIELDS).flat(),
    ...SEEDING_FIELDS,
    ...LEVER_FIELDS,
  ];
}

describe('controls in both languages', () => {
  it('every control takes its English from the catalogue, and has Chinese label and explanation, and a unit when English has one', () => {
    const missing: string[] = [];
    for (const spec of allFields()) {
      const id = textIdOf(spec);
      const en = EN as Record<string, string>;
      const zh = ZH_CN as Record<string, string>;
      expect([spec.label, spec.help, spec.unit], id).toEqual([en[`control.${id}.label`], en[`control.${id}.help`], en[`control.${id}.unit`]]);
      if (!CJK.test(zh[`control.${id}.label`] + zh[`control.${id}.help`])) missing.push(`${id}: label/help`);
      if (spec.unit !== undefined && !CJK.test(zh[`control.${id}.unit`])) missing.push(`${id}: unit`);
    }
    expect(missing).toEqual([]);
  });

  it('no control words belong to a control that does not exist', () => {
    const ids = new Set(allFields().map(textIdOf));
    const stale = enKeys.filter((k) => k.startsWith('control.') && !ids.has(k.replace(/^control\.(.*)\.(label|help|unit)$/, '$1')));
    expect(stale).toEqual([]);
  });

  it('every option is translated', () => {
    const tables: [string, string[]][] = [
      ['network.kind', NETWORK_KIND_OPTIONS.map((o) => o.value)],
      ['model.kind', Object.keys(MODEL_KIND_LABELS)],
      ['model.platform', Object.keys(PLATFORM_LABELS)],
      ['seeding.method', Object.keys(SEEDING_LABELS)],
    ];
    for (const [control, values] of tables) {
      expect(values.length, control).toBeGreaterThan(1);
      const zh = localizedOptions(control, values.map((value) => ({ value, label: value })), 'zh-CN');
      for (const o of zh) expect(o.label, `${control}=${o.value}`).toMatch(CJK);
    }
  });

  it('localizedField keeps English as is and caches the Chinese copy', () => {
    const spec = LEVER_FIELDS[0];
    expect(localizedField(spec, 'en')).toBe(spec);
    const zh = localizedField(spec, 'zh-CN');
    expect(zh).toBe(localizedField(spec, 'zh-CN'));
    expect(zh.label).toBe('内容质量');
    expect({ ...zh, label: spec.label, help: spec.help }).toEqual(spec); // ranges untouched
  });
});

describe('charts and network view in both languages', () => {
  it('chart options are built per language, stable, and carry the locale', () => {
    const en = resultChartOptions('en');
    const zh = resultChartOptions('zh-CN', 18);
    expect(resultChartOptions('en')).toBe(en);
    expect(en.reached).toMatchObject({ locale: 'en', metric: 'reached', title: 'People reached over time' });
    expect(zh.reached).toMatchObject({ locale: 'zh-CN', metric: 'reached', fontSize: 18 });
    expect(zh.distribution('roi')).toBe(zh.distribution('roi'));
    // Every word in the Chinese options is Chinese, apart from identifiers (metric, locale).
    const values: string[] = [];
    const walk = (v: unknown, key: string) => {
      if (typeof v === 'string' && key !== 'metric' && key !== 'locale') values.push(v);
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk({ ...zh, roi: zh.distribution('roi') }, '');
    expect(values.length).toBeGreaterThan(60);
    const words = (v: string) => v.replace(/\{\w+\}/g, '');
    expect(values.filter((v) => /[A-Za-z]{3,}/.test(words(v)) && !CJK.test(v) && v !== 'KOL' && v !== 'ROI')).toEqual([]);
  });

  it('the network view gets every word in Chinese', () => {
    expect(networkTextFor('en')).toBeUndefined();
    const zh = networkTextFor('zh-CN')!;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(NETWORK_TEXT_EN).sort());
    expect(zh.hour(30)).toBe('第 30 小时');
    expect(zh.pathLength(1)).toBe('距起点 1 跳');
    expect(zh.pathLength(3)).toBe('距起点 3 跳');
    expect(zh.node(12345)).toBe('#12,345');
  });
});

describe('the Analyse area and the editing tools in both languages', () => {
  it('word parameterised messages and follow the current language', async () => {
    const { t, tPlural } = await import('../../../src/ui/i18n/t');
    const { setLocale } = await import('../../../src/ui/i18n/locale');
    expect(t('analysis.cancel')).toBe('Cancel');
    expect(tPlural('editing.libraryProblems', 1)).toBe('1 problem');
    expect(tPlural('editing.libraryProblems', 0)).toBe('0 problems');
    setLocale('zh-CN', { remember: false });
    try {
      expect(t('analysis.cancel')).toBe('取消');
      expect(t('analysis.doneIn', { s: '1.5' })).toBe('用时 1.5 秒完成。');
      expect(tPlural('editing.libraryProblems', 1)).toBe('1 个问题');
    } finally {
      setLocale('en', { remember: false });
    }
  });
});
