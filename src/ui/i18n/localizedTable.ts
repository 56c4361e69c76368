/**
 * A text table in the current language, for components that keep their words in one object
 * (`T.cancel`, `T.doneIn(s)`): a read-only view that answers every property from the current
 * locale's table, so `import { X as T }` keeps working after a switch (the component still
 * needs a LocaleController to re-render). Both tables have the same type, so the compiler
 * checks that the translation has every entry, with the same function signatures.
 */
import { currentLocale, type Locale } from './locale';

export function localizedTable<T extends object>(tables: Record<Locale, T>): T {
  return new Proxy(tables.en, {
    get: (_target, key) => Reflect.get(tables[currentLocale()], key),
    has: (_target, key) => Reflect.has(tables[currentLocale()], key),
    ownKeys: () => Reflect.ownKeys(tables[currentLocale()]),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(tables[currentLocale()], key);
      return d ? { ...d, configurable: true } : undefined;
    },
    set: () => false,
  });
}
