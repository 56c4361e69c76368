/**
 * `t('key', {params})`: the UI text of a message key in the current locale. Messages are plain
 * strings with `{name}` placeholders; the English catalogue defines the keys and placeholders,
 * and the compiler checks every call (an unknown key, a missing or an extra parameter is a type
 * error) and the Chinese catalogue (same keys, same placeholders: see catalogue.ts).
 * Number parameters are formatted with Intl.NumberFormat of the locale ("12,345" / "12,345",
 * "1.5" / "1.5"); pass a string to keep your own formatting.
 */
import { EN, type MessageKey } from './messages.en';
import { ZH_CN } from './messages.zh-CN';
import { currentLocale, type Locale } from './locale';
import type { Placeholders } from './catalogue';

export type { MessageKey };

/** Each locale's messages. */
export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en: EN, 'zh-CN': ZH_CN };

/** The parameters a message needs: none, or an object with exactly its placeholders. */
export type Params<K extends MessageKey> = [Placeholders<(typeof EN)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof EN)[K]>, string | number>];

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number in the locale's style, up to `maximumFractionDigits` decimals (default 2). */
export function formatNumber(value: number, locale: Locale = currentLocale(), maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  if (maximumFractionDigits !== 2) return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(value);
}

/** Fill `{name}` placeholders; unknown names stay as written (visible, never silently empty). */
export function fill(template: string, params: Record<string, string | number> | undefined, locale: Locale = currentLocale()): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, locale) : v;
  });
}

/** The message `key` in the current locale (or `locale`), with its placeholders filled. */
export function t<K extends MessageKey>(key: K, ...params: Params<K>): string {
  return fill(CATALOGUES[currentLocale()][key] ?? EN[key], params[0] as Record<string, string | number> | undefined);
}

/** The same in a given locale (tests, exports that must be English). */
export function tIn<K extends MessageKey>(locale: Locale, key: K, ...params: Params<K>): string {
  return fill(CATALOGUES[locale][key] ?? EN[key], params[0] as Record<string, string | number> | undefined, locale);
}

/** Keys that come in a `.one` / `.other` pair ("1 run" / "2 runs"). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never }[MessageKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural form of `base` for `count` (Chinese has one form; its catalogue repeats it). */
export function tPlural(base: PluralBase, count: number, params: Record<string, string | number> = {}): string {
  return tPluralIn(currentLocale(), base, count, params);
}

/** The same in a given locale; `params.n` replaces the formatted count when given (e.g. a number written as is). */
export function tPluralIn(locale: Locale, base: PluralBase, count: number, params: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const key = (rules.select(count) === 'one' ? `${base}.one` : `${base}.other`) as MessageKey;
  return fill(CATALOGUES[locale][key] ?? EN[key], { n: count, ...params }, locale);
}

/** A text given in both languages (lesson data), in the current locale. */
export interface LocalText {
  en: string;
  zh: string;
}

/** The current locale's version of a two-language text. */
export function local(text: LocalText, locale: Locale = currentLocale()): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** `tIn` for a key chosen at run time (its parameters are not checked by the compiler). */
export function messageIn(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return fill(CATALOGUES[locale][key] ?? EN[key], params, locale);
}
