/**
 * Custom elements loaded on demand, so the first screen loads only what it shows (issue 14: the
 * page was one 806 kB script). A component lists the elements it may render that live in their own
 * chunks (lessons, Analyse, the network view) with the dynamic import that defines each; after
 * every update the controller imports those the component actually rendered and that are not yet
 * defined, and once the page is idle it imports the rest in the background, so a click rarely waits.
 *
 * Until its module arrives an element is an unknown tag: Lit has already set its properties and
 * listeners, and the element upgrades in place when defined (Lit keeps properties set before the
 * upgrade). Only the host's own render root is queried, never another component's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tag name → the import that defines it. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/** How long the background preload waits for an idle moment at most. */
const IDLE_TIMEOUT_MS = 3000;

export class LazyElements implements ReactiveController {
  private readonly started = new Map<string, Promise<unknown>>();
  private idleScheduled = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly loaders: ElementLoaders,
    private readonly options: { preloadWhenIdle?: boolean } = {},
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    for (const tag of Object.keys(this.loaders)) {
      if (this.host.renderRoot.querySelector(`${tag}:not(:defined)`) !== null) void this.load(tag);
    }
    if (this.options.preloadWhenIdle && !this.idleScheduled) {
      this.idleScheduled = true;
      whenIdle(() => {
        for (const tag of Object.keys(this.loaders)) void this.load(tag);
      });
    }
  }

  /** Define `tag` (once); resolves when its module has loaded. */
  load(tag: string): Promise<unknown> {
    let loading = this.started.get(tag);
    if (loading === undefined) {
      loading = this.loaders[tag]().catch((error: unknown) => {
        // A failed chunk (offline, a deploy replaced the files): allow the next update to try again.
        this.started.delete(tag);
        console.error(`could not load <${tag}>`, error);
      });
      this.started.set(tag, loading);
    }
    return loading;
  }
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}
