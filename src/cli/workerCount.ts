/** `--workers K` of every command that simulates: the pool size, default every core. */
import { defaultWorkerCount, MAX_POOL_WORKERS } from '../runtime/pool.node.ts';
import { UserError } from './userError';

export function parseWorkers(text: string | undefined): number {
  if (text === undefined) return defaultWorkerCount();
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || n < 1 || n > MAX_POOL_WORKERS)
    throw new UserError(`--workers: must be an integer between 1 and ${MAX_POOL_WORKERS} (got "${text.slice(0, 20)}")`);
  return n;
}
