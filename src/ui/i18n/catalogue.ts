/**
 * Type-level checks of the message catalogues: the placeholders of a message (`{name}`), and a
 * helper that makes the compiler refuse a translation whose keys or placeholders differ from the
 * English catalogue's. The same checks run at test time (test/ui/i18n/catalogue.test.ts) with
 * readable messages.
 */

/** The placeholder names in a message type: "Step {n} of {total}" → "n" | "total". */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Z when its placeholders are exactly E's, else a type no string has (a compile error). */
export type SamePlaceholders<E extends string, Z extends string> = [Placeholders<E>] extends [Placeholders<Z>]
  ? [Placeholders<Z>] extends [Placeholders<E>]
    ? Z
    : `extra placeholder {${Exclude<Placeholders<Z>, Placeholders<E>>}}`
  : `missing placeholder {${Exclude<Placeholders<E>, Placeholders<Z>>}}`;

/**
 * A translation of `source`: every key, no other key, and each message with the same
 * placeholders as the source's (checked by the compiler on the literal).
 */
export function translation<const Source extends Record<string, string>>() {
  return <const T extends { [K in keyof Source]: string }>(messages: T & { [K in keyof Source]: SamePlaceholders<Source[K], T[K]> } & Record<Exclude<keyof T, keyof Source>, never>): { [K in keyof Source]: string } => messages;
}

/** The placeholder names in a message string, sorted (the runtime twin of `Placeholders`). */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
