/**
 * The English phrases of a template table: the literal pieces between `{placeholders}` that have
 * two words or more (a single word may be a field or data name, which stays as written). A
 * translation that still contains one of them has an English fallback. Used by the tests of the
 * problem texts and of the chart descriptions.
 */
export function englishPhrases(templates: Readonly<Record<string, string>>): string[] {
  return [
    ...new Set(
      Object.values(templates)
        .flatMap((template) => template.split(/\{\w+\}/))
        .map((piece) => piece.trim())
        .filter((piece) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(piece)),
    ),
  ];
}
