/**
 * The introduction's glossary: the words a first-time visitor meets on the page, in the order
 * they matter. Each term's name and plain-language meaning live in the translation catalogue
 * (`intro.term.<id>` / `intro.def.<id>`), so the compiler asks for both languages and a test
 * checks none is empty. "Seeding" and "random seed" sit side by side on purpose: users of
 * similar tools confuse them.
 */
import type { MessageKey } from '../../i18n/t';

export const GLOSSARY_TERMS = ['seeding', 'randomSeed', 'reach', 'sharing', 'conversion', 'lift', 'R'] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The catalogue keys of a term's name and meaning (a compile error if either is missing). */
export function glossaryKeys(term: GlossaryTerm): { term: MessageKey; definition: MessageKey } {
  return { term: `intro.term.${term}` satisfies MessageKey, definition: `intro.def.${term}` satisfies MessageKey };
}
