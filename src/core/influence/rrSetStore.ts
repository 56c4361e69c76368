/**
 * Storage of reverse-reachable (RR) sets for OPIM-C (opimc.ts), counted against an integer cap.
 *
 * Sets of two or more people live in one flat Int32Array with offsets (set s is
 * nodes[offsets[s] .. offsets[s+1])). A set of one person — only its root v reaches v, the usual
 * case when sharing is subcritical (≈ 90 % of sets at quality 0.1) — is stored as a count per
 * person: singles[v] += 1. Coverage is unchanged: a seed set meets a singleton {v} exactly when it
 * contains v, so greedy max-coverage (opimc.ts) adds singles[v] to v's gain and nothing else, and the
 * covered count of S on R2 is Σ_{v∈S} singles[v] + the flat sets S meets — the numbers storing every
 * set flat would give, for ~2.5× less memory in that regime (an offset and a node per singleton).
 */

/** Refuse RR-set storage above this many 32-bit integers (all collections + index + scratch; 1 GiB). */
export const MAX_RR_INTS = 256 * 1024 * 1024;

/** Thrown when RR sets would need more memory than the cap. */
export class RRCapError extends RangeError {
  constructor(readonly maxInts: number) {
    super(`RR sets: more than ${maxInts} integers (${(maxInts * 4) / 2 ** 20} MiB) would be needed`);
    this.name = 'RRCapError';
  }
}

/** A growable collection of RR sets: flat sets of ≥ 2 people and per-person counts of singletons. */
export class RRSetStore {
  nodes: Int32Array;
  offsets: Int32Array;
  /** Flat sets (two or more people). */
  count = 0;
  /** singles[v]: sets that are {v} alone. */
  readonly singles: Int32Array;
  /** Sets that are one person (Σ singles). */
  singletons = 0;

  constructor(
    readonly nodeCount: number,
    /** Integer budget shared by the caller (checked before growth). */
    readonly maxInts: number = MAX_RR_INTS,
  ) {
    if (nodeCount > maxInts) throw new RRCapError(maxInts);
    this.nodes = new Int32Array(1024);
    this.offsets = new Int32Array(1024);
    this.singles = new Int32Array(nodeCount);
  }

  /** All sets drawn (flat + singletons). */
  get total(): number {
    return this.count + this.singletons;
  }

  /** People in the flat sets. */
  get used(): number {
    return this.offsets[this.count];
  }

  /** People in every set (flat + singletons): the sum of set sizes. */
  get people(): number {
    return this.used + this.singletons;
  }

  /** Integers currently allocated. */
  get allocated(): number {
    return this.nodes.length + this.offsets.length + this.singles.length;
  }

  /** Append the set set[0 .. size); `othersAllocated` integers are held elsewhere under the same cap. */
  add(set: Int32Array, size: number, othersAllocated: number): void {
    if (size === 1) {
      this.singles[set[0]]++;
      this.singletons++;
      return;
    }
    this.ensure(size, 1, othersAllocated);
    this.copyIn(set, 0, size);
  }

  /**
   * Append `sizes.length` sets laid out one after another in `flat` (a worker's chunk), in order.
   * Storage is grown once for the whole chunk and no view is made per set: a chunk holds thousands
   * of sets, most of them singletons, and a subarray per set cost more than the rest of its append.
   */
  addChunk(flat: Int32Array, sizes: Int32Array, othersAllocated: number): void {
    let flatSets = 0;
    let flatPeople = 0;
    for (let i = 0; i < sizes.length; i++) {
      if (sizes[i] === 1) continue;
      flatSets++;
      flatPeople += sizes[i];
    }
    this.ensure(flatPeople, flatSets, othersAllocated);
    const singles = this.singles;
    let at = 0;
    for (let i = 0; i < sizes.length; i++) {
      const size = sizes[i];
      if (size === 1) {
        singles[flat[at]]++;
        this.singletons++;
      } else {
        this.copyIn(flat, at, size);
      }
      at += size;
    }
  }

  /** Store from[start .. start+size) as the next flat set (capacity already ensured). */
  private copyIn(from: Int32Array, start: number, size: number): void {
    const nodes = this.nodes;
    let at = this.offsets[this.count];
    for (let i = start; i < start + size; i++) nodes[at++] = from[i];
    this.count++;
    this.offsets[this.count] = at;
  }

  private ensure(extraNodes: number, extraSets: number, othersAllocated: number): void {
    const needNodes = this.used + extraNodes;
    const needSets = this.count + 1 + extraSets;
    let nodesLen = this.nodes.length;
    let offLen = this.offsets.length;
    while (nodesLen < needNodes) nodesLen *= 2;
    while (offLen < needSets) offLen *= 2;
    if (nodesLen === this.nodes.length && offLen === this.offsets.length) return;
    if (nodesLen + offLen + this.singles.length + othersAllocated > this.maxInts) throw new RRCapError(this.maxInts);
    if (nodesLen !== this.nodes.length) {
      const grown = new Int32Array(nodesLen);
      grown.set(this.nodes.subarray(0, this.used));
      this.nodes = grown;
    }
    if (offLen !== this.offsets.length) {
      const grown = new Int32Array(offLen);
      grown.set(this.offsets.subarray(0, this.count + 1));
      this.offsets = grown;
    }
  }
}
