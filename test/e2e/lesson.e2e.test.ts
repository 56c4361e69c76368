/**
 * A teacher's lesson in the built app in Chromium, projected at 1920×1080 in presenter mode:
 * walk the tipping-point lesson with the keyboard in English (→ through the steps, the class's
 * prediction picked with Tab/Enter, space plays the replay, ← back), switch to Chinese in the
 * middle of the lesson and keep the step (and the results: no re-simulation), then walk the
 * whole lesson in Chinese. Every step is screenshotted into /tmp/shots-lessons/ (LOOK at them).
 * Also: the Chinese lesson panel shows no untranslated English (heuristic), nor do the charts'
 * screen-reader texts, the language is remembered, a malformed ?locale= or lesson id warns and
 * falls back, a bad scenario uploaded in Chinese is reported in Chinese (paths as written) and
 * reworded on a language switch, a preset's title and description read in Chinese in the
 * heading and the picker (and the replay's export title) while the scenario keeps the file's
 * English, Esc leaves presenter mode, and no console error or CSP violation happens anywhere.
 * Skipped without /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, openPage, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = process.env.DL_LESSON_SHOTS ?? '/tmp/shots-lessons';
const OUT = fileURLToPath(new URL('../../test-output/app-lesson/', import.meta.url));
const LESSON = 'tipping-point';
const STEPS = 4;

/** Words allowed in the Chinese lesson panel: names, symbols and key names. */
const ALLOWED_LATIN = new Set(['KOL', 'KOLs', 'ROI', 'Esc', 'PageDown', 'PageUp', 'SVG', 'PNG']);
/** Researchers' and sources' names stay in Latin letters in the Chinese texts that cite them. */
const CITED_NAMES = ['Goel', 'Watts', 'Dodds', 'Strogatz', 'Centola', 'Macy', 'Granovetter', 'Bakshy', 'Leskovec', 'Adamic', 'Huberman', 'Backstrom', 'Ryu', 'Feick', 'Verlegh', 'Libai', 'Muller', 'Peres', 'Krugman', 'Schmidt', 'Eisend', 'Bernstein', 'Nielsen', 'Ogilvy', 'Markerly', 'Iribarren', 'Moro', 'Ugander', 'Sultan', 'Leone', 'Trusov', 'Kelly', 'Pareto'];
for (const name of CITED_NAMES) ALLOWED_LATIN.add(name);

/** The lesson panel's visible text (its shadow root). */
const lessonText = (page: Page) =>
  page.evaluate(() => {
    const lesson = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-lesson')!;
    const walk = (root: ShadowRoot | Element): string =>
      [...root.childNodes]
        .map((n) => {
          if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
          if (!(n instanceof Element)) return '';
          if (n.classList.contains('visually-hidden')) return walk(n);
          const own = n.shadowRoot ? walk(n.shadowRoot) : '';
          const labels = ['aria-label', 'title'].map((a) => n.getAttribute(a) ?? '').join(' ');
          return `${own} ${walk(n)} ${labels}`;
        })
        .join(' ');
    return walk(lesson.shadowRoot!);
  });

/**
 * Every word of the comparison: chart frames, the SVG text of the charts and what they say to a
 * screen reader (<desc>, <title>s of points, aria-labels), the replay's controls.
 */
const resultsText = (page: Page) =>
  page.evaluate(() => {
    const results = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!;
    const parts: string[] = [];
    for (const frame of results.querySelectorAll('dl-chart-frame')) {
      parts.push(frame.shadowRoot!.textContent ?? '', frame.textContent ?? '');
      for (const chart of frame.querySelectorAll('*')) {
        if (!chart.shadowRoot) continue;
        parts.push([...chart.shadowRoot.querySelectorAll('text, desc, title')].map((t) => t.textContent).join(' '));
        parts.push([...chart.shadowRoot.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' '));
      }
    }
    const view = results.querySelector('dl-network-view');
    const inner = (root: ShadowRoot | null | undefined): string =>
      root ? [...root.querySelectorAll('*')].map((e) => (e.shadowRoot ? inner(e.shadowRoot) : e.children.length === 0 ? e.textContent : '')).join(' ') : '';
    parts.push(inner(view?.shadowRoot));
    return parts.join(' ');
  });

/** Latin words of 3+ letters that are not allowed names (untranslated English, heuristically). */
function englishWords(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'’-]{2,}/g)].map((m) => m[0]).filter((w) => !ALLOWED_LATIN.has(w));
}

const stepOf = (page: Page) => page.evaluate(() => window.__dlApp!.lesson?.step ?? -1);

/** Wait until the comparison shows the finished simulation with every chart drawn. */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const app = window.__dlApp!;
      const results = app.shadowRoot!.querySelector('dl-results');
      return app.sim.phase === 'done' && results?.hasAttribute('data-settled') === true;
    },
    undefined,
    { timeout: 300_000 },
  );
}

/** The replay element, once laid out. */
async function waitForReplay(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const view = window.__dlApp!.shadowRoot!.querySelector('dl-results')?.shadowRoot?.querySelector('dl-network-view') as (HTMLElement & { end: number; networkPicture: unknown }) | null;
      return !!view && view.networkPicture !== null && view.end > 0;
    },
    undefined,
    { timeout: 300_000 },
  );
}

const replayPlaying = (page: Page) =>
  page.evaluate(() => (window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as HTMLElement & { playing: boolean }).playing);

describe.skipIf(!hasChromium())('a lesson in presenter mode, in English and Chinese', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const pages: { page: Page; problems: PageProblems }[] = [];

  async function open(search: string, hash: string) {
    const opened = await openPage(browser, `${server.url}index.html${search}${hash}`, { width: 1920, height: 1080 });
    pages.push(opened);
    await opened.page.waitForFunction(() => window.__dlApp !== undefined);
    return opened.page;
  }

  const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const dir = await buildApp(OUT);
    server = await serveDir(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('walks the lesson with the keyboard in English, then switches to Chinese mid-lesson and keeps the step', async () => {
    const page = await open('?present=1&locale=en', `#lesson=${LESSON}&step=1`);
    await page.locator('dl-lesson #lesson-text').waitFor();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-present'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Advanced controls are hidden on the projector.
    await expect(page.locator('dl-app aside').isVisible()).resolves.toBe(false);
    await expect(page.locator('dl-app #strategies').isVisible()).resolves.toBe(false);
    // Step 1: the question; the results stay hidden (the simulation already runs behind).
    await expect(page.locator('dl-lesson #lesson-kind').textContent()).resolves.toBe('Question');
    await expect(page.locator('dl-app #results-hidden').isVisible()).resolves.toBe(true);
    await expect(page.locator('dl-lesson dl-field').count()).resolves.toBe(2); // the quality sliders to watch
    await shoot(page, 'en-1-question');

    // Step 2: predict, with the keyboard (→, then Tab to a choice and Enter).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(1);
    expect(await page.evaluate(() => location.hash)).toBe(`#lesson=${LESSON}&step=2`);
    await page.locator('dl-lesson button.choice').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('dl-lesson button.choice[aria-pressed=true]').count()).resolves.toBe(1);
    await expect(page.locator('dl-lesson [role=status]').textContent()).resolves.toContain('Several times as many');
    await shoot(page, 'en-2-predict');

    // Step 3: run; the comparison appears, with the answer next to the guess.
    await page.locator('dl-lesson button.choice').nth(2).blur();
    await page.keyboard.press('PageDown');
    await expect.poll(() => stepOf(page)).toBe(2);
    await waitForResults(page);
    await expect(page.locator('dl-lesson #lesson-measure').textContent()).resolves.toMatch(/= 5\.\d×.*the class was right/s);
    // Space plays the replay and pauses it again.
    await waitForReplay(page);
    await page.keyboard.press('Space');
    await expect.poll(() => replayPlaying(page)).toBe(true);
    await page.waitForTimeout(1200);
    await shoot(page, 'en-3-run');
    await page.keyboard.press('Space');
    await expect.poll(() => replayPlaying(page)).toBe(false);
    const resultBefore = await page.evaluate(() => {
      (window as unknown as { __resultMark: unknown }).__resultMark = window.__dlApp!.sim.result;
      return window.__dlApp!.sim.phase;
    });
    expect(resultBefore).toBe('done');

    // Switch to Chinese in the middle of the lesson: same step, same results, no new simulation.
    await page.locator('dl-app #language').selectOption('zh-CN');
    await expect(page.locator('dl-lesson #lesson-kind').textContent()).resolves.toBe('运行');
    expect(await stepOf(page)).toBe(2);
    expect(await page.evaluate(() => location.hash)).toBe(`#lesson=${LESSON}&step=3`);
    expect(await page.evaluate(() => location.search)).toContain('locale=zh-CN');
    expect(await page.evaluate(() => localStorage.getItem('dividend-lab:locale'))).toBe('zh-CN');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.evaluate(() => window.__dlApp!.sim.result === (window as unknown as { __resultMark: unknown }).__resultMark)).toBe(true);
    await expect(page.locator('dl-lesson #lesson-step-of').textContent()).resolves.toBe('第 3 步，共 4 步');
    await expect(page.locator('dl-lesson #lesson-measure').textContent()).resolves.toMatch(/5\.\d 倍.*全班猜对了/s);
    // The charts follow: titles in Chinese, the lesson's Chinese strategy names in the legend.
    await expect(page.locator('dl-results #chart-converted h2').textContent()).resolves.toBe('转化随时间变化');
    // The legend is drawn, not rendered: its redraw waits for a frame (drawQueue.ts), so wait for it.
    await expect.poll(() => page.locator('dl-results #chart-converted .dl-legend-item').first().textContent()).toContain('质量 0.26');
    await shoot(page, 'switch-3-run-zh');

    // ← goes back and → forward again, without re-simulating (the same result object).
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepOf(page)).toBe(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(3);
    await expect(page.locator('dl-lesson #lesson-factors tbody tr').count()).resolves.toBe(2);
    expect(await page.evaluate(() => window.__dlApp!.sim.result === (window as unknown as { __resultMark: unknown }).__resultMark)).toBe(true);

    // Esc leaves presenter mode; the advanced controls come back.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-present'))).toBe(false);
    await expect(page.locator('dl-app aside').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => location.search)).not.toContain('present');
  });

  it('walks the whole lesson in Chinese with no untranslated English in the lesson panel', async () => {
    const page = await open('?present=1&locale=zh-CN', `#lesson=${LESSON}&step=1`);
    await page.locator('dl-lesson #lesson-text').waitFor();
    const kinds = ['提问', '预测', '运行', '结论'];
    const names = ['question', 'predict', 'run', 'takeaway'];
    for (let step = 0; step < STEPS; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepOf(page)).toBe(step);
      await expect(page.locator('dl-lesson #lesson-kind').textContent()).resolves.toBe(kinds[step]);
      if (step === 1) {
        await page.locator('dl-lesson button.choice').nth(0).focus();
        await page.keyboard.press('Enter');
        await page.locator('dl-lesson button.choice').nth(0).blur();
      }
      if (step >= 2) {
        await waitForResults(page);
        await expect(page.locator('dl-lesson #lesson-measure').textContent()).resolves.toMatch(/模拟的结果不一样/);
      }
      if (step === 2) {
        await waitForReplay(page);
        await page.keyboard.press(' ');
        await expect.poll(() => replayPlaying(page)).toBe(true);
        await page.waitForTimeout(1500);
      }
      const english = englishWords(await lessonText(page));
      expect(english, `step ${step + 1}`).toEqual([]);
      await shoot(page, `zh-${step + 1}-${names[step]}`);
    }
    // The comparison speaks Chinese too: chart titles, axes, legends (the lesson's names), the replay.
    expect(englishWords(await resultsText(page))).toEqual([]);
    // The takeaway's table of the three factors, with Chinese strategy names.
    await expect(page.locator('dl-lesson #lesson-factors caption').textContent()).resolves.toBe('三个因素（来自模拟）');
    await expect(page.locator('dl-lesson #lesson-factors tbody th').first().textContent()).resolves.toContain('质量 0.26');
    // The step change was announced to screen readers.
    await expect(page.locator('dl-lesson #lesson-announce').textContent()).resolves.toBe('第 4 步，共 4 步：结论');
  });

  it('falls back safely from a malformed ?locale= and an unknown lesson, and opens the lesson list', async () => {
    const page = await open('?locale=xx-%3Cb%3E', '#lesson=no-such-lesson&step=2');
    await page.locator('dl-lesson-picker').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const notices = await page.locator('dl-app .message.warning').allTextContents();
    expect(notices.join(' ')).toContain('The language “xx-<b>” in the link is not available');
    expect(notices.join(' ')).toContain('The lesson “no-such-lesson” in the link does not exist');
    await expect(page.locator('dl-lesson-picker li').count()).resolves.toBe(10);
    await shoot(page, 'picker-en');
    // Starting a lesson from the list puts it in the URL.
    await page.locator('dl-lesson-picker li[data-lesson=weak-ties] button').click();
    await page.locator('dl-lesson #lesson-text').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#lesson=weak-ties&step=1');
  });

  it('reports a bad uploaded scenario in Chinese with the paths as written, and rewords it on a language switch', async () => {
    const page = await open('?locale=zh-CN', '');
    await page.locator('input#scenario-upload').waitFor({ state: 'attached' });
    const bad = {
      version: 1,
      name: '坏场景',
      runs: 'many',
      network: { kind: 'erdos-renyi', nodes: 200, meanDegree: 4, colour: 'red' },
      model: { kind: 'independent-cascade', probability: 0.2 },
      strategies: [{ name: '种子', seeding: { method: 'random', count: -5 } }],
    };
    const upload = (name: string, text: string) => page.locator('input#scenario-upload').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    /** The reasons of a problem list, without the paths and the quoted values (which stay as written). */
    const reasons = (items: string[]) => items.map((li) => li.replace(/^[\w.[\]]+: /, '').replace(/"[^"]*"/g, ''));

    await upload('bad.json', JSON.stringify(bad));
    const items = () => page.locator('dl-app #upload-error li').allTextContents();
    await expect.poll(items).toEqual([
      'runs: 必须是 1 到 10000 之间的整数（实际为 "many"）',
      'network.colour: 未知字段',
      'strategies[0].seeding.count: 必须是 0 到 2010000 之间的整数（实际为 -5）',
    ]);
    expect(englishWords(reasons(await items()).join(' '))).toEqual([]);
    await shoot(page, 'zh-upload-error');

    // Not JSON at all: the reason in Chinese, the parser's own words quoted after it.
    await upload('junk.json', '{"version": 1,');
    await expect.poll(items).toEqual([expect.stringMatching(/^不是有效的 JSON：/)]);

    // Opened to fix: the reasons sit under the fields in Chinese, the unplaced one in the list.
    await upload('bad.json', JSON.stringify(bad));
    await page.locator('dl-app #upload-error button', { hasText: '仍然打开并修改字段' }).click();
    const fieldError = () => page.locator('dl-field[data-path="strategies[0].seeding.count"] .error').textContent();
    const unplaced = () => page.locator('dl-app #problems li').allTextContents();
    await expect.poll(fieldError).toBe('必须是 0 到 2010000 之间的整数（实际为 -5）');
    await expect.poll(unplaced).toEqual(['network.colour: 未知字段']);
    await shoot(page, 'zh-problems-opened');

    // A language switch rewords what is on screen; the paths do not change.
    await page.locator('dl-app #language').selectOption('en');
    await expect.poll(fieldError).toBe('must be an integer between 0 and 2010000 (got -5)');
    await expect.poll(unplaced).toEqual(['network.colour: unknown field']);
    await page.locator('dl-app #language').selectOption('zh-CN');
    await expect.poll(fieldError).toBe('必须是 0 到 2010000 之间的整数（实际为 -5）');
  });

  it("names the preset in Chinese in the heading, the picker and the replay's exports; the scenario keeps the file's English", async () => {
    const page = await open('?locale=zh-CN', '');
    const heading = () => page.locator('dl-app #scenario-name').textContent();
    const description = () => page.locator('dl-app #scenario-description').textContent();
    // The first visit opens the KOL lesson's preset.
    await expect.poll(heading).toBe('课程：KOL、种子用户还是两者兼用');
    await expect.poll(description).toMatch(/^同一条很好的帖子（质量 0\.2）的三种发布方式：20 个种子用户，每个 20/);
    const picker = page.locator('dl-app select[aria-label="打开预设场景或模板"]');
    await expect(picker.locator('option[value="lesson-kol-vs-seed-users"]').textContent()).resolves.toBe('课程：KOL、种子用户还是两者兼用');
    await expect(picker.locator('option[value="lesson-tipping-point"]').textContent()).resolves.toBe('课程：引爆点');
    expect(englishWords((await picker.locator('option').allTextContents()).join(' ').replace(/\b(Bass|Watts)\b/g, ''))).toEqual([]);
    // Data stays the file's: the scenario (downloads, links, exports) has the English name.
    expect(await page.evaluate(() => window.__dlApp!.draft.name)).toBe('Lesson: KOL vs seed users vs both');
    await shoot(page, 'zh-preset-heading');

    // Another preset from the picker. The projector leaves the heading out; the replay's frame
    // and video exports carry the title, in Chinese too.
    await picker.selectOption('lesson-tipping-point');
    await expect.poll(heading).toBe('课程：引爆点');
    await page.locator('dl-app #present').click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-present'))).toBe(true);
    await expect(page.locator('dl-app #scenario-name').isVisible()).resolves.toBe(false);
    await waitForResults(page);
    await expect(page.locator('dl-results dl-network-view').getAttribute('heading')).resolves.toBe('课程：引爆点');
    await waitForReplay(page);
    await shoot(page, 'zh-preset-heading-present');
    await page.keyboard.press('Escape');

    // A name the user typed is shown as typed; the untouched description stays translated.
    await page.locator('dl-field[data-path="name"] input').fill('我的引爆点 test');
    await page.locator('dl-field[data-path="name"] input').press('Enter');
    await expect.poll(heading).toBe('我的引爆点 test');
    await expect.poll(description).toMatch(/^同样的世界，同样的 20 个种子用户/);
    // A language switch re-renders the preset's own text.
    await page.locator('dl-app #language').selectOption('en');
    await expect.poll(description).toMatch(/^Same world, same 20 seed users/);
    await expect.poll(heading).toBe('我的引爆点 test');
  });

  it('had no console errors, page errors or CSP violations', async () => {
    const errors: string[] = [];
    for (const { page, problems } of pages) {
      errors.push(...[...problems.errors, ...(await page.evaluate(() => window.__problems))].map((e) => `${e} @ ${page.url().replace(/^.*index.html/, "")}`));
      await page.close();
    }
    // The malformed ?locale= warns in the console (console.warn), which is not an error.
    expect(errors).toEqual([]);
  });
});
