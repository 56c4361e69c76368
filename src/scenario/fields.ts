/**
 * Field builders for the scenario schema. Each builder produces exactly one plain-language
 * reason per bad field ("must be a number between 0 and 1 (got a string)") instead of zod's
 * generic messages, so an error tells a strategist what to type, not what the parser expected.
 * Values are echoed only when they are short (numbers, booleans); strings never are, so a
 * 10 MB string cannot turn into a 10 MB error message.
 */
import { z } from 'zod';

/** Texts up to this length are quoted in "(got …)"; longer ones are only measured. */
const MAX_QUOTED_TEXT = 20;

/** A short description of what was given, for "(got …)" suffixes. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'string':
      // Short texts are quoted ("5" where a number belongs); long ones only measured.
      return value.length <= MAX_QUOTED_TEXT && !/[\u0000-\u001f\u007f]/.test(value)
        ? JSON.stringify(value)
        : `a text of ${value.length} characters`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/** Reason text for a failed field: "required; <reason>" when missing, else "<reason> (got …)". */
export function reasonFor(reason: string, input: unknown): string {
  return input === undefined ? `required; ${reason}` : `${reason} (got ${describeValue(input)})`;
}

function errorFn(reason: string) {
  return (issue: { input?: unknown }) => reasonFor(reason, issue.input);
}

/**
 * A field accepted by `test`, failing with `reason`. Not aborting (zod's z.custom aborts by
 * default), so checks across fields still run and every problem is reported at once.
 */
export function customField<T>(test: (v: unknown) => boolean, reason: string | ((input: unknown) => string)) {
  const message = typeof reason === 'string' ? errorFn(reason) : (issue: { input?: unknown }) => reason(issue.input);
  return z.custom<T>(test, { error: message, abort: false });
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** An integer in [min, max]; `note` explains the bound, e.g. "the number of nodes". */
export function integerField(min: number, max: number, note?: string) {
  const reason = `must be an integer between ${min} and ${max}${note ? ` (${note})` : ''}`;
  return customField<number>((v) => isFiniteNumber(v) && Number.isInteger(v) && v >= min && v <= max, reason);
}

/** A finite number in [min, max]. */
export function numberField(min: number, max: number) {
  const reason = `must be a number between ${min} and ${max}`;
  return customField<number>((v) => isFiniteNumber(v) && v >= min && v <= max, reason);
}

/** A finite number in (0, max]: for rates and exponents where 0 means nothing. */
export function positiveNumberField(max: number) {
  const reason = `must be a number greater than 0 and at most ${max}`;
  return customField<number>((v) => isFiniteNumber(v) && v > 0 && v <= max, reason);
}

/** A string of minLength … maxLength characters. */
export function stringField(minLength: number, maxLength: number) {
  const reason =
    minLength === 0
      ? `must be a text of at most ${maxLength} characters`
      : `must be a text of ${minLength} to ${maxLength} characters`;
  return customField<string>((v) => typeof v === 'string' && v.length >= minLength && v.length <= maxLength, reason);
}

/** true or false. */
export function booleanField() {
  return customField<boolean>((v) => typeof v === 'boolean', 'must be true or false');
}

/** One of a fixed list of words. */
export function oneOfField<const T extends readonly [string, ...string[]]>(values: T) {
  const reason = `must be one of ${values.join(', ')}`;
  return customField<T[number]>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), reason);
}

/** A JSON object with exactly the given fields (unknown fields are reported one by one). */
export function objectField<S extends z.core.$ZodLooseShape>(shape: S, what = 'an object') {
  const reason = `must be ${what}`;
  // Only the "not an object" issue gets our wording; unknown keys are formatted in issues.ts.
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? reasonFor(reason, issue.input) : undefined),
  });
}

/**
 * An object whose `kind` field picks one of several strict shapes (network kinds, model kinds).
 * Adding a kind is adding one entry to `options`.
 */
export function kindUnion<
  const Options extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
>(options: Options, kinds: readonly string[], what: string) {
  const kindReason = `must be one of ${kinds.join(', ')}`;
  return z.discriminatedUnion('kind', options, {
    error: (issue) => {
      // The declared issue type omits invalid_type, but a non-object input raises it.
      if ((issue.code as string) === 'invalid_type') return reasonFor(`must be ${what}`, issue.input);
      if (issue.code === 'invalid_union') {
        const given = isPlainObject(issue.input) ? issue.input.kind : undefined;
        return given === undefined ? `required; ${kindReason}` : kindReason;
      }
      return undefined;
    },
  });
}

/** Guard for a raw value before parsing: a plain JSON object (not null, not a list). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
