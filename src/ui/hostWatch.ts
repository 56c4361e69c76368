/**
 * Reactive controllers for what every drawing element watches: the page's theme (the OS colour
 * scheme and `<html data-theme|class|lang>`, read from CSS custom properties at draw time) and
 * its own width. One shared watcher serves every element on the page, however many charts there
 * are; each element's observer is connected and disconnected with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = () => void;
const themeListeners = new Set<Listener>();
let themeWatchInstalled = false;

/** Call `listener` whenever the page's theme may have changed; returns the unsubscribe. */
export function watchTheme(listener: Listener): () => void {
  if (!themeWatchInstalled && typeof window !== 'undefined') {
    themeWatchInstalled = true;
    const notify = () => themeListeners.forEach((l) => l());
    window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', notify);
    new MutationObserver(notify).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'lang'],
    });
  }
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

/** Runs `onChange` (default: the host's update) when the theme changes, while the host is connected. */
export class ThemeWatchController implements ReactiveController {
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: Listener = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchTheme(this.onChange);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = null;
  }
}

/**
 * The host's content width in whole CSS pixels (0 until first measured), from a ResizeObserver
 * on the host; a change runs `onResize` (default: the host's update).
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: Listener = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.onResize();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

/**
 * Whether the host is on or near the screen (within NEAR_SCREEN_PX of the viewport), from an
 * IntersectionObserver: null until the first report, then true or false; a change runs `onChange`.
 */
export class VisibilityController implements ReactiveController {
  visible: boolean | null = null;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const visible = entries[entries.length - 1].isIntersecting;
        if (visible === this.visible) return;
        this.visible = visible;
        this.onChange(visible);
      },
      { rootMargin: `${NEAR_SCREEN_PX}px 0px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.visible = null;
  }
}

/** How far outside the viewport an element still counts as visible: drawn before it scrolls in. */
const NEAR_SCREEN_PX = 400;
