/**
 * A worker's side of edge lists held by reference (src/scenario/edgeListRef.ts). The page posts a
 * scenario whose `network.edges` is a short reference, together with the Blob it stands for (a
 * Blob crosses postMessage by reference: the page's thread copies nothing); the worker reads the
 * Blob and puts the text in place, so the core gets the very scenario it would get with the text
 * inline, and gives the same numbers.
 *
 * The last text read is kept with its reference: every later scenario of that upload (a strategy
 * edit, the next sweep point) gets the same string object, so the worker reads the Blob once and
 * its network cache (networkCache.ts) compares the text in constant time and keeps its network.
 */
import type { NetworkSpec } from '../core/networks/networkSpec';
import { isEdgeListRef, refCharacters } from '../scenario/edgeListRef';

export class EdgeListTexts {
  private ref: string | null = null;
  private text: string | null = null;

  /** `spec` with a referenced edge list's text in place (`spec` itself when it holds none). */
  async spec<S extends NetworkSpec>(spec: S, blob: Blob | undefined): Promise<S> {
    if (spec.kind !== 'edge-list' || !isEdgeListRef(spec.edges)) return spec;
    return { ...spec, edges: await this.text_(spec.edges, blob) };
  }

  /** `value` (a scenario) with a referenced edge list's text in place (`value` itself when it holds none). */
  async scenario<V extends { network: NetworkSpec }>(value: V, blob: Blob | undefined): Promise<V> {
    const network = await this.spec(value.network, blob);
    return network === value.network ? value : { ...value, network };
  }

  /** Let the text go (after an allocation failure: the worker keeps as little as it can). */
  clear(): void {
    this.ref = null;
    this.text = null;
  }

  private async text_(ref: string, blob: Blob | undefined): Promise<string> {
    if (this.ref === ref && this.text !== null) return this.text;
    if (blob === undefined) throw new Error('the uploaded edge list was not handed to this worker; upload the file again');
    this.clear(); // let the old text go before reading the new one
    const text = await blob.text();
    // The Blob holds well-formed UTF-8 of the text (edgeListRef.ts), so its length is the reference's.
    if (text.length !== refCharacters(ref)) throw new Error('the uploaded edge list could not be read back whole; upload the file again');
    this.ref = ref;
    this.text = text;
    return text;
  }
}

/**
 * `text` (JSON holding `ref` as a string value) as a Blob with the edge list's text written in
 * its place, exactly as JSON.stringify writes it: the same bytes as serialising the scenario with
 * the text inline. Runs in a worker (the page's file worker) so the page's thread never holds it.
 */
export async function expandEdgeListRef(text: string, ref: string, blob: Blob, type = 'application/json'): Promise<Blob> {
  const quoted = JSON.stringify(ref);
  const edges = await blob.text();
  const pieces = text.split(quoted);
  const parts: string[] = [pieces[0]];
  const literal = JSON.stringify(edges);
  for (let i = 1; i < pieces.length; i++) parts.push(literal, pieces[i]);
  return new Blob(parts, { type });
}

/** Whether `text` is well-formed UTF-16 (no lone surrogate): only such a text survives a UTF-8 Blob unchanged. */
export function isWellFormedText(text: string): boolean {
  const own = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof own === 'function') return own.call(text);
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
