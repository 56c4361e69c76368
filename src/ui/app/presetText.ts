/**
 * What the page shows for a preset's name and description, in the UI language. The scenario
 * itself keeps the file's English (downloads, share links, exports and the CLI carry it, so data
 * stays stable); only the display is translated, from the catalogue's `preset.<id>.name` and
 * `preset.<id>.description` (whose English equals the files').
 *
 * A scenario's name or description is recognised by its text: while it is still a preset's own
 * it is shown in the current language, and once the user has changed it, it is shown as typed.
 * Matching the text rather than remembering which preset was opened also covers a preset that
 * comes back from a share link, a reload or a downloaded file.
 */
import { EN, type MessageKey } from '../i18n/messages.en';
import { currentLocale, type Locale } from '../i18n/locale';
import { messageIn } from '../i18n/t';
import { PRESETS } from './presets';

export type PresetField = 'name' | 'description';

/** The catalogue key of a preset's name or description (null when the catalogue lacks it). */
export function presetMessageKey(id: string, field: PresetField): MessageKey | null {
  const key = `preset.${id}.${field}`;
  return Object.hasOwn(EN, key) ? (key as MessageKey) : null;
}

/** Preset id by its file's text, per field (an empty description names no preset). */
const idsByText: Record<PresetField, Map<string, string>> = {
  name: new Map(PRESETS.map((p) => [p.name, p.id])),
  description: new Map(PRESETS.filter((p) => p.description !== '').map((p) => [p.description, p.id])),
};

/** A scenario's name or description as the page shows it: a preset's own text translated, any other as is. */
export function shownScenarioText(field: PresetField, text: string, locale: Locale = currentLocale()): string {
  const id = idsByText[field].get(text);
  const key = id === undefined ? null : presetMessageKey(id, field);
  return key === null ? text : messageIn(locale, key);
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
    list = PRESETS.map((p) => {
      const key = presetMessageKey(p.id, 'name');
      return { id: p.id, name: key === null ? p.name : messageIn(locale, key) };
    }).sort((a, b) => collator.compare(a.name, b.name));
    choices.set(locale, list);
  }
  return list;
}
