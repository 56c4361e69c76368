/**
 * The scenario in the address: a burst of edits rewrites the address once, with the last scenario,
 * URL_DEBOUNCE_MS after the last edit (not per edit); a scenario too long for a link drops the
 * hash; leaving the page cancels a pending write; a hash change from outside reaches the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LINK_SCENARIO_LENGTH } from '../../../../src/scenario/limits';
import { decodeHash } from '../../../../src/ui/app/urlState';
import { URL_DEBOUNCE_MS, UrlStateController, type AddressBar } from '../../../../src/ui/app/shell/urlStateController';
import { FakeHost } from './fakeHost';

const BASE = 'https://lab.example/app/?locale=en';

function fakeAddress() {
  const written: string[] = [];
  let hashListener: (() => void) | null = null;
  let href = BASE;
  const address: AddressBar = {
    href: () => href,
    base: () => BASE,
    replace: (url) => {
      written.push(url);
      href = url;
    },
    onHashChange: (listener) => {
      hashListener = listener;
      return () => (hashListener = null);
    },
  };
  return { address, written, fireHashChange: () => hashListener?.(), listening: () => hashListener !== null };
}

describe('UrlStateController', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('writes a burst of edits once, the last one, after the pause', async () => {
    const host = new FakeHost();
    const bar = fakeAddress();
    const url = new UrlStateController(host, { colors: () => [2, 0], onHashChange: () => {}, address: bar.address });
    host.connect();
    url.schedule('{"name":"a"}');
    await vi.advanceTimersByTimeAsync(URL_DEBOUNCE_MS - 50);
    url.schedule('{"name":"ab"}');
    await vi.advanceTimersByTimeAsync(URL_DEBOUNCE_MS - 50);
    url.schedule('{"name":"abc"}');
    await vi.advanceTimersByTimeAsync(URL_DEBOUNCE_MS - 1);
    expect(bar.written).toEqual([]); // 3 edits, each less than the pause after the one before
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(bar.written).toHaveLength(1));
    expect(bar.written[0].startsWith(`${BASE}#s=`)).toBe(true);
    const decoded = await decodeHash(bar.written[0].slice(BASE.length));
    expect(decoded).toEqual({ scenarioText: '{"name":"abc"}', colors: [2, 0], warning: null });
    expect(url.text).toBe('{"name":"abc"}');
  });

  it('drops the hash when the scenario is too long for a link', async () => {
    const host = new FakeHost();
    const bar = fakeAddress();
    bar.address.replace(`${BASE}#s=older`);
    bar.written.length = 0;
    const url = new UrlStateController(host, { colors: () => [], onHashChange: () => {}, address: bar.address });
    const long = JSON.stringify({ edges: 'x'.repeat(MAX_LINK_SCENARIO_LENGTH) });
    await expect(url.shareUrl(long)).resolves.toBeNull();
    await url.write(long);
    expect(bar.written).toEqual([BASE]);
    expect(url.text).toBeNull();
  });

  it('cancels a pending write when the page goes away, and listens to the hash only while connected', async () => {
    const host = new FakeHost();
    const bar = fakeAddress();
    const changes: number[] = [];
    const url = new UrlStateController(host, { colors: () => [], onHashChange: () => changes.push(1), address: bar.address });
    host.connect();
    bar.fireHashChange();
    expect(changes).toEqual([1]);
    url.schedule('{}');
    host.disconnect();
    expect(bar.listening()).toBe(false);
    await vi.advanceTimersByTimeAsync(URL_DEBOUNCE_MS * 2);
    expect(bar.written).toEqual([]);
  });
});
