/**
 * The scenario in the address (a reactive controller): after an edit the hash is rewritten with
 * the compressed scenario and its colours once the edits pause (URL_DEBOUNCE_MS: a slider drag
 * writes once, not per step), with `history.replaceState` so the back button is not flooded.
 * A scenario too large for a link (an uploaded edge list) drops the hash rather than leave an older
 * scenario in it. A hash changed by hand or by a link click is handed to the page to open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MAX_LINK_SCENARIO_LENGTH } from '../../../scenario/limits';
import { textHoldsEdgeListRef } from '../../../scenario/edgeListRef';
import { encodeHash, MAX_HASH_LENGTH } from '../urlState';

/** Wait after an edit before rewriting the URL. */
export const URL_DEBOUNCE_MS = 300;

/** The address bar (the browser's, or a test's stand-in). */
export interface AddressBar {
  /** The whole address. */
  href(): string;
  /** The address without its hash: origin, path and query. */
  base(): string;
  /** Replace the address without a history entry. */
  replace(url: string): void;
  /** Call `listener` when the hash changes by hand or by a link; returns the unsubscribe. */
  onHashChange(listener: () => void): () => void;
}

export const BROWSER_ADDRESS: AddressBar = {
  href: () => location.href,
  base: () => `${location.origin}${location.pathname}${location.search}`,
  replace: (url) => history.replaceState(null, '', url),
  onHashChange: (listener) => {
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  },
};

export class UrlStateController implements ReactiveController {
  /**
   * The scenario text the address holds (written by this page or opened from a link), saved with
   * the draft: a reload within the debounce finds an older link than the saved edits of that same
   * link, and the edits win.
   */
  text: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      /** The strategies' colours at the moment of writing (they go into the link too). */
      colors: () => readonly number[];
      /** The hash changed from outside the page. */
      onHashChange: () => void;
      address?: AddressBar;
      delayMs?: number;
    },
  ) {
    host.addController(this);
  }

  private get address(): AddressBar {
    return this.options.address ?? BROWSER_ADDRESS;
  }

  hostConnected(): void {
    this.unsubscribe = this.address.onHashChange(this.options.onHashChange);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.cancel();
  }

  /** Write `text` into the address once the edits pause (a newer call replaces a pending one). */
  schedule(text: string): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write(text);
    }, this.options.delayMs ?? URL_DEBOUNCE_MS);
  }

  /** Forget a pending write. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The shareable URL of `text` with the current colours; null when it is too large for a link. */
  async shareUrl(text: string): Promise<string | null> {
    // A link can never carry more than a link reader accepts: do not compress what cannot be shared.
    if (text.length > MAX_LINK_SCENARIO_LENGTH || textHoldsEdgeListRef(text)) return null;
    const hash = await encodeHash(text, this.options.colors());
    if (hash.length > MAX_HASH_LENGTH) return null;
    return `${this.address.base()}${hash}`;
  }

  /** Write `text` into the address now (or drop the hash when it cannot be a link). */
  async write(text: string): Promise<void> {
    const shared = await this.shareUrl(text);
    const url = shared ?? this.address.base();
    if (url !== this.address.href()) this.address.replace(url);
    this.text = shared === null ? null : text;
  }

  /** Put `url` in the address (a shared link, a lesson's place) without a history entry. */
  replace(url: string): void {
    this.address.replace(url);
  }
}
