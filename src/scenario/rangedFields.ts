/**
 * Fields whose bounds and defaults come from a model's contract (e.g. DIVIDEND_MODEL_RANGES and
 * DIVIDEND_MODEL_DEFAULTS in src/core/dividend/dividendSpec.ts), so a range is written down in
 * exactly one place and the schema, its error messages and the README cannot drift from it.
 */
import type { FieldRange } from '../core/dividend/dividendRanges';
import { integerField, numberField } from './fields';

/** Looks fields up by dotted path, and remembers which paths were used (for a completeness test). */
export class RangeTable {
  private readonly used = new Set<string>();

  constructor(
    private readonly ranges: Readonly<Record<string, FieldRange>>,
    private readonly defaults: unknown,
  ) {}

  /** The range of `path`; throws at module load for a path the contract does not have (a programming error). */
  range(path: string): FieldRange {
    const range = this.ranges[path];
    if (range === undefined) throw new Error(`RangeTable: no range for ${path}`);
    this.used.add(path);
    return range;
  }

  /** A number (or integer) field with the range of `path`. */
  field(path: string) {
    const r = this.range(path);
    return r.integer ? integerField(r.min, r.max) : numberField(r.min, r.max);
  }

  /** The default of a dotted path (without `[]` parts), deep-copied so a scenario never shares it. */
  defaultOf<T = unknown>(path: string): T {
    let value: unknown = this.defaults;
    for (const part of path.split('.')) value = (value as Record<string, unknown>)[part];
    if (value === undefined) throw new Error(`RangeTable: no default for ${path}`);
    return structuredClone(value) as T;
  }

  /** `field(path)` with the contract's default filled when the field is missing. */
  withDefault(path: string) {
    const fallback = this.defaultOf<number>(path);
    return this.field(path).default(() => fallback);
  }

  /** Paths of the contract that no schema field uses (should be none). */
  unusedPaths(): string[] {
    return Object.keys(this.ranges).filter((p) => !this.used.has(p));
  }
}
