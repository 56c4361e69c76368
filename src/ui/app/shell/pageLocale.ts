/**
 * The page's language: chosen at start-up from `?locale=`, the remembered choice and the browser's
 * languages (i18n/locale.ts decides), switched live from the toolbar. A `?locale=` in the address
 * follows a switch, so a reload keeps the language the user picked.
 */
import { initialLocale, loadLocale, setLocale, type Locale } from '../../i18n/locale';

/** Set the starting language; returns the malformed `?locale=` value to warn about, or null. */
export function startLocale(): string | null {
  const start = initialLocale({ search: location.search, stored: loadLocale(), languages: navigator.languages ?? [navigator.language] });
  setLocale(start.locale, { remember: false });
  document.documentElement.lang = start.locale;
  if (start.badParam === null) return null;
  console.warn(`Unknown ?locale=${start.badParam.slice(0, 40)}; using ${start.locale}.`);
  return start.badParam;
}

/** Switch the language (remembered); a `?locale=` in the address follows. */
export function switchLocale(locale: Locale): void {
  setLocale(locale);
  const url = new URL(location.href);
  if (url.searchParams.has('locale')) {
    url.searchParams.set('locale', locale);
    history.replaceState(null, '', url.href);
  }
}
