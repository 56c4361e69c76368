/**
 * The page's colour theme (a reactive controller): the user's choice — follow the system, light
 * or dark — remembered in localStorage and applied as `<html data-theme>` (theme.ts defines both
 * palettes; without the attribute the system's preference decides). `?theme=light|dark` in the
 * address forces one for this page (screenshots, a projector) without changing the remembered choice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTheme, saveTheme, type ThemeChoice } from '../storage';

/** Where the theme is read from and written to (the browser's, or a test's stand-ins). */
export interface ThemeEnvironment {
  /** The element that carries `data-theme` (the document's root). */
  root(): Pick<Element, 'setAttribute' | 'removeAttribute'>;
  /** The address's query string (`?theme=`). */
  search(): string;
  load(): ThemeChoice;
  save(choice: ThemeChoice): void;
}

const BROWSER: ThemeEnvironment = {
  root: () => document.documentElement,
  search: () => location.search,
  load: loadTheme,
  save: saveTheme,
};

/** The theme shown: a `?theme=light|dark` in the address wins over the remembered choice. */
export function shownTheme(choice: ThemeChoice, search: string): ThemeChoice {
  const forced = new URLSearchParams(search).get('theme');
  return forced === 'light' || forced === 'dark' ? forced : choice;
}

export class ThemeController implements ReactiveController {
  /** The user's choice (what the theme menu shows). */
  choice: ThemeChoice;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: ThemeEnvironment = BROWSER,
  ) {
    this.choice = env.load();
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
  }

  /** A new choice from the menu: remembered and shown at once. */
  set(choice: ThemeChoice): void {
    this.choice = choice;
    this.env.save(choice);
    this.apply();
    this.host.requestUpdate();
  }

  private apply(): void {
    const theme = shownTheme(this.choice, this.env.search());
    const root = this.env.root();
    if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }
}
