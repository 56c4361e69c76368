/**
 * Field builders for the scenario schema. Each builder produces exactly one plain-language
 * reason per bad field ("must be a number between 0 and 1 (got a string)") instead of zod's
 * generic messages, so an error tells a strategist what to type, not what the parser expected.
 * Reasons are data (reasons.ts), handed through zod's message string and worded in problemText.ts.
 * Values are echoed only when they are short (numbers, booleans); strings never are, so a
 * 10 MB string cannot turn into a 10 MB error message.
 */
import { z } from 'zod';
import { encodeReason, withInput, type Reason, type ReasonBody } from './reasons';

/** A failed field's reason, for zod: "required; <reason>" when missing, else "<reason> (got …)". */
export function reasonFor(reason: ReasonBody, input: unknown): string {
  return encodeReason(withInput(reason, input));
}

/**
 * A field accepted by `test`, failing with `reason` (with what the field held), or with the
 * reason `reason(input)` returns. Not aborting (zod's z.custom aborts by default), so checks
 * across fields still run and every problem is reported at once.
 */
export function customField<T>(test: (v: unknown) => boolean, reason: ReasonBody | ((input: unknown) => Reason)) {
  const message =
    typeof reason === 'function'
      ? (issue: { input?: unknown }) => encodeReason(reason(issue.input))
      : (issue: { input?: unknown }) => reasonFor(reason, issue.input);
  return z.custom<T>(test, { error: message, abort: false });
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** An integer in [min, max]. */
export function integerField(min: number, max: number) {
  return customField<number>((v) => isFiniteNumber(v) && Number.isInteger(v) && v >= min && v <= max, { code: 'intRange', min, max });
}

/** A finite number in [min, max]. */
export function numberField(min: number, max: number) {
  return customField<number>((v) => isFiniteNumber(v) && v >= min && v <= max, { code: 'numberRange', min, max });
}

/** A finite number in (0, max]: for rates and exponents where 0 means nothing. */
export function positiveNumberField(max: number) {
  return customField<number>((v) => isFiniteNumber(v) && v > 0 && v <= max, { code: 'positiveNumber', max });
}

/** A string of minLength … maxLength characters. */
export function stringField(minLength: number, maxLength: number) {
  return customField<string>((v) => typeof v === 'string' && v.length >= minLength && v.length <= maxLength, {
    code: 'textLength',
    min: minLength,
    max: maxLength,
  });
}

/** true or false. */
export function booleanField() {
  return customField<boolean>((v) => typeof v === 'boolean', { code: 'boolean' });
}

/** One of a fixed list of words. */
export function oneOfField<const T extends readonly [string, ...string[]]>(values: T) {
  return customField<T[number]>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), { code: 'oneOf', values });
}

/**
 * A JSON object with exactly the given fields (unknown fields are reported one by one). `what`
 * says what belongs there: `{ fields: '{count, reach}' }` ("must be an object {count, reach}"),
 * with `orNull` when null is accepted too.
 */
export function objectField<S extends z.core.$ZodLooseShape>(shape: S, what: { fields?: string; orNull?: boolean } = {}) {
  const reason: ReasonBody =
    what.orNull && what.fields !== undefined ? { code: 'objectOrNull', fields: what.fields } : { code: 'object', fields: what.fields };
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
>(options: Options, kinds: readonly string[]) {
  const kindReason: ReasonBody = { code: 'oneOf', values: kinds };
  return z.discriminatedUnion('kind', options, {
    error: (issue) => {
      // The declared issue type omits invalid_type, but a non-object input raises it.
      if ((issue.code as string) === 'invalid_type') return reasonFor({ code: 'objectWithKind' }, issue.input);
      if (issue.code === 'invalid_union') {
        const given = isPlainObject(issue.input) ? issue.input.kind : undefined;
        // The wrong kind is not echoed: it may be a 10 MB string.
        return encodeReason(given === undefined ? { ...kindReason, got: { kind: 'missing' } } : kindReason);
      }
      return undefined;
    },
  });
}

/** Guard for a raw value before parsing: a plain JSON object (not null, not a list). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
