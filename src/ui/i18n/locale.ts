/**
 * Which language the page speaks: English or Simplified Chinese. The choice comes from
 * `?locale=` in the URL, else the one remembered in localStorage, else the browser's languages;
 * a malformed `?locale=` warns and falls back (never throws). `setLocale` switches live: every
 * subscriber (the LocaleController of each component) re-renders.
 *
 * Only UI text follows the locale; data identifiers (scenario fields, JSON keys, CSV headers,
 * preset file names, metric ids) stay English so that files and analysts' scripts keep working.
 */

/** The languages of the UI, as BCP 47 tags (also what Intl gets for number formatting). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Names of the languages in themselves, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'dividend-lab:locale';

/**
 * The UI locale a BCP 47 tag asks for, or null when we have none close: any Chinese tag
 * (zh, zh-CN, zh-Hans, zh-SG, zh-TW…) gets Simplified Chinese, any English tag English.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** A value of `?locale=`: exactly a supported tag (case-insensitive, `_` accepted) or a warning. */
export function parseLocaleParam(value: string | null): { locale: Locale | null; warning: string | null } {
  if (value === null || value === '') return { locale: null, warning: null };
  const normalised = value.trim().replace('_', '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === normalised) ?? (normalised === 'zh' ? 'zh-CN' : undefined);
  if (exact) return { locale: exact, warning: null };
  // Shown as typed but cut short: the value is untrusted text from a link.
  return { locale: null, warning: `locale=${value.slice(0, 40)}` };
}

export interface LocaleSources {
  /** `location.search`. */
  search: string;
  /** What localStorage holds (null when nothing or unreadable). */
  stored: string | null;
  /** `navigator.languages` (most preferred first). */
  languages: readonly string[];
}

/** The locale to start with, and the malformed `?locale=` value if there was one. */
export function initialLocale(sources: LocaleSources): { locale: Locale; badParam: string | null } {
  let param: string | null = null;
  try {
    param = new URLSearchParams(sources.search).get('locale');
  } catch {
    param = null;
  }
  const fromUrl = parseLocaleParam(param);
  if (fromUrl.locale) return { locale: fromUrl.locale, badParam: null };
  const stored = sources.stored !== null && (LOCALES as readonly string[]).includes(sources.stored) ? (sources.stored as Locale) : null;
  const fromBrowser = sources.languages.map(matchLocale).find((l) => l !== null) ?? null;
  return { locale: stored ?? fromBrowser ?? DEFAULT_LOCALE, badParam: fromUrl.warning ? param : null };
}

// ── The current locale ─────────────────────────────────────────────────────────────────────

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<(locale: Locale) => void>();

/** The locale every `t()` call uses now. */
export function currentLocale(): Locale {
  return current;
}

/** Switch the UI language: subscribers re-render; remembered unless `remember` is false. */
export function setLocale(locale: Locale, options: { remember?: boolean } = {}): void {
  if (options.remember !== false) saveLocale(locale);
  if (locale === current) return;
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of [...listeners]) listener(locale);
}

/** Call `listener` after every switch; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The remembered choice (null when none, or storage is blocked). */
export function loadLocale(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function saveLocale(locale: Locale): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // a preference that cannot be kept is not worth a message
  }
}
