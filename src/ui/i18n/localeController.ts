/**
 * A Lit reactive controller that re-renders its host whenever the UI language switches:
 * `new LocaleController(this)` in a component's constructor, then `t()` in render() always
 * reads the current locale. (The switch is live: no reload, no lost state.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentLocale, onLocaleChange, type Locale } from './locale';

export class LocaleController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after a switch, before the re-render (e.g. to rebuild cached chart options). */
    private readonly onChange?: (locale: Locale) => void,
  ) {
    host.addController(this);
  }

  /** The locale the host renders in. */
  get locale(): Locale {
    return currentLocale();
  }

  hostConnected(): void {
    this.unsubscribe = onLocaleChange((locale) => {
      this.onChange?.(locale);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
