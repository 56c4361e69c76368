/**
 * JSON indented by two spaces, but with "flat" values on one line: arrays of numbers
 * (timelines, histograms) and objects whose fields are all plain values (one run's totals).
 * The text parses to exactly what JSON.stringify would give; it is only easier to read and
 * diff than one number per line.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value printed on one line: a primitive, a list of flat non-object values, or an object of primitives (or empty lists). */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((item) => item === null || typeof item !== 'object' || (Array.isArray(item) && isFlat(item)));
  return Object.values(value).every((item) => item === null || typeof item !== 'object' || (Array.isArray(item) && item.length === 0));
}

function format(value: Json, indent: string): string {
  if (isFlat(value) || value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** Pretty JSON text (no trailing newline) of a JSON-compatible value. */
export function prettyJson(value: unknown): string {
  // Round-trip through JSON first so typed arrays, undefined fields and toJSON behave as in JSON.stringify.
  return format(JSON.parse(JSON.stringify(value)) as Json, '');
}
