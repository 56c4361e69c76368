/**
 * A worker's lifetime as a Web Lock: the worker takes a lock named after itself and never lets
 * go; the browser releases it when the worker ends for any reason — `self.close()`, a crash, the
 * browser terminating it — and only then grants the page's own request for the same lock. That is
 * the one signal of a worker that closed itself, which raises no event at all. Where the Web
 * Locks API is missing, the per-job deadline (workerDeath.ts) still notices.
 *
 * The page cannot ask before the worker holds the lock (it would be granted at once), so the
 * worker says "held" with one message that Comlink ignores (it carries no call id).
 */
import type { DeathSignal } from './workerDeath';

/** The message a worker posts once it holds its lifetime lock. */
const LOCK_HELD = 'dividend-lab:lifetime-lock-held';
const PREFIX = 'dividend-lab-lifetime:';

interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

let counter = 0;

/** A worker name carrying a lifetime-lock name unique to this page load (`simulation` → `simulation|dividend-lab-lifetime:…`). */
export function lifetimeWorkerName(kind: string): string {
  const unique = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}`;
  return `${kind}|${PREFIX}${unique}:${++counter}`;
}

/** In the worker: take the lifetime lock named in the worker's name and hold it until the worker ends. */
export function holdLifetimeLock(scope: { name?: string; postMessage(message: unknown): void }): void {
  const locks = lockManager();
  const at = scope.name?.indexOf(PREFIX) ?? -1;
  if (locks === null || at < 0) return;
  void locks.request(scope.name!.slice(at), () => {
    scope.postMessage({ [LOCK_HELD]: true });
    return new Promise<never>(() => undefined); // held for the worker's whole life
  });
}

/** On the page: `death` fires when the worker named `name` (see lifetimeWorkerName) ends, however. */
export function watchLifetime(worker: Worker, name: string, death: DeathSignal, what: string): void {
  const locks = lockManager();
  const at = name.indexOf(PREFIX);
  if (locks === null || at < 0) return;
  const onMessage = (event: MessageEvent) => {
    if ((event.data as Record<string, unknown> | null)?.[LOCK_HELD] !== true) return;
    worker.removeEventListener('message', onMessage);
    if (death.dead) return;
    // Granted only once the worker is gone; when the pool ended it, the signal has fired already.
    locks.request(name.slice(at), () => death.die(`${what} ended without a word`)).catch(() => undefined);
  };
  worker.addEventListener('message', onMessage);
}
