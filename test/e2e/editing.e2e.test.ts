/**
 * Editing without losing the thread, in the built app in Chromium: undo/redo with the keyboard
 * and the buttons, "use this content for all" and the baseline markers, "Add strategy" copying
 * the baseline with a name that follows its settings (and a typed name that never does), results
 * dimmed and labelled while out of date and cleared by the new run, a named scenario that
 * survives a reload, the "i" explanations opening from the keyboard, "match baseline budget"
 * explaining what it changed, the summary bar's per-1,000-spent switch, and a burst of slider
 * edits simulating only the settled value.
 * No timing thresholds. Skipped without /usr/bin/chromium.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const OUT = fileURLToPath(new URL('../../test-output/app-editing/', import.meta.url));

/** A small dividend scenario: two strategies on 2,000 people, 20 runs. */
const SMALL = {
  version: 2,
  name: 'E2E editing',
  seed: 'e2e-editing',
  runs: 20,
  steps: 48,
  network: { kind: 'communities', nodes: 2000, communities: 20, meanDegree: 8, mixing: 0.2, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: '20 seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.15 } },
    { name: 'Hire 2 KOLs', seeding: { method: 'random', count: 0 }, content: { quality: 0.15 }, kols: { hire: 2, step: 0 } },
  ],
};

const text = (draft: unknown) => `${JSON.stringify(draft, null, 2)}\n`;

interface StrategyShape {
  name: string;
  seeding: { method: string; count: number };
  content?: { quality?: number; relevance?: number };
  kols?: { hire?: number };
}

const strategies = (page: Page) => page.evaluate(() => window.__dlApp!.draft.strategies as unknown as StrategyShape[]);
const card = (page: Page, i: number) => page.locator('dl-strategy-card').nth(i);

// A generous limit per test (the machine may be shared); the tests assert no times.
describe.skipIf(!hasChromium())('editing in Chromium', { timeout: 600_000 }, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const opened: { page: Page; problems: PageProblems }[] = [];

  const open = async (draft: unknown = SMALL) => {
    const o = await openPage(browser, `${server.url}index.html?theme=light${await encodeHash(text(draft), [])}`);
    opened.push(o);
    await waitForDone(o.page, 120_000);
    return o.page;
  };

  beforeAll(async () => {
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    const errors = opened.flatMap((o) => o.problems.errors);
    await browser?.close();
    await server?.close();
    expect(errors).toEqual([]);
  });

  it('undoes and redoes an edit with the keyboard and with the buttons', async () => {
    const page = await open();
    const slider = page.locator('dl-field[data-path="strategies[0].seeding.count"] input[type=range]');
    await slider.focus();
    // (Whether a burst of presses is one step depends on their pace: the merging is unit-tested.)
    await slider.press('ArrowRight');
    expect((await strategies(page))[0].seeding.count).toBe(21);
    await page.keyboard.press('Control+z');
    expect((await strategies(page))[0].seeding.count).toBe(20);
    await page.keyboard.press('Control+Shift+z');
    expect((await strategies(page))[0].seeding.count).toBe(21);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect((await strategies(page))[0].seeding.count).toBe(21);
    await page.locator('dl-edit-tools #undo').click();
    expect((await strategies(page))[0].seeding.count).toBe(20);
    await expect(page.locator('dl-edit-tools #undo').isDisabled()).resolves.toBe(true);
    await page.locator('dl-edit-tools #redo').click();
    expect((await strategies(page))[0].seeding.count).toBe(21);
    await expect(page.locator('dl-edit-tools #redo').isDisabled()).resolves.toBe(true);
    // In a text box Ctrl+Z is the browser's own undo of the typing, not the page's.
    const name = card(page, 0).locator('header input');
    await name.fill('My baseline');
    await name.press('Enter');
    await name.press('Control+z');
    expect((await strategies(page))[0].name).toBe('My baseline');
  });

  it('marks settings that differ from the baseline and applies one card’s content to all', async () => {
    const page = await open();
    await card(page, 1).locator('summary').click();
    const quality = card(page, 1).locator('dl-field[data-path="strategies[1].content.quality"]');
    await expect(quality.locator('.differs').count()).resolves.toBe(0);
    await quality.locator('input[type=number]').fill('3');
    await quality.locator('input[type=number]').press('Enter');
    await expect(quality.locator('.differs').count()).resolves.toBe(1);
    await expect(card(page, 1).locator('summary .differs').count()).resolves.toBe(1);
    await card(page, 1).locator('button.apply-all').click();
    const after = await strategies(page);
    expect(after.map((s) => s.content?.quality)).toEqual([0.03, 0.03]);
    await expect(quality.locator('.differs').count()).resolves.toBe(0);
    await expect(card(page, 1).locator('summary .differs').count()).resolves.toBe(0);
    // One undo brings every strategy back.
    await page.locator('dl-edit-tools #undo').click();
    expect((await strategies(page)).map((s) => s.content?.quality)).toEqual([0.15, 0.03]);
  });

  it('adds a copy of the baseline whose name follows its settings until the user renames it', async () => {
    const page = await open();
    await page.locator('#add-strategy').click();
    const list = await strategies(page);
    expect(list).toHaveLength(3);
    expect({ ...list[2], name: list[0].name }).toEqual(list[0]);
    expect(list[2].name).toBe('20 seed users 2');
    const count = card(page, 2).locator('dl-field[data-path="strategies[2].seeding.count"] input[type=number]');
    await count.fill('50');
    await count.press('Enter');
    expect((await strategies(page))[2].name).toBe('50 seed users');
    await card(page, 2).locator('header input').fill('Friends first');
    await card(page, 2).locator('header input').press('Enter');
    await count.fill('60');
    await count.press('Enter');
    expect((await strategies(page))[2]).toMatchObject({ name: 'Friends first', seeding: { count: 60 } });
  });

  it('dims and labels out-of-date results until the new run replaces them', async () => {
    const page = await open();
    const staleNow = () =>
      page.evaluate(async () => {
        const app = window.__dlApp!;
        await app.updateComplete;
        const root = app.shadowRoot!;
        return {
          label: root.getElementById('stale-label')?.textContent?.trim() ?? null,
          dimmed: root.querySelector('dl-results')!.classList.contains('stale'),
          opacity: getComputedStyle(root.querySelector('dl-results')!).opacity,
          summary: root.querySelector('dl-edit-summary')!.shadowRoot!.getElementById('summary-stale')?.textContent?.trim() ?? null,
        };
      });
    expect(await staleNow()).toEqual({ label: null, dimmed: false, opacity: '1', summary: null });
    // A field with a problem: the last results stay, dimmed, saying what to do.
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: -1 }, app.colors);
    });
    const waiting = await staleNow();
    expect(waiting).toMatchObject({ label: 'Out of date — fix the problems marked above to update', dimmed: true, summary: 'Out of date — fix the problems marked above to update' });
    // Fixed: dimmed as "running" until the new run's first results arrive, then clear.
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: 24 }, app.colors);
    });
    expect(await staleNow()).toMatchObject({ label: 'Out of date — running…', dimmed: true });
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.scenario!.runs === 24);
    await waitForDone(page);
    await page.waitForFunction(() => getComputedStyle(window.__dlApp!.shadowRoot!.querySelector('dl-results')!).opacity === '1');
    expect(await staleNow()).toEqual({ label: null, dimmed: false, opacity: '1', summary: null });
  });

  it('keeps a named scenario across a reload and opens it again', async () => {
    const page = await open();
    await page.locator('#library-menu summary').click();
    await page.locator('#library-name').fill('Launch plan A');
    await page.locator('#library-save').click();
    await expect(page.locator('#library-list li').count()).resolves.toBe(1);
    const saved = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    await page.reload();
    await waitForDone(page, 120_000);
    // Edit, then open the saved one: it replaces the edit exactly.
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: 25 }, app.colors);
    });
    await page.locator('#library-menu summary').click();
    await expect(page.locator('#library-list li .name').allTextContents()).resolves.toEqual(['Launch plan A']);
    await page.getByRole('button', { name: 'Open Launch plan A' }).click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(saved);
    await page.locator('#library-menu summary').click();
    await page.getByRole('button', { name: 'Delete Launch plan A' }).click();
    await expect(page.locator('#library-list').count()).resolves.toBe(0);
  });

  it('opens an "i" explanation with Enter and Space and closes it with Escape', async () => {
    const page = await open();
    const field = card(page, 0).locator('dl-field[data-path="strategies[0].seeding.count"]');
    const info = field.locator('button.info');
    const help = field.locator('p.help');
    await info.focus();
    await page.keyboard.press('Enter');
    await expect(info.getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await help.boundingBox())!.height).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect(info.getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await help.boundingBox())!.height).toBeLessThanOrEqual(1);
    await page.keyboard.press('Space');
    await expect(info.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(help.textContent()).resolves.toMatch(/recruits to post first/);
  });

  it('scales a strategy to the baseline’s budget and says what it changed', async () => {
    const page = await open();
    await card(page, 1).locator('summary').click();
    const costs = await page.evaluate(() => window.__dlApp!.sim.result!.strategies.map((s) => (s.summary as unknown as Record<string, { mean: number }>).cost.mean));
    await card(page, 1).locator('button.scale').click();
    const notice = await page.evaluate(() => [...window.__dlApp!.shadowRoot!.querySelector('dl-messages')!.shadowRoot!.querySelectorAll('.message .text')].map((e) => e.textContent!.trim()).join('\n'));
    expect(notice).toMatch(/“Hire 2 KOLs” scaled to the baseline’s budget/);
    expect(notice).toMatch(/KOLs hired 2 → /);
    // Its cost is all KOL fees: the new KOL count is the whole number whose expected fees are closest to the baseline's.
    const perKol = costs[1] / 2;
    const expected = [0, 1, 2, 3].reduce((best, k) => (Math.abs(k * perKol - costs[0]) < Math.abs(best * perKol - costs[0]) ? k : best), 0);
    expect((await strategies(page))[1].kols?.hire).toBe(expected);
  });

  it('shows every strategy per 1,000 spent with the equal-budget switch', async () => {
    const page = await open();
    const shown = () =>
      page.evaluate(() =>
        [...window.__dlApp!.shadowRoot!.querySelector('dl-edit-summary')!.shadowRoot!.querySelectorAll('li .value b')].map((b) => Number(b.textContent!.replace(/[+,]/g, ''))),
      );
    const means = await page.evaluate(() =>
      window.__dlApp!.sim.result!.strategies.map((s) => {
        const summary = s.summary as unknown as Record<string, { mean: number }>;
        return { sales: summary.incrementalConverted.mean, cost: summary.cost.mean };
      }),
    );
    // As the bar formats them: one decimal below 100, whole numbers above (rounding half away from zero).
    const oneDecimal = (v: number) => (Math.sign(v) * (Math.abs(v) >= 100 ? Math.round(Math.abs(v)) : Math.round(Math.abs(v) * 10) / 10)) || 0;
    expect(await shown()).toEqual(means.map((m) => oneDecimal(m.sales)));
    await page.locator('#per-spend').check();
    // Extra sales per 1,000 spent: a ratio of the means, as the verdict's cost per extra sale.
    expect(await shown()).toEqual(means.map((m) => oneDecimal((m.sales / m.cost) * 1000)));
  });

  it('simulates only the settled value after a burst of slider edits', async () => {
    const page = await open();
    const slider = page.locator('dl-field[data-path="strategies[0].seeding.count"] input[type=range]');
    await slider.focus();
    for (let i = 0; i < 20; i++) await slider.press('ArrowRight');
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.scenario!.strategies[0].seeding.count === 40);
    await waitForDone(page);
    expect(await page.evaluate(() => window.__dlApp!.sim.scenario!.strategies[0].seeding.count)).toBe(40);
  });
});
