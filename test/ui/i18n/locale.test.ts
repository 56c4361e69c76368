/**
 * Which language the page starts in, and the safe fallback: `?locale=` wins, then the
 * remembered choice, then the browser's languages, then English; a malformed `?locale=` is
 * reported (never thrown) and falls back. Switching notifies subscribers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocale, initialLocale, matchLocale, onLocaleChange, parseLocaleParam, setLocale } from '../../../src/ui/i18n/locale';

describe('locale choice', () => {
  it('matches browser tags to a UI language', () => {
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh_TW')).toBe('zh-CN');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('fr-FR')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale(undefined)).toBeNull();
  });

  it('reads ?locale= exactly, and reports anything else without throwing', () => {
    expect(parseLocaleParam('zh-CN')).toEqual({ locale: 'zh-CN', warning: null });
    expect(parseLocaleParam('zh_cn')).toEqual({ locale: 'zh-CN', warning: null });
    expect(parseLocaleParam('zh')).toEqual({ locale: 'zh-CN', warning: null });
    expect(parseLocaleParam('EN')).toEqual({ locale: 'en', warning: null });
    expect(parseLocaleParam(null)).toEqual({ locale: null, warning: null });
    expect(parseLocaleParam('klingon').locale).toBeNull();
    expect(parseLocaleParam('klingon').warning).toMatch(/klingon/);
    expect(parseLocaleParam('x'.repeat(10_000)).warning!.length).toBeLessThan(60);
  });

  it('prefers the URL, then the remembered choice, then the browser, then English', () => {
    expect(initialLocale({ search: '?locale=zh-CN', stored: 'en', languages: ['en'] })).toEqual({ locale: 'zh-CN', badParam: null });
    expect(initialLocale({ search: '', stored: 'zh-CN', languages: ['en-US'] }).locale).toBe('zh-CN');
    expect(initialLocale({ search: '', stored: null, languages: ['fr', 'zh-TW', 'en'] }).locale).toBe('zh-CN');
    expect(initialLocale({ search: '', stored: null, languages: ['fr'] }).locale).toBe('en');
    expect(initialLocale({ search: '', stored: 'garbage', languages: [] }).locale).toBe('en');
  });

  it('falls back from a malformed ?locale= and says which value was wrong', () => {
    expect(initialLocale({ search: '?locale=de-DE', stored: 'zh-CN', languages: ['en'] })).toEqual({ locale: 'zh-CN', badParam: 'de-DE' });
    expect(initialLocale({ search: '?locale=%E0%A4%A', stored: null, languages: ['en'] }).locale).toBe('en');
    expect(initialLocale({ search: '?locale=<script>', stored: null, languages: [] })).toEqual({ locale: 'en', badParam: '<script>' });
    expect(initialLocale({ search: '?locale=', stored: null, languages: ['zh'] })).toEqual({ locale: 'zh-CN', badParam: null });
  });
});

describe('switching', () => {
  afterEach(() => setLocale('en', { remember: false }));

  it('notifies subscribers once per change and stops after unsubscribe', () => {
    const seen = vi.fn();
    const off = onLocaleChange(seen);
    setLocale('zh-CN', { remember: false });
    setLocale('zh-CN', { remember: false });
    expect(currentLocale()).toBe('zh-CN');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith('zh-CN');
    off();
    setLocale('en', { remember: false });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
