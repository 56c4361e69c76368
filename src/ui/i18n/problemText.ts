/**
 * Scenario problems in the UI language: the validator's reasons (path + reason code, see
 * src/scenario/reasons.ts) worded with the catalogue's `problem.*` messages of the current
 * locale. English is the validator's own table, so the app shows exactly the CLI's lines; the
 * path is never translated (it is the field's name in the JSON file).
 */
import { reasonRenderer } from '../../scenario/problemText';
import { PROBLEM_TEXT_EN, type ProblemTextKey, type ProblemWords } from '../../scenario/problemText.en';
import type { Reason, ScenarioProblem } from '../../scenario/reasons';
import { currentLocale, type Locale } from './locale';
import { CATALOGUES } from './t';

const renderers = new Map<Locale, ReturnType<typeof reasonRenderer>>();

/** The catalogue's problem words of `locale`. */
function problemWords(locale: Locale): ProblemWords {
  const catalogue = CATALOGUES[locale];
  return Object.fromEntries((Object.keys(PROBLEM_TEXT_EN) as ProblemTextKey[]).map((key) => [key, catalogue[key]])) as ProblemWords;
}

function renderer(locale: Locale) {
  let r = renderers.get(locale);
  if (!r) renderers.set(locale, (r = reasonRenderer(problemWords(locale), locale)));
  return r;
}

/** A reason in `locale` (default: the current one). */
export function reasonIn(reason: Reason, locale: Locale = currentLocale()): string {
  return renderer(locale).reason(reason);
}

/** `path: reason` in `locale`, the path as written in the file. */
export function problemIn(problem: ScenarioProblem, locale: Locale = currentLocale()): string {
  return renderer(locale).problem(problem);
}
