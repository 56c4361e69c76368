/**
 * The classroom in the built app in Chromium, as a teacher with a keyboard and a projector:
 * - from page load to a started lesson in at most KEY_PATH_LIMIT key presses (Tab, Enter, Enter
 *   through the skip link; L, Enter with the shortcut; Enter, Enter from the first-visit intro),
 *   the focus moving into the lesson list and then into the lesson, and Tab reaching every lesson
 *   control without passing through the side panel;
 * - on a lesson link the first Tab stop skips into the lesson; → on the last step returns to the
 *   list, with the focus on the next lesson;
 * - moving past the prediction step without a prediction asks first (keyboard: → again goes on,
 *   Enter on the focused "Back to the prediction" goes back, Esc closes the question and stays in
 *   presenter mode); with a prediction it does not ask;
 * - every step opens at its top (the page's scroll and the presenter panel's own);
 * - in presenter mode at 1920×1080 every visible text of the lesson panel, the replay (counts,
 *   legend, controls) and the charts' legends measures at least 18 px (computed font size; an
 *   icon-only button by its icon's height);
 * - the class's vote typed per answer shows beside the simulation's answer, bad counts are
 *   refused, and the votes stay out of the scenario (and its saved copy);
 * - the introduction greets a first visit (not a lesson link), is remembered once dismissed,
 *   reopens from its button, and speaks Chinese.
 * Screenshots (1280×800 and 1920×1080, English and 中文) go to /tmp/shots-classroom/ — look at them.
 * Skipped without /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, openPage, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = process.env.DL_CLASSROOM_SHOTS ?? '/tmp/shots-classroom';
const OUT = fileURLToPath(new URL('../../test-output/app-classroom/', import.meta.url));
/** Key presses from page load to a started lesson, at most (it was 47 Tab presses before). */
const KEY_PATH_LIMIT = 3;
/** Smallest text on the projector at 1920×1080, in CSS px. */
const PROJECTOR_MIN_PX = 18;
/** Several pages simulate in each test on a shared 2-core machine: a guard against hanging, not a speed limit. */
const TEST_TIMEOUT = 240_000;

/** The focus through shadow roots: tag#id of each level, outermost first. */
const focusTrail = (page: Page) =>
  page.evaluate(() => {
    const trail: string[] = [];
    let el: Element | null = document.activeElement;
    while (el) {
      trail.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);
      el = el.shadowRoot?.activeElement ?? null;
    }
    return trail;
  });

/** The lesson list's item that holds the focus (its data-lesson), or null. */
const focusedLessonItem = (page: Page) =>
  page.evaluate(() => {
    const picker = document.querySelector('dl-app')?.shadowRoot?.querySelector('dl-lesson-picker');
    const active = picker?.shadowRoot?.activeElement;
    return active?.closest('li')?.getAttribute('data-lesson') ?? null;
  });

const stepOf = (page: Page) => page.evaluate(() => window.__dlApp!.lesson?.step ?? -1);

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.shadowRoot!.querySelector('dl-results')?.hasAttribute('data-settled') === true,
    undefined,
    { timeout: 300_000 },
  );
}

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

/**
 * Every visible text in the subtrees of `selectors` (searched through shadow roots from dl-app),
 * with its computed font size: elements with their own non-blank text, SVG <text>, and form
 * controls (their value or label is text too).
 */
const textSizes = (page: Page, selectors: string[]) =>
  page.evaluate((sels) => {
    const found: { where: string; text: string; px: number }[] = [];
    const deepAll = (root: ParentNode, sel: string): Element[] => {
      const out = [...root.querySelectorAll(sel)];
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, sel));
      return out;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 2 && r.height > 2 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
    };
    const walk = (root: ParentNode, where: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, `${where} ${el.tagName.toLowerCase()}`);
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
        const control = el instanceof HTMLButtonElement || el instanceof HTMLSelectElement || el instanceof HTMLInputElement;
        if (!own && !(control && !(el instanceof HTMLInputElement && el.type === 'range'))) continue;
        if (!visible(el)) continue;
        const area = el.closest('.legend, .counts, .toolbar, .dl-legend, footer, header');
        const tag = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
        // An icon-only button (the replay's transport) is read by its icon: the icon's height.
        const icon = !own && el instanceof HTMLButtonElement ? el.querySelector('svg') : null;
        const px = icon ? icon.getBoundingClientRect().height : parseFloat(getComputedStyle(el).fontSize);
        found.push({ where: `${where}${area ? ` .${area.classList[0] ?? area.tagName.toLowerCase()}` : ''} ${tag}${icon ? ' (icon)' : ''}`, text: own.slice(0, 40), px });
      }
    };
    const app = document.querySelector('dl-app')!.shadowRoot!;
    for (const sel of sels) for (const el of deepAll(app, sel)) walk(el.shadowRoot ?? el, sel);
    return found;
  }, selectors);

describe.skipIf(!hasChromium())('the classroom: keyboard path, prediction check, projector sizes, the class vote, the intro', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const pages: { page: Page; problems: PageProblems }[] = [];

  async function open(path: string, options: { width?: number; height?: number; intro?: boolean } = {}) {
    const opened = await openPage(browser, `${server.url}index.html${path}`, { width: options.width ?? 1280, height: options.height ?? 800, intro: options.intro });
    pages.push(opened);
    await opened.page.waitForFunction(() => window.__dlApp !== undefined);
    await opened.page.evaluate(() => window.__dlApp!.updateComplete);
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

  // Each test's pages are closed when it ends (idle pages would keep simulating and replaying on
  // a shared machine); their problems are kept for the last test.
  const problemsSeen: string[] = [];
  afterEach(async () => {
    for (const { page, problems } of pages.splice(0)) {
      const csp = await page.evaluate(() => window.__problems).catch(() => [] as string[]);
      problemsSeen.push(...problems.errors, ...csp);
      await page.close();
    }
  });

  it(`starts a lesson from page load in ${KEY_PATH_LIMIT} key presses, the focus moving into the list and the lesson`, async () => {
    const page = await open('?locale=en');
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('Tab');
    expect(await focusTrail(page)).toEqual(['dl-app', 'dl-toolbar', 'dl-skip-link', 'button#skip-to-lessons']);
    await shoot(page, 'en-1280-skip-link');
    await press('Enter');
    await page.locator('dl-lesson-picker').waitFor();
    await expect.poll(() => focusedLessonItem(page)).toBe('tipping-point');
    await shoot(page, 'en-1280-picker-focus');
    await press('Enter');
    await page.locator('dl-lesson #lesson-text').waitFor();
    expect(await stepOf(page)).toBe(0);
    expect(presses).toBeLessThanOrEqual(KEY_PATH_LIMIT);
    // The focus is in the lesson: Tab reaches each of its controls, never the side panel, up to "Next".
    expect(await focusTrail(page)).toEqual(['dl-app', 'dl-lesson', 'h2#lesson-title']);
    const visited: string[][] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const trail = await focusTrail(page);
      visited.push(trail);
      if (trail.at(-1) === 'button#lesson-next') break;
    }
    expect(visited.at(-1)).toEqual(['dl-app', 'dl-lesson', 'button#lesson-next']);
    for (const trail of visited) expect(trail[1], trail.join(' > ')).toBe('dl-lesson');
    // The lesson's step buttons, "Leave", and the two highlighted quality sliders were on the way.
    expect(visited.filter((t) => t.includes('dl-field')).length).toBeGreaterThanOrEqual(2);
    expect(visited.some((t) => t.at(-1) === 'button#lesson-leave')).toBe(true);

    // The shortcut: L opens the list with the focus in it, Enter starts the lesson: 2 presses.
    const again = await open('?locale=en');
    await again.keyboard.press('l');
    await again.locator('dl-lesson-picker').waitFor();
    await expect.poll(() => focusedLessonItem(again)).toBe('tipping-point');
    await again.keyboard.press('Enter');
    await again.locator('dl-lesson #lesson-text').waitFor();
    // Typing an "l" in a text field is typing, not the shortcut.
    await again.locator('dl-field[data-path="seed"] input').focus();
    await again.keyboard.press('l');
    expect(await again.evaluate(() => window.__dlApp!.lessonPicker)).toBe(false);
  }, TEST_TIMEOUT);

  it('goes from the last step to the lesson list with → and puts the focus on the next lesson', async () => {
    const page = await open('?locale=en#lesson=tipping-point&step=4');
    await page.locator('dl-lesson #lesson-list').waitFor();
    // A lesson opened by a link: the first Tab stop skips straight into the lesson.
    await page.keyboard.press('Tab');
    await expect(page.locator('dl-skip-link button').textContent()).resolves.toContain('Skip to the lesson');
    await page.keyboard.press('Enter');
    expect(await focusTrail(page)).toEqual(['dl-app', 'dl-lesson', 'h2#lesson-title']);
    await page.keyboard.press('ArrowRight');
    await page.locator('dl-lesson-picker').waitFor();
    await expect.poll(() => focusedLessonItem(page)).toBe('weak-ties');
    // Another → does not reopen the finished lesson behind the list.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('dl-lesson-picker').count()).resolves.toBe(1);
    // Closing the list hands the focus back to the Lessons button.
    await page.locator('dl-lesson-picker').getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await focusTrail(page)).at(-1)).toBe('button#lessons-button');
  }, TEST_TIMEOUT);

  it('asks before moving past the prediction without one, from the keyboard; not with a prediction', async () => {
    const page = await open('?present=1&locale=en#lesson=tipping-point&step=2', { width: 1920, height: 1080 });
    await page.locator('dl-lesson button.choice').first().waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('dl-lesson #lesson-confirm').waitFor();
    expect(await stepOf(page)).toBe(1);
    expect((await focusTrail(page)).at(-1)).toBe('button#lesson-confirm-back');
    await shoot(page, 'en-1920-confirm');
    // Enter on the focused "Back to the prediction": the question goes, the focus is on the first answer.
    await page.keyboard.press('Enter');
    await expect(page.locator('dl-lesson #lesson-confirm').count()).resolves.toBe(0);
    expect((await focusTrail(page)).at(-1)).toBe('button');
    expect(await stepOf(page)).toBe(1);
    // Esc closes the question and does not leave presenter mode.
    await page.keyboard.press('ArrowRight');
    await page.locator('dl-lesson #lesson-confirm').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.locator('dl-lesson #lesson-confirm').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-present'))).toBe(true);
    // → twice: asked, then on without a prediction.
    await page.keyboard.press('ArrowRight');
    await page.locator('dl-lesson #lesson-confirm').waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(2);
    // The takeaway says no prediction was recorded; back at the prediction, pick one: no question.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepOf(page)).toBe(1);
    await page.locator('dl-lesson button.choice').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.locator('dl-lesson button.choice').nth(2).blur();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(2);
    await expect(page.locator('dl-lesson #lesson-confirm').count()).resolves.toBe(0);
    // In Chinese at 1280×800 the question reads in Chinese.
    const zh = await open('?locale=zh-CN#lesson=tipping-point&step=2');
    await zh.locator('dl-lesson button.choice').first().waitFor();
    await zh.keyboard.press('ArrowRight');
    await expect(zh.locator('dl-lesson #lesson-confirm-title').textContent()).resolves.toBe('全班还没有预测');
    await shoot(zh, 'zh-1280-confirm');
    // A jump with the step buttons from the question straight to the takeaway asks too.
    const fresh = await open('?locale=en#lesson=weak-ties&step=1');
    await fresh.locator('dl-lesson ol.steps button').last().click();
    await fresh.locator('dl-lesson #lesson-confirm').waitFor();
    await fresh.locator('dl-lesson #lesson-confirm-go').click();
    await expect.poll(() => stepOf(fresh)).toBe(await fresh.evaluate(() => window.__dlApp!.lesson!.lesson.steps.length - 1));
  }, TEST_TIMEOUT);

  it('opens every step at its top: the page scroll and the presenter panel’s own', async () => {
    const page = await open('?locale=en#lesson=tipping-point&step=3');
    await waitForResults(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(3);
    const top = await page.evaluate(() => window.__dlApp!.shadowRoot!.querySelector('dl-lesson')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);

    // Presenter mode, between two run steps: the lesson column scrolls on its own beside the replay
    // (at 1280×800 its 1.5× text is taller than the screen).
    const projected = await open('?present=1&locale=en#lesson=centola-clusters&step=3', { width: 1280, height: 800 });
    await waitForResults(projected);
    const panelScroll = () => projected.evaluate(() => window.__dlApp!.shadowRoot!.querySelector('dl-lesson')!.scrollTop);
    await projected.evaluate(() => {
      const panel = window.__dlApp!.shadowRoot!.querySelector('dl-lesson')!;
      panel.scrollTop = panel.scrollHeight;
    });
    const scrolled = await panelScroll();
    await projected.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(projected)).toBe(3);
    expect(await panelScroll()).toBe(0);
    expect(scrolled).toBeGreaterThan(100);
    console.log(`presenter panel scrolled ${scrolled} px before the step change, 0 after`);
  }, TEST_TIMEOUT);

  it(`sizes the lesson, the replay (counts, legend, controls) and the chart legends for a projector: ≥ ${PROJECTOR_MIN_PX} px at 1920×1080`, async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const page = await open(`?present=1&locale=${locale}#lesson=tipping-point&step=3`, { width: 1920, height: 1080 });
      await waitForResults(page);
      await waitForReplay(page);
      await page.waitForTimeout(300);
      const sizes = await textSizes(page, ['dl-lesson', 'dl-network-view', '.dl-legend', 'dl-chart-frame']);
      const replay = sizes.filter((s) => s.where.includes('dl-network-view'));
      // The replay's counts, legend and transport controls were all measured.
      expect(replay.some((s) => s.where.includes('.counts'))).toBe(true);
      expect(replay.some((s) => s.where.includes('legend'))).toBe(true);
      expect(replay.some((s) => s.where.includes('dl-playback'))).toBe(true);
      const small = sizes.filter((s) => s.px < PROJECTOR_MIN_PX);
      expect(small, JSON.stringify(small.slice(0, 12))).toEqual([]);
      const min = Math.min(...sizes.map((s) => s.px));
      console.log(`presenter ${locale}: ${sizes.length} texts measured, smallest ${min} px`);
      await shoot(page, `${locale}-1920-presenter-run`);
    }
  }, TEST_TIMEOUT);

  it('records the class’s vote per answer and shows it beside the simulation’s answer, outside the scenario', async () => {
    const page = await open('?locale=en#lesson=tipping-point&step=2');
    await page.locator('dl-lesson dl-vote-counter summary').click();
    const box = (i: number) => page.locator(`dl-lesson dl-vote-counter input[data-choice="${i}"]`);
    await box(0).fill('3');
    await box(1).fill('5');
    await box(2).fill('-2');
    await expect(page.locator('dl-lesson dl-vote-counter .error').textContent()).resolves.toContain('whole number from 0 to 9,999');
    await box(2).fill('12');
    await expect(page.locator('dl-lesson dl-vote-counter .error').count()).resolves.toBe(0);
    await expect(page.locator('dl-lesson dl-vote-counter #votes-total').textContent()).resolves.toBe('20 votes recorded');
    await shoot(page, 'en-1280-votes');
    // A recorded vote is the class's prediction: → goes on without asking.
    await page.locator('dl-lesson #lesson-next').click();
    await expect.poll(() => stepOf(page)).toBe(2);
    await waitForResults(page);
    const result = page.locator('dl-lesson dl-vote-result');
    await expect(result.locator('li').count()).resolves.toBe(3);
    // The simulation's answer (several times as many) is the third choice: 12 of 20 = 60 %.
    await expect(result.locator('li.model').getAttribute('data-choice')).resolves.toBe('2');
    await expect(result.locator('#vote-sentence').textContent()).resolves.toBe('60% of the class chose the simulation’s answer (12 of 20).');
    await expect(result.locator('li[data-choice="0"] .count').textContent()).resolves.toBe('3 (15%)');
    // Beside the answer: the measure line and the vote are in the same panel, the vote right after it.
    const order = await page.evaluate(() => {
      const body = window.__dlApp!.shadowRoot!.querySelector('dl-lesson')!.shadowRoot!.querySelector('#lesson-body')!;
      return [...body.children].map((c) => c.id || c.tagName.toLowerCase());
    });
    expect(order.indexOf('dl-vote-result')).toBe(order.indexOf('lesson-measure') + 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'en-1280-vote-result');
    // Kept with the session (sessionStorage), never in the scenario, its link or its saved copy.
    const stores = await page.evaluate(() => ({
      session: sessionStorage.getItem('dividend-lab:class-votes'),
      saved: localStorage.getItem('dividend-lab:last-scenario') ?? '',
      draft: JSON.stringify(window.__dlApp!.draft),
    }));
    expect(JSON.parse(stores.session!)).toEqual({ 'tipping-point': [3, 5, 12] });
    expect(stores.saved).not.toContain('votes');
    expect(stores.draft).not.toMatch(/vote/i);
    // The takeaway shows it too; in Chinese, projected.
    await page.locator('dl-app #language').selectOption('zh-CN');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(page)).toBe(3);
    await expect(result.locator('#vote-sentence').textContent()).resolves.toBe('全班 60% 的学生选中了模拟的答案（20 人中 12 人）。');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'zh-1280-vote-takeaway');
    // The same tab projected: the votes are still there (sessionStorage is per tab, like a lesson session).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('dl-app #present').click();
    await expect(result.locator('li').count()).resolves.toBe(3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'zh-1920-vote-takeaway');
  }, TEST_TIMEOUT);

  it('greets a first visit with the introduction, remembers its dismissal, reopens it, and speaks Chinese', async () => {
    const page = await open('?locale=en', { intro: true });
    const dialog = page.locator('dl-intro dialog');
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    await expect(page.locator('dl-intro #glossary dt').count()).resolves.toBe(7);
    await expect(page.locator('dl-intro #glossary dt[data-term=randomSeed]').textContent()).resolves.toBe('Random seed');
    expect((await focusTrail(page)).at(-1)).toBe('button#intro-lessons');
    await shoot(page, 'en-1280-intro');
    // Enter on "Start a lesson" → the list with the focus in it → Enter: a lesson in 2 presses.
    await page.keyboard.press('Enter');
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await expect.poll(() => focusedLessonItem(page)).toBe('tipping-point');
    await page.keyboard.press('Enter');
    await page.locator('dl-lesson #lesson-text').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('dividend-lab:intro-dismissed'))).toBe('1');
    // Dismissed: a reload does not show it; its button reopens it, and Esc closes it again.
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.updateComplete);
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await page.locator('dl-intro #intro-button').click();
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);

    // A lesson link on a first visit goes straight to the lesson (a class is waiting).
    const lessonLink = await open('?locale=en#lesson=weak-ties&step=1', { intro: true });
    await lessonLink.locator('dl-lesson #lesson-text').waitFor();
    await expect(lessonLink.locator('dl-intro dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);

    // In Chinese, at both sizes.
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const zh = await open('?locale=zh-CN', { intro: true, width, height });
      await expect(zh.locator('dl-intro #intro-title').textContent()).resolves.toBe('欢迎来到社交红利实验室');
      await expect(zh.locator('dl-intro #glossary dt[data-term=randomSeed]').textContent()).resolves.toBe('随机种子');
      // Nothing in the dialog is cut off: it scrolls inside the screen.
      const box = await zh.locator('dl-intro dialog').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await shoot(zh, `zh-${width}-intro`);
      const en = await open('?locale=en', { intro: true, width, height });
      await shoot(en, `en-${width}-intro`);
    }
  }, TEST_TIMEOUT);

  it('had no console errors, page errors or CSP violations', () => {
    expect(problemsSeen).toEqual([]);
  });
});
