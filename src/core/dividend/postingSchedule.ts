/**
 * The posting events ("waves") of one strategy: every push the brand makes — each seed-user
 * post, the hired KOLs' post, the AB-group second wave, the paid ads — with its start step and
 * wave id. Sharing spreads within a wave; an agent shares at most once per wave.
 */
import { DividendModelError, MAX_WAVES, type DividendStrategySpec } from './dividendSpec';

export type WaveRole = 'seeds' | 'kols' | 'second-wave' | 'ads';

export interface Wave {
  /** 0 … MAX_WAVES−1; also the `sub` of the wave's coins, so a later wave draws fresh coins. */
  readonly id: number;
  /** Step at which the wave's posters post (for ads: the first ad step). */
  readonly step: number;
  readonly role: WaveRole;
}

/**
 * Waves in id order: the seed waves (content.waves, only when there are seeds), then the KOL
 * wave (when at least one KOL is hired), the second wave (count > 0) and the ads (reach > 0).
 */
export function planWaves(strategy: DividendStrategySpec, seedCount: number, hiredKolCount: number): Wave[] {
  const waves: Wave[] = [];
  if (seedCount > 0) for (const step of strategy.content.waves) waves.push({ id: waves.length, step, role: 'seeds' });
  if (hiredKolCount > 0) waves.push({ id: waves.length, step: strategy.kols.step, role: 'kols' });
  const second = strategy.secondWave;
  if (second !== null && second.count > 0) waves.push({ id: waves.length, step: second.step, role: 'second-wave' });
  if (strategy.ads.reach > 0) waves.push({ id: waves.length, step: strategy.ads.from, role: 'ads' });
  if (waves.length > MAX_WAVES)
    throw new DividendModelError('strategies[].content.waves', `at most ${MAX_WAVES - 3} seed waves (got ${strategy.content.waves.length})`);
  return waves;
}

/**
 * The hired KOL accounts: `hire` accounts of ranks fromRank … fromRank + hire − 1 (rank 1 is the
 * largest; graph.kolNodes is in rank order), cut at the last account.
 */
export function hiredKols(kolNodes: Int32Array, hire: number, fromRank = 1): Int32Array {
  const start = Math.max(0, Math.min(Math.floor(fromRank) - 1, kolNodes.length));
  const end = Math.max(start, Math.min(start + Math.floor(hire), kolNodes.length));
  return kolNodes.subarray(start, end);
}
