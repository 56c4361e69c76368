/**
 * The text of a scenario value as the app downloads it, keeps it in links and localStorage, and
 * uses it as the scenario's identity (a run is re-used when the text is the same): JSON indented
 * by two spaces with a final newline.
 *
 * Serialising a scenario with a 40 MB inline edge list takes a few hundred milliseconds, and the
 * page asks for the text of the same draft from several places (the run, the address, storage,
 * the Analyse and Calibrate tabs). Drafts are immutable values — every edit makes a new object —
 * so the text is remembered per object; the upload worker, which already holds the file's value,
 * writes the text there and the page remembers it for the value it receives.
 */

const texts = new WeakMap<object, string>();

/** The text of `value` (remembered for objects). */
export function scenarioText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `${JSON.stringify(value, null, 2)}\n`;
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = `${JSON.stringify(value, null, 2)}\n`));
  return text;
}

/** Remember `text` as the text of `value` (it must be scenarioText of an equal value: the upload worker's). */
export function rememberScenarioText(value: object, text: string): void {
  texts.set(value, text);
}
