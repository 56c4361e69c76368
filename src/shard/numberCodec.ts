/**
 * Numbers of a partial result in JSON, exactly: finite doubles round-trip through JSON text
 * (shortest round-trip printing), but NaN, ±Infinity and −0 do not, and the merge must rebuild
 * every per-run value bit for bit. Those four are written as strings.
 */

export type EncodedNumber = number | 'NaN' | 'Infinity' | '-Infinity' | '-0';

export function encodeNumbers(values: ArrayLike<number>): EncodedNumber[] {
  const out: EncodedNumber[] = new Array<EncodedNumber>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) out[i] = 'NaN';
    else if (v === Infinity) out[i] = 'Infinity';
    else if (v === -Infinity) out[i] = '-Infinity';
    else if (Object.is(v, -0)) out[i] = '-0';
    else out[i] = v;
  }
  return out;
}

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/** Decode into a Float64Array; null when an entry is neither a number nor one of the four strings. */
export function decodeFloat64(values: unknown): Float64Array | null {
  if (!Array.isArray(values)) return null;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v === 'number') out[i] = v;
    else if (typeof v === 'string' && v in SPECIAL) out[i] = SPECIAL[v];
    else return null;
  }
  return out;
}

/** Decode whole numbers into an Int32Array; null when an entry is not a 32-bit integer. */
export function decodeInt32(values: unknown): Int32Array | null {
  if (!Array.isArray(values)) return null;
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || (v | 0) !== v) return null;
    out[i] = v;
  }
  return out;
}
