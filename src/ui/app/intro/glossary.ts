/**
 * The introduction's glossary: the words a first-time visitor meets on the page, in the order
 * they matter. Each term's name and plain-language meaning live in the translation catalogue
 * (`intro.term.<id>` / `intro.def.<id>`), so the compiler asks for both languages and a test
 * checks none is empty. "Seeding" and "random seed" sit side by side on purpose: users of
 * similar tools confuse them.
 */
import type { MessageKey } from '../../i18n/t';

/** Each term with its catalogue keys (a compile error if a key is missing). */
export const GLOSSARY = [
  { id: 'seeding', term: 'intro.term.seeding', definition: 'intro.def.seeding' },
  { id: 'randomSeed', term: 'intro.term.randomSeed', definition: 'intro.def.randomSeed' },
  { id: 'reach', term: 'intro.term.reach', definition: 'intro.def.reach' },
  { id: 'sharing', term: 'intro.term.sharing', definition: 'intro.def.sharing' },
  { id: 'conversion', term: 'intro.term.conversion', definition: 'intro.def.conversion' },
  { id: 'lift', term: 'intro.term.lift', definition: 'intro.def.lift' },
  { id: 'R', term: 'intro.term.R', definition: 'intro.def.R' },
] as const satisfies readonly { id: string; term: MessageKey; definition: MessageKey }[];

export type GlossaryEntry = (typeof GLOSSARY)[number];
export type GlossaryTerm = GlossaryEntry['id'];
export const GLOSSARY_TERMS: readonly GlossaryTerm[] = GLOSSARY.map((g) => g.id);

/** The catalogue keys of a term's name and meaning. */
export function glossaryKeys(term: GlossaryTerm): GlossaryEntry {
  return GLOSSARY.find((g) => g.id === term)!;
}
