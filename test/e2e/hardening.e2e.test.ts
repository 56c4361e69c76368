/**
 * Hostile and careless input in the built app in Chromium (issue 11): links and uploads far over
 * the bounds (100,000 strategies, nesting 10,000 deep, 200,000 unknown fields) are refused before
 * a card is drawn; Object.prototype names in kind-like fields leave the page working; control
 * characters are never shown raw; the user's own scenario survives a lesson and a reload.
 * Skipped when /usr/bin/chromium is missing.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { EDGE_LIST_REF_MIN_CHARS } from '../../src/scenario/edgeListRef';
import { checkScenario } from '../../src/scenario/validateScenario';
import { simulateInline } from '../../src/runtime/simulateInline';
import { buildApp, openPage, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const OUT = fileURLToPath(new URL('../../test-output/app-hardening/', import.meta.url));

/** Small and quick: 300 people, 10 runs. */
const MINE = {
  version: 1,
  name: 'My own launch plan',
  seed: 'mine',
  runs: 10,
  steps: 20,
  network: { kind: 'erdos-renyi', nodes: 300, meanDegree: 4 },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [
    { name: 'my random seeds', seeding: { method: 'random', count: 3 } },
    { name: 'my hubs', seeding: { method: 'degree', count: 3 } },
  ],
};
const text = (draft: unknown) => `${JSON.stringify(draft, null, 2)}\n`;
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

describe.skipIf(!hasChromium())('hostile input in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const pages: { page: Page; problems: PageProblems }[] = [];

  async function open(hash = '', search = ''): Promise<{ page: Page; problems: PageProblems }> {
    const opened = await openPage(browser, `${server.url}index.html${search}${hash}`);
    pages.push(opened);
    await opened.page.waitForFunction(() => window.__dlApp !== undefined);
    await opened.page.evaluate(() => window.__dlApp!.ready);
    return opened;
  }

  /** Load `hash` afresh in `page` (same browser context, so the same localStorage). */
  async function reopen(page: Page, hash: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${server.url}index.html${hash}`);
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.ready);
  }

  const cardCount = (page: Page) => page.locator('dl-strategy-card').count();
  const draftName = (page: Page) => page.evaluate(() => window.__dlApp!.draft.name);
  const noticeText = (page: Page) => page.evaluate(() => window.__dlApp!.notices.map((n) => n.text).join(' | '));

  /** The page still answers: the Lessons button opens the lesson list and closes it again. */
  async function stillResponsive(page: Page): Promise<void> {
    await page.locator('#lessons-button').click();
    await page.locator('dl-lesson-picker').waitFor();
    await page.locator('#lessons-button').click();
    await expect.poll(() => page.locator('dl-lesson-picker').count()).toBe(0);
  }

  beforeAll(async () => {
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a link naming 100,000 strategies is refused before any card is drawn; the last scenario stays', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    expect(await draftName(page)).toBe('My own launch plan');
    const many = { ...MINE, name: 'flood', strategies: Array.from({ length: 100_000 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) };
    const hash = await encodeHash(text(many), []);
    // The same link arriving while the page is open (hashchange).
    await page.evaluate((h) => (location.hash = h), hash);
    await expect.poll(() => noticeText(page)).toContain('got 100000');
    expect(await cardCount(page)).toBe(2);
    // And opened afresh: the saved scenario, not the flood.
    await reopen(page, hash);
    expect(await draftName(page)).toBe('My own launch plan');
    expect(await cardCount(page)).toBe(2);
    expect(await noticeText(page)).toContain('strategies: must be a list of 1 to 8 strategies (got 100000)');
    await stillResponsive(page);
    expect(problems.errors).toEqual([]);
  });

  it('nesting 10,000 deep and 200,000 unknown fields in a link: refused with a message, later edits still saved', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const deep = `{"version":1,"name":"deep","network":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    await reopen(page, await encodeHash(deep, []));
    expect(await noticeText(page)).toContain('nested deeper than 32 levels');
    expect(await draftName(page)).toBe('My own launch plan');
    await page.evaluate(() => window.__dlApp!.setDraft({ ...window.__dlApp!.draft, name: 'edited after the deep link' }, window.__dlApp!.colors));
    const saved = await page.evaluate(() => localStorage.getItem('dividend-lab:last-scenario') ?? '');
    expect(saved).toContain('edited after the deep link');
    const fields = `{${Array.from({ length: 200_000 }, (_, i) => `"f${i}":${i}`).join(',')}}`;
    await reopen(page, await encodeHash(fields, []));
    expect(await noticeText(page)).toContain('scenario: has more than 1000 fields');
    expect(await draftName(page)).toBe('edited after the deep link');
    expect(await cardCount(page)).toBe(2);
    await stillResponsive(page);
    expect(problems.errors).toEqual([]);
  });

  it('an upload of 100,000 strategies is refused without "Open it anyway"; nothing is lost', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const before = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    const many = { ...MINE, strategies: Array.from({ length: 100_000 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) };
    await page.locator('input#scenario-upload').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(many)) });
    await expect.poll(() => page.locator('#upload-error').textContent()).toMatch(/strategies: must be a list of 1 to 8 strategies \(got 100000\)/);
    // Refused within a second of the file arriving (measured ~0.3 s; the transfer itself is the test harness).
    expect(await page.getByRole('button', { name: /Open it anyway/ }).count()).toBe(0);
    expect(await cardCount(page)).toBe(2);
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(before);
    await stillResponsive(page);
    expect(problems.errors).toEqual([]);
  });

  it('an uploaded edge list is read, parsed and validated in a worker, then simulated', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const started: string[] = [];
    page.on('worker', (w) => started.push(w.url()));
    const edges = Array.from({ length: 20_000 }, (_, i) => `${i % 3000},${(i * 7919) % 3000}`).join('\n');
    const file = { ...MINE, name: 'uploaded edge list', network: { kind: 'edge-list', edges } };
    await page.locator('input#scenario-upload').setInputFiles({ name: 'edges.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForFunction(() => window.__dlApp!.draft.name === 'uploaded edge list');
    expect(started.some((url) => url.includes('upload'))).toBe(true);
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.scenario?.name === 'uploaded edge list', undefined, { timeout: 300_000 });
    expect(await page.evaluate(() => window.__dlApp!.sim.scenario!.network.nodes)).toBe(3000);
    // The same file with a broken line: refused with the line named, from the worker's reading.
    await page.locator('input#scenario-upload').setInputFiles({ name: 'bad-edges.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, network: { kind: 'edge-list', edges: `${edges}\n1,2,3,4` } })) });
    await expect.poll(() => page.locator('#upload-error').textContent()).toMatch(/network\.edges: line 20001/);
    expect(problems.errors).toEqual([]);
  });

  it('a huge uploaded edge list never enters the page: held by reference, simulated as inline, written back whole', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    // 560,000 lines, ~5.2 million characters: past EDGE_LIST_REF_MIN_CHARS (5,000,000).
    const edges = Array.from({ length: 560_000 }, (_, i) => `${i % 3000},${(i * 7919 + 11) % 3000}`).join('\n');
    expect(edges.length).toBeGreaterThan(EDGE_LIST_REF_MIN_CHARS);
    const file = { ...MINE, name: 'huge edge list', runs: 4, steps: 10, network: { kind: 'edge-list', edges }, model: { kind: 'independent-cascade', probability: 0.002 } };
    await page.locator('input#scenario-upload').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(text(file)) });
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.scenario?.name === 'huge edge list', undefined, { timeout: 120_000 });
    // The page holds a short reference, not the text.
    const held = await page.evaluate(() => (window.__dlApp!.draft.network as { edges: string }).edges);
    expect(held.length).toBeLessThan(64);
    expect(held.startsWith('\u0000edge-list:')).toBe(true);
    expect(await page.evaluate(() => window.__dlApp!.sim.scenario!.network.nodes)).toBe(3000);
    // The numbers are those of the scenario with its text inline (the same core, in this process).
    const inline = checkScenario(file);
    if (!inline.ok) throw new Error('the test scenario is invalid');
    const expected = simulateInline(inline.scenario).strategies.map((s) => Array.from(s.totals));
    expect(await page.evaluate(() => window.__dlApp!.sim.data!.strategies.map((s) => Array.from(s.totals)))).toEqual(expected);
    // No link can carry it (as before): none is offered, and the address holds no scenario.
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect.poll(() => page.evaluate(() => window.__dlApp!.notices.map((n) => n.text))).toContainEqual(expect.stringMatching(/too large for a link/i));
    expect(await page.evaluate(() => location.hash)).not.toMatch(/s=/);
    // "Download" writes the whole file back: the bytes of the uploaded text.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download scenario' }).click();
    expect(await readFile((await (await download).path())!, 'utf8')).toBe(text(file));
    // The JSON result carries the whole edge list too, so the CLI can re-run it.
    await page.locator('#export-menu summary').click();
    const result = page.waitForEvent('download');
    await page.getByRole('button', { name: /JSON/ }).click();
    expect(JSON.parse(await readFile((await (await result).path())!, 'utf8')).scenario.network.edges).toBe(edges);
    expect(problems.errors).toEqual([]);
  });

  it('terminal escape bytes in an uploaded file and a lesson link are shown escaped, never raw', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    await page.locator('input#scenario-upload').setInputFiles({ name: 'esc.json', mimeType: 'application/json', buffer: Buffer.from('\u001b]0;owned\u0007\u001b[2J{"version": 1,') });
    const shown = await page.locator('#upload-error').textContent();
    expect(shown).toMatch(/invalid JSON/);
    expect(shown).toContain('\\u001b');
    expect(shown).not.toMatch(/[\u001b\u0007]/);
    const { page: lesson } = await open(`#lesson=${encodeURIComponent('\u001b[2Jx')}`);
    expect(await noticeText(lesson)).toContain('\\u001b[2Jx');
    expect(problems.errors).toEqual([]);
  });

  for (const field of ['network.kind', 'model.kind', 'model.platform', 'seeding.method'] as const)
    it(`prototype names in ${field}: cards, problems and the Lessons button keep working`, async () => {
      for (const name of PROTOTYPE_NAMES) {
        const scenario = structuredClone(MINE) as Record<string, any>;
        if (field === 'network.kind') scenario.network.kind = name;
        if (field === 'model.kind') scenario.model.kind = name;
        if (field === 'model.platform') scenario.model = { kind: 'dividend', platform: name };
        if (field === 'seeding.method') scenario.strategies[1].seeding.method = name;
        const { page, problems } = await open(await encodeHash(text(scenario), []));
        expect(await cardCount(page), name).toBe(2);
        await page.locator('#problems').waitFor();
        await stillResponsive(page);
        expect(problems.errors, `${field} = ${name}`).toEqual([]);
        await page.close();
      }
    });

  it('prototype names as a lesson id and as ?locale=: a warning, the page keeps working', async () => {
    for (const name of PROTOTYPE_NAMES) {
      const { page, problems } = await open(`#lesson=${encodeURIComponent(name)}`, `?locale=${encodeURIComponent(name)}`);
      expect(await noticeText(page)).toContain(`“${name}”`);
      await page.locator('dl-lesson-picker').waitFor(); // the lesson list instead
      expect(await cardCount(page)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(problems.errors, name).toEqual([]);
      await page.close();
    }
  });

  it('Lessons → Start over my own scenario, leave → "Back to your scenario" restores it (also after a reload)', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const mine = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    await page.locator('#lessons-button').click();
    await page.locator('dl-lesson-picker button.primary').first().click();
    await page.locator('dl-lesson #lesson-text').waitFor();
    expect(await draftName(page)).not.toBe('My own launch plan');
    // A reload in the middle of the lesson keeps it too.
    await page.reload();
    await page.waitForFunction(() => window.__dlApp?.lesson !== null);
    await page.locator('dl-lesson #lesson-leave').click();
    await page.locator('#back-to-yours').click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(mine);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=/);
    expect(await page.locator('#back-to-yours').count()).toBe(0);
    // And in Chinese the button speaks Chinese.
    await page.locator('#lessons-button').click();
    await page.locator('dl-lesson-picker button.primary').first().click();
    await page.locator('#language').selectOption('zh-CN');
    await expect.poll(() => page.locator('#back-to-yours').textContent()).toBe('回到你的场景');
    await page.locator('#back-to-yours').click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(mine);
    await page.locator('#language').selectOption('en');
    expect(problems.errors).toEqual([]);
  });

  it('a preset opened over my scenario offers the way back', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const mine = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    await page.locator('header select').first().selectOption({ index: 2 });
    await expect.poll(() => draftName(page)).not.toBe('My own launch plan');
    await page.locator('#back-to-yours').click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(mine);
    expect(problems.errors).toEqual([]);
  });

  it('an edit followed at once by a reload (before the address catches up) is kept', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, name: 'renamed just now' }, app.colors);
    });
    await page.reload(); // within the 300 ms the address waits after an edit
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.ready);
    expect(await draftName(page)).toBe('renamed just now');
    // A different link still wins over the saved work (which is kept as "your scenario").
    await reopen(page, await encodeHash(text({ ...MINE, name: 'a colleague’s plan' }), []));
    expect(await draftName(page)).toBe('a colleague’s plan');
    expect(await page.locator('#back-to-yours').count()).toBe(1);
    expect(problems.errors).toEqual([]);
  });

  it('a reload after editing an invalid draft keeps the last valid scenario one click away', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    const mine = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: -3 }, app.colors);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.__dlApp !== undefined);
    await page.evaluate(() => window.__dlApp!.ready);
    expect(await page.evaluate(() => window.__dlApp!.draft.runs)).toBe(-3); // the edits are not lost either
    await page.getByRole('button', { name: 'Back to your last valid scenario' }).click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(mine);
    expect(problems.errors).toEqual([]);
  });

  it('a worker that runs out of memory ends the run with advice; the tab lives and the next run is fine', async () => {
    const { page, problems } = await open(await encodeHash(text(MINE), []));
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done');
    const reference = await page.evaluate(() => JSON.stringify(window.__dlApp!.sim.result!.strategies));
    // A network of 10^12 people: no validated scenario can ask for it, so it goes to the workers directly.
    await page.evaluate(() => {
      const s = window.__dlApp!.sim.scenario!;
      (window as unknown as { __ok: typeof s }).__ok = s;
      void window.__dlApp!.controller.start({ ...s, network: { ...s.network, nodes: 1e12 } } as typeof s);
    });
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'error', undefined, { timeout: 300_000 });
    expect(await page.evaluate(() => window.__dlApp!.sim.error)).toMatch(/^The simulation ran out of memory in a worker; try fewer people, a smaller mean degree/);
    await stillResponsive(page);
    await page.evaluate(() => window.__dlApp!.controller.start((window as unknown as { __ok: NonNullable<typeof window.__dlApp>['sim']['scenario'] & object }).__ok));
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done');
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.sim.result!.strategies))).toBe(reference);
    expect(problems.errors).toEqual([]);
  });

  it('asks before a run estimated to take many minutes, and runs it on "Run it anyway"', async () => {
    const long = { ...MINE, name: 'far too big', runs: 2000, steps: 200, network: { kind: 'erdos-renyi', nodes: 1_000_000, meanDegree: 20 } };
    const { page, problems } = await open(await encodeHash(text(long), []));
    await page.locator('#long-run').waitFor();
    expect(await page.locator('#long-run').textContent()).toMatch(/may take up to about [\d,]+ minutes and [\d,]+ MB/);
    expect(await page.evaluate(() => window.__dlApp!.sim.phase)).not.toBe('running');
    // The comparison and the status line say what they wait for, not "fix the fields" or "starting".
    await expect(page.locator('dl-results #awaiting-answer').textContent()).resolves.toMatch(/^Waiting for your answer/);
    await expect(page.locator('dl-run-status #progress-text').textContent()).resolves.toBe('Waiting for your answer above.');
    // No empty results strip before there is a result.
    expect(await page.locator('dl-edit-summary').count()).toBe(0);
    await page.locator('#run-long').click();
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'running');
    await page.locator('#stop').click();
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'stopped');
    expect(await page.locator('#long-run').count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });
});
