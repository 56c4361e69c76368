/**
 * Presenter mode (a reactive controller): large type, one column, the advanced controls hidden —
 * for a projector. It is kept in the address (`?present=1`) so a reload stays in it, marked on
 * `<html data-present>` (the page's own scale) and on the host's `presenter` attribute (its
 * layout); Esc leaves it from anywhere on the page. (The lesson's own keys — arrows, space, L —
 * are the classroom's: classroom/classroomKeys.ts.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PresenterMode implements ReactiveController {
  on: boolean;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.on = new URLSearchParams(location.search).get('present') === '1';
    document.documentElement.toggleAttribute('data-present', this.on);
    host.addController(this);
  }

  hostConnected(): void {
    // Not in the constructor: a custom element may not set its own attributes before it is connected.
    this.host.toggleAttribute('presenter', this.on);
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
  }

  /** Presenter mode on or off, in the address too. */
  set(on: boolean): void {
    this.on = on;
    document.documentElement.toggleAttribute('data-present', on);
    this.host.toggleAttribute('presenter', on);
    const url = new URL(location.href);
    if (on) url.searchParams.set('present', '1');
    else url.searchParams.delete('present');
    history.replaceState(null, '', url.href);
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.key !== 'Escape' || !this.on) return;
    e.preventDefault();
    this.set(false);
  };
}
