/**
 * What a page keeps alive, counted through the Chrome DevTools Protocol after a full garbage
 * collection: the JS heap in use and the number of live promises. Shared by the worker-death
 * test (no promise of a finished run may stay alive) and the hardening bench (heap and promises
 * over 60 runs), so both count the same way.
 */
import type { Page } from 'playwright-core';

export interface LiveObjects {
  /** JS heap in use after GC, in MB. */
  heapMb: number;
  /** Promises reachable after GC. */
  promises: number;
}

/** A counter bound to one page (one CDP session); each call collects garbage first. */
export async function liveObjectCounter(page: Page): Promise<() => Promise<LiveObjects>> {
  const cdp = await page.context().newCDPSession(page);
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const proto = (await cdp.send('Runtime.evaluate', { expression: 'Promise.prototype', objectGroup: 'count' })) as { result: { objectId: string } };
    const found = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'count' })) as { objects: { objectId: string } };
    const length = (await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
    // The query's own array holds every promise: release it before the next count.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
    return { heapMb: usage.usedSize / 1e6, promises: length.result.value };
  };
}
