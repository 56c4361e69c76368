/**
 * A seeded UI fuzz of the built app in Chromium, bounded for CI time: 150 random actions — clicks
 * on any enabled button, keys on the focused control, slider moves, random values (markup and
 * escapes included) typed into fields, choices in every select (presets, kinds, language),
 * lessons started and left — with no page error, no injected script, and no lost work: after a
 * reload the page shows the scenario being edited (or offers it with "Back to your scenario").
 * A failing step names the seed, the step and the action. FUZZ_SEED=<n> replays another seed.
 * Skipped when /usr/bin/chromium is missing.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { PAYLOADS, seededRandom } from '../fuzz/hostileInputs';
import { buildApp, openPage, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const OUT = fileURLToPath(new URL('../../test-output/app-ui-fuzz/', import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? 20261206) + 11;
const ACTIONS = 150;
const RELOAD_EVERY = 50;

const START = {
  version: 1,
  name: 'fuzzed plan',
  seed: 'ui-fuzz',
  runs: 10,
  steps: 20,
  network: { kind: 'erdos-renyi', nodes: 300, meanDegree: 4 },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [{ name: 'first', seeding: { method: 'random', count: 3 } }],
};
/** Buttons that leave the page's own world (a file chooser) are not clicked. */
const SKIP = /upload|file/i;
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Enter', 'Escape', ' '];

declare global {
  interface Window {
    __injected?: number;
  }
}

describe.skipIf(!hasChromium())(`UI fuzz in Chromium, seed ${SEED}`, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}index.html${await encodeHash(`${JSON.stringify(START, null, 2)}\n`, [])}`));
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.ready);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One random action; returns its description. */
  async function act(r: () => number): Promise<string> {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
    const kind = Math.floor(r() * 6);
    if (kind === 0) {
      const buttons = page.locator('button:visible:enabled');
      const n = await buttons.count();
      if (n === 0) return 'no button';
      const button = buttons.nth(Math.floor(r() * n));
      const label = ((await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '').trim().slice(0, 40);
      if (SKIP.test(label)) return `skip ${label}`;
      await button.click({ timeout: 2_000 }).catch(() => undefined);
      return `click "${label}"`;
    }
    if (kind === 1) {
      const key = pick(KEYS);
      await page.keyboard.press(key);
      return `key ${key}`;
    }
    if (kind === 2) {
      const selects = page.locator('select:visible:enabled');
      const n = await selects.count();
      if (n === 0) return 'no select';
      const select = selects.nth(Math.floor(r() * n));
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const value = pick(values);
      await select.selectOption(value, { timeout: 2_000 }).catch(() => undefined);
      return `select ${value}`;
    }
    if (kind === 3) {
      const inputs = page.locator('input[type=text]:visible:enabled, input[type=number]:visible:enabled');
      const n = await inputs.count();
      if (n === 0) return 'no input';
      const input = inputs.nth(Math.floor(r() * n));
      const value = pick([...PAYLOADS, '0', '-1', '1e9', '0.5', '', 'abc', '12']);
      await input.fill(value, { timeout: 2_000 }).catch(() => undefined);
      await input.press('Enter').catch(() => undefined);
      return `type ${JSON.stringify(value)}`;
    }
    if (kind === 4) {
      const sliders = page.locator('input[type=range]:visible:enabled');
      const n = await sliders.count();
      if (n === 0) return 'no slider';
      const slider = sliders.nth(Math.floor(r() * n));
      await slider.focus().catch(() => undefined);
      const key = pick(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);
      await page.keyboard.press(key);
      return `slider ${key}`;
    }
    await page.locator('#lessons-button').click({ timeout: 2_000 }).catch(() => undefined);
    const starts = page.locator('dl-lesson-picker button.primary');
    const n = await starts.count();
    if (n > 0 && r() < 0.7) await starts.nth(Math.floor(r() * n)).click({ timeout: 2_000 }).catch(() => undefined);
    return 'lessons';
  }

  it(`${ACTIONS} random actions: no page error, no injected script, no lost work after a reload`, async () => {
    const r = seededRandom(SEED);
    for (let step = 1; step <= ACTIONS; step++) {
      const action = await act(r);
      const where = `seed ${SEED}, step ${step}: ${action}`;
      expect(problems.errors, where).toEqual([]);
      expect(await page.evaluate(() => window.__injected), where).toBeUndefined();
      if (step % RELOAD_EVERY === 0) {
        await page.waitForTimeout(500); // the address follows edits after a short pause
        const before = await page.evaluate(() => ({ draft: JSON.stringify(window.__dlApp!.draft), lesson: window.__dlApp!.lesson !== null }));
        await page.reload();
        await page.waitForFunction(() => window.__dlApp !== undefined);
        await page.evaluate(() => window.__dlApp!.ready);
        const after = await page.evaluate(() => ({ draft: JSON.stringify(window.__dlApp!.draft), yours: window.__dlApp!.yours.kept ? JSON.stringify(window.__dlApp!.yours.kept.draft) : null }));
        if (!before.lesson) expect([after.draft, after.yours], `${where} (reload)`).toContain(before.draft);
      }
    }
    expect(await page.evaluate(() => document.querySelector('dl-app')?.shadowRoot?.querySelector('dl-toolbar')?.shadowRoot?.querySelector('#lessons-button') != null)).toBe(true);
  });
});
