/**
 * The keys and roots of RR-set runs derived ahead, in batches (rrSets.ts RRSampler.prepare).
 *
 * Why: at a million people the reverse arc layout (reverseLiveArcs.ts) is far larger than the caches,
 * and a random root's in-arc block is two cache misses away (its offsets, then its arcs). Drawn one
 * set after another, each search waits for its misses in turn; deriving the keys and roots of
 * PREPARE_BATCH runs first and reading across their blocks in one pass issues reads that do not
 * depend on one another, which the processor overlaps (memory-level parallelism). At a million
 * people one thread's chunk draw went from 1.25–1.6 to 0.97–1.35 µs per set (bundled, load 4.6–5).
 * Results do not change: a run's keys and root are the same whether prepared or derived on demand.
 */
import { arcCoinBits } from '../hash';
import { ROOT_A, ROOT_B, type RRRunKeys } from './rrRunKeys';
import { ARC_WORDS, FROM, NODE_WORDS, TO, type ReverseLiveArcs } from './reverseLiveArcs';
import { hasNoLiveInArc } from './rrLiveDraws';

/** Runs whose keys and roots `prepare` derives at once (and whose arc blocks it reads). */
export const PREPARE_BATCH = 64;
const TWO_POW_32 = 4294967296;
const coinBits = arcCoinBits;

export class PreparedRuns {
  /** The keys of the run last loaded (random.ts purposeKey words, rrRunKeys.ts). */
  readonly current = new Int32Array(6);
  /** Whether the run last loaded is known to have a root with no live in-arc (decided by prepare; false = not known). */
  rootAlone = false;
  private from = 0;
  private count = 0;
  private readonly words = new Int32Array(6 * PREPARE_BATCH);
  private readonly roots = new Int32Array(PREPARE_BATCH);
  private readonly alone = new Uint8Array(PREPARE_BATCH);
  /** Holds the words `prepare` reads, so that the reads are not optimised away. */
  touched = 0;
  touchedDead = 0;

  constructor(
    private readonly keys: RRRunKeys,
    private readonly rev: ReverseLiveArcs,
    /** Sets drawn by skipping (rrLiveDraws.ts): prepare decides which roots are alone and reads only the others' blocks. */
    private readonly skip: boolean,
  ) {}

  /** The root in the run's keys: uniform over all n nodes, from (seed, run, 'imm:root'). */
  private rootIn(w: Int32Array): number {
    return Math.floor((coinBits(w[ROOT_A], w[ROOT_B], 0) / TWO_POW_32) * this.rev.nodeCount);
  }

  /** Derive keys and roots of runs from … from + count − 1 (at most PREPARE_BATCH) and read across their arc blocks. */
  prepare(from: number, count: number): void {
    const { words, roots, alone } = this;
    const { offsets: inOff, packed, nodeInfo, deadAfter } = this.rev;
    const m = Math.min(count, PREPARE_BATCH);
    let touched = 0;
    let dead = 0;
    for (let i = 0; i < m; i++) {
      const w = this.keys.forRun(from + i);
      for (let k = 0; k < 6; k++) words[6 * i + k] = w[k];
      roots[i] = this.rootIn(w);
    }
    // In a loop of their own the reads do not wait for one another (the hashing above would fill the
    // processor's window between two of them).
    if (this.skip) for (let i = 0; i < m; i++) dead += nodeInfo[NODE_WORDS * roots[i]];
    else for (let i = 0; i < m; i++) touched ^= inOff[roots[i]];
    if (this.skip) {
      // Most roots have no live in-arc when sharing is subcritical: decided here, from their records alone
      // (the same draw liveInArcsBySkipping makes); only the others' blocks are read ahead.
      const w = this.current;
      for (let i = 0; i < m; i++) {
        for (let k = 0; k < 6; k++) w[k] = words[6 * i + k];
        alone[i] = hasNoLiveInArc(this.rev, w, roots[i]) ? 1 : 0;
      }
      for (let i = 0; i < m; i++) {
        if (alone[i] === 1) continue;
        const first = nodeInfo[NODE_WORDS * roots[i] + FROM];
        const last = nodeInfo[NODE_WORDS * roots[i] + TO] - 1;
        if (last < first) continue;
        dead += deadAfter[first] + deadAfter[last];
        touched ^= packed[ARC_WORDS * first] ^ packed[(ARC_WORDS * (first + last)) >> 1] ^ packed[ARC_WORDS * last];
      }
    } else {
      // A block of ~12 arcs spans three or four cache lines: read its first, middle and last words.
      for (let i = 0; i < m; i++) {
        const root = roots[i];
        const first = ARC_WORDS * inOff[root];
        const last = ARC_WORDS * inOff[root + 1] - 1;
        if (last > first) touched ^= packed[first] ^ packed[(first + last) >> 1] ^ packed[last];
      }
    }
    this.touchedDead = dead;
    this.touched = touched;
    this.from = from;
    this.count = m;
  }

  /** Put run `run`'s keys into `current` (from the prepared batch when it holds the run) and set rootAlone; returns its root. */
  load(run: number): number {
    const i = run - this.from;
    const w = this.current;
    if (i >= 0 && i < this.count) {
      for (let k = 0; k < 6; k++) w[k] = this.words[6 * i + k];
      this.rootAlone = this.skip && this.alone[i] === 1;
      return this.roots[i];
    }
    const fresh = this.keys.forRun(run);
    for (let k = 0; k < 6; k++) w[k] = fresh[k];
    this.rootAlone = false;
    return this.rootIn(w);
  }
}
