/**
 * The theme: the choice is remembered and shown as `<html data-theme>` ("follow the system" removes
 * it); `?theme=light|dark` forces one for the page without changing the remembered choice.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeChoice } from '../../../../src/ui/app/storage';
import { shownTheme, ThemeController } from '../../../../src/ui/app/shell/themeController';
import { FakeHost } from './fakeHost';

function setUp(search: string, stored: ThemeChoice) {
  const attributes = new Map<string, string>();
  const saved: ThemeChoice[] = [];
  const host = new FakeHost();
  const theme = new ThemeController(host, {
    root: () => ({ setAttribute: (n: string, v: string) => void attributes.set(n, v), removeAttribute: (n: string) => void attributes.delete(n) }),
    search: () => search,
    load: () => stored,
    save: (c) => void saved.push(c),
  });
  return { host, theme, attributes, saved };
}

describe('theme', () => {
  it('?theme=light|dark wins over the choice; anything else is ignored', () => {
    expect(shownTheme('auto', '?theme=dark')).toBe('dark');
    expect(shownTheme('dark', '?present=1&theme=light')).toBe('light');
    expect(shownTheme('dark', '?theme=purple')).toBe('dark');
    expect(shownTheme('auto', '')).toBe('auto');
  });

  it('shows the remembered choice when connected, and a new choice at once', () => {
    const { host, theme, attributes, saved } = setUp('', 'dark');
    expect(theme.choice).toBe('dark');
    host.connect();
    expect(attributes.get('data-theme')).toBe('dark');
    theme.set('auto');
    expect(attributes.has('data-theme')).toBe(false);
    theme.set('light');
    expect(attributes.get('data-theme')).toBe('light');
    expect(saved).toEqual(['auto', 'light']);
    expect(host.updates).toBe(2);
  });

  it('a forced theme stays while the choice changes underneath', () => {
    const { host, theme, attributes, saved } = setUp('?theme=dark', 'light');
    host.connect();
    expect(attributes.get('data-theme')).toBe('dark');
    theme.set('auto');
    expect(attributes.get('data-theme')).toBe('dark');
    expect(theme.choice).toBe('auto');
    expect(saved).toEqual(['auto']);
  });
});
