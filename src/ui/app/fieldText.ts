/**
 * The controls' words in the current language: a thin view over the catalogue's `control.*` and
 * `option.*` messages (src/ui/i18n/messages/fields.*.ts), keyed by the control's text id
 * (`spec.textId ?? spec.path`) and by option value. A spec is a structured object (label, help,
 * unit beside its range) that the field element takes as one property, so the translation is a
 * copy of the spec with its words in the locale rather than a t() call per word in each element.
 */
import { EN, type MessageKey } from '../i18n/messages.en';
import { currentLocale, type Locale } from '../i18n/locale';
import { messageIn } from '../i18n/t';
import type { FieldSpec, SelectOption } from './fieldSpecs';

/** The id under which a control's words are kept. */
export function textIdOf(spec: FieldSpec): string {
  return spec.textId ?? spec.path;
}

/** The catalogue's message `key` in `locale`, or undefined when the catalogue has no such key. */
function wordIn(locale: Locale, key: string): string | undefined {
  return Object.hasOwn(EN, key) ? messageIn(locale, key as MessageKey) : undefined;
}

/** A control's label in `locale` by its text id (undefined for an unknown id). */
export function controlLabel(id: string, locale: Locale = currentLocale()): string | undefined {
  return wordIn(locale, `control.${id}.label`);
}

/** An option list in the current language (its own label when the catalogue has none: an uploaded edge list's). */
export function localizedOptions(controlId: string, options: readonly SelectOption[], locale: Locale = currentLocale()): SelectOption[] {
  if (locale === 'en') return [...options];
  return options.map((o) => ({ value: o.value, label: wordIn(locale, `option.${controlId}.${o.value}`) ?? o.label }));
}

const cache = new WeakMap<FieldSpec, FieldSpec>();

/**
 * The control in the current language. Same object in English; in Chinese one cached copy per
 * control, so a component re-rendering does not hand its field a new spec each time.
 */
export function localizedField(spec: FieldSpec, locale: Locale = currentLocale()): FieldSpec {
  if (locale === 'en') return spec;
  let out = cache.get(spec);
  if (!out) {
    const id = textIdOf(spec);
    out = {
      ...spec,
      label: wordIn(locale, `control.${id}.label`) ?? spec.label,
      help: wordIn(locale, `control.${id}.help`) ?? spec.help,
      unit: spec.unit === undefined ? undefined : (wordIn(locale, `control.${id}.unit`) ?? spec.unit),
    };
    if (spec.options) out.options = localizedOptions(relativeControlId(spec.path), spec.options, locale);
    cache.set(spec, out);
  }
  return out;
}

/** `strategies[2].seeding.method` → `seeding.method` (option words are per control, not per strategy). */
function relativeControlId(path: string): string {
  return path.replace(/^strategies\[\d+\]\./, '');
}
