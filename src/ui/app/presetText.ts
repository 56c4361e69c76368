/**
 * What the page shows for a preset's name and description, in the UI language. The preset file
 * is the one source: its `name` and `description` are the English, its `translations["zh-CN"]`
 * the Chinese (validated with the rest of the file). The scenario itself keeps the file's English
 * as its name (downloads, share links, exports and the CLI carry it, so data stays stable); only
 * the display is translated.
 *
 * A scenario's name or description is recognised by its text: while it is still a preset's own
 * it is shown in the current language, and once the user has changed it, it is shown as typed.
 * Matching the text rather than remembering which preset was opened also covers a preset that
 * comes back from a share link, a reload or a downloaded file.
 */
import { currentLocale, type Locale } from '../i18n/locale';
import { PRESETS, type Preset } from './presets';

export type PresetField = 'name' | 'description';

/** A preset's own name or description in `locale` (its English when the file has no translation). */
export function presetText(preset: Preset, field: PresetField, locale: Locale): string {
  return locale === 'en' ? preset[field] : (preset.translations?.[locale]?.[field] ?? preset[field]);
}

/** Preset by its file's text, per field (an empty description names no preset). */
const presetsByText: Record<PresetField, Map<string, Preset>> = {
  name: new Map(PRESETS.map((p) => [p.name, p])),
  description: new Map(PRESETS.filter((p) => p.description !== '').map((p) => [p.description, p])),
};

/** A scenario's name or description as the page shows it: a preset's own text translated, any other as is. */
export function shownScenarioText(field: PresetField, text: string, locale: Locale = currentLocale()): string {
  const preset = presetsByText[field].get(text);
  return preset === undefined ? text : presetText(preset, field, locale);
}

export interface PresetChoice {
  id: string;
  name: string;
}

const choices = new Map<Locale, PresetChoice[]>();

/** The preset picker's entries in one language, sorted by their shown name (the same array per language). */
export function presetChoices(locale: Locale = currentLocale()): readonly PresetChoice[] {
  let list = choices.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = PRESETS.map((p) => ({ id: p.id, name: presetText(p, 'name', locale) })).sort((a, b) => collator.compare(a.name, b.name));
    choices.set(locale, list);
  }
  return list;
}
