/**
 * In-memory cache of layouts by network key, shared by every network view of the page: the
 * strategies of a scenario replay on one layout, and coming back to a scenario does not lay it
 * out again. Holds promises, so two views asking at once share one computation; a failed
 * computation is forgotten so that the next request retries. Least recently used entries go
 * first once `capacity` is exceeded (a 20k-node picture is ~1 MB; a 1M-node one ~20 MB).
 */
export class LayoutCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(readonly capacity = 4) {}

  /** The cached value for `key`, or the one `compute` produces (then cached). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
