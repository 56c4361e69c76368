/**
 * The scenario in the URL: `#s=<scenario JSON, deflate-raw compressed, base64url>` plus
 * `&c=<palette index per strategy>` for the strategies' colours (UI state the scenario file does
 * not carry). The hash is never sent to a server, and a shared link restores exactly the same
 * scenario. A malformed hash never throws: it decodes to a warning and the page falls back.
 */

/** Longest hash we write: Chrome keeps about 2 MB of URL; longer links are refused with a message. */
export const MAX_HASH_LENGTH = 1_500_000;
/** Largest decompressed scenario read from a URL (guards against a deflate bomb in a link). */
const MAX_DECODED_BYTES = 20_000_000;

export interface UrlState {
  /** The scenario text from the link, or null when the link has none (or a broken one). */
  scenarioText: string | null;
  /** Palette index per strategy, or null. */
  colors: number[] | null;
  /** What was wrong with the link, for a non-blocking message. */
  warning: string | null;
}

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`larger than ${limit} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Compress text (deflate-raw) into base64url. */
export async function compressText(text: string): Promise<string> {
  const bytes = await pipeBytes(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
  return toBase64Url(bytes);
}

/** Inverse of compressText; throws on anything malformed or too large. */
export async function decompressText(encoded: string, limit = MAX_DECODED_BYTES): Promise<string> {
  const bytes = await pipeBytes(fromBase64Url(encoded), new DecompressionStream('deflate-raw'), limit);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The hash for a scenario text and its strategy colours (with the leading #). */
export async function encodeHash(scenarioText: string, colors: readonly number[]): Promise<string> {
  const parts = [`s=${await compressText(scenarioText)}`];
  if (colors.length > 0) parts.push(`c=${colors.join('.')}`);
  return `#${parts.join('&')}`;
}

/**
 * The warnings decodeHash gives, in English (the page shows them translated: each maps to a
 * message key of the same name under `msg.link…`).
 */
export const URL_WARNINGS = {
  unreadable: 'The link could not be read; showing your last scenario instead.',
  colors: 'The colours in the link were not understood; using the default colours.',
  tooLong: 'The scenario in the link is too long to read; showing your last scenario instead.',
  damaged: 'The scenario in the link is damaged (perhaps cut off when it was copied); showing your last scenario instead.',
} as const;

/** Read the state from a location hash; never throws. */
export async function decodeHash(hash: string): Promise<UrlState> {
  const state: UrlState = { scenarioText: null, colors: null, warning: null };
  const body = hash.replace(/^#/, '');
  if (body === '') return state;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return { ...state, warning: URL_WARNINGS.unreadable };
  }
  const colors = params.get('c');
  if (colors !== null) {
    const list = colors.split('.').map(Number);
    if (colors !== '' && list.length <= 64 && list.every((n) => Number.isInteger(n) && n >= 0 && n < 64)) state.colors = list;
    else state.warning = URL_WARNINGS.colors;
  }
  const encoded = params.get('s');
  if (encoded === null) return state;
  if (encoded.length > MAX_HASH_LENGTH) return { ...state, warning: URL_WARNINGS.tooLong };
  try {
    state.scenarioText = await decompressText(encoded);
  } catch {
    state.warning = URL_WARNINGS.damaged;
  }
  return state;
}
