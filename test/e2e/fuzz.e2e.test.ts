/**
 * A seeded batch of hostile links in the built app in Chromium (the Node fuzz suite,
 * test/fuzz/hostileInput.fuzz.test.ts, covers 2,000+ cases cheaply; this checks the page itself):
 * 50 links — random bytes, cut and flipped presets, deep nesting, huge lists, prototype names,
 * markup and script in every text field — opened while the page runs (hashchange) and afresh.
 * After each: no page error, no injected script ran, the page still answers (Lessons button).
 * A failing case names its seed, index and kind. Skipped when /usr/bin/chromium is missing.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { fuzzCases } from '../fuzz/hostileInputs';
import { buildApp, openPage, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const OUT = fileURLToPath(new URL('../../test-output/app-fuzz/', import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? 20261206) + 7;
const CASES = 50;
const FRESH_EVERY = 5; // every 5th case is a fresh page load, the others arrive by hashchange

declare global {
  interface Window {
    __injected?: number;
  }
}

describe.skipIf(!hasChromium())(`hostile links in Chromium, seed ${SEED}`, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}index.html`));
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.ready);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`${CASES} links: no page error, no injected script, the page still answers`, async () => {
    const cases = fuzzCases(SEED, CASES);
    for (let i = 0; i < cases.length; i++) {
      const { kind, text } = cases[i];
      const where = `seed ${SEED}, case ${i} (${kind}); reproducer: ${JSON.stringify(text.slice(0, 200))}`;
      const hash = await encodeHash(text, []);
      if (i % FRESH_EVERY === 0) {
        await page.goto('about:blank');
        await page.goto(`${server.url}index.html${hash}`);
        await page.waitForFunction(() => window.__dlApp !== undefined);
      } else {
        await page.evaluate((h) => (location.hash = h), hash);
      }
      await page.evaluate(() => window.__dlApp!.ready);
      // Responsive: the Lessons button opens and closes the lesson list (a frozen page fails on the hang guard).
      await page.locator('#lessons-button').click();
      await page.locator('dl-lesson-picker').waitFor();
      await page.locator('#lessons-button').click();
      expect(await page.evaluate(() => window.__injected), where).toBeUndefined();
      expect(problems.errors, where).toEqual([]);
      expect(await page.evaluate(() => window.__problems), where).toEqual([]);
    }
  });
});
