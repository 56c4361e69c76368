/**
 * The verdict in the built app in Chromium: on the first-visit scenario (KOL vs seed users, three
 * strategies) the verdict's sentences match the numbers the page computed (each strategy's mean
 * extra sales and cost from the result's own summary, the winner's paired lead over the runner-up
 * recomputed from the per-run rows), the table shows every strategy, no text is clipped at
 * 1280×800 and 1920×1080 in English and 中文, the summary CSV downloads with one row per strategy,
 * the print stylesheet keeps the verdict, the settings with the random seed and two key charts,
 * and page.pdf() prints the report on one A4 page. Screenshots go to /tmp/shots-verdict/ (LOOK at
 * them). Skipped without /usr/bin/chromium.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = process.env.DL_VERDICT_SHOTS ?? '/tmp/shots-verdict';
const OUT = fileURLToPath(new URL('../../test-output/app-verdict/', import.meta.url));

/** What the verdict shows: its goals (status, winner, sentence) and table rows. */
const verdictShown = (page: Page) =>
  page.evaluate(() => {
    const verdict = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-verdict')!.shadowRoot!;
    return {
      goals: [...verdict.querySelectorAll('li.goal')].map((li) => ({
        goal: li.getAttribute('data-goal'),
        status: li.getAttribute('data-status'),
        winner: li.getAttribute('data-winner'),
        sentence: li.querySelector('.sentence')!.textContent!.trim(),
      })),
      // Each cell's own text (not the 5–95 % range or the winner's star under it).
      rows: [...verdict.querySelectorAll('#verdict-table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()),
      ),
    };
  });

/** Elements of the verdict whose text overflows its box (clipped or spilling out). */
const clipped = (page: Page) =>
  page.evaluate(() => {
    const verdict = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-verdict')!.shadowRoot!;
    const out: string[] = [];
    for (const el of verdict.querySelectorAll<HTMLElement>('.sentence, strong, th, td, caption, button, p, .table-wrap, section'))
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 60)}`);
    return out;
  });

/** The page's own numbers: per strategy its name, the summary means and the per-run extra sales and cost. */
const pageNumbers = (page: Page) =>
  page.evaluate(() =>
    window.__dlApp!.sim.result!.strategies.map((s) => {
      const summary = s.summary as unknown as Record<string, { mean: number }>;
      const runs = s.runs as unknown as Record<string, number>[];
      return { name: s.name, lift: summary.incrementalConverted.mean, cost: summary.cost.mean, liftRuns: runs.map((r) => r.incrementalConverted), costRuns: runs.map((r) => r.cost) };
    }),
  );

const fmt1 = (v: number) => new Intl.NumberFormat('en', { maximumFractionDigits: Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : 1 }).format(v);
const money = (v: number) => new Intl.NumberFormat('en', Math.abs(v) >= 100 ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

describe.skipIf(!hasChromium())('the verdict in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const opened: { page: Page; problems: PageProblems }[] = [];

  const open = async (query: string, width: number, height: number) => {
    const o = await openPage(browser, `${server.url}index.html?theme=light&${query}`, { width, height });
    opened.push(o);
    await waitForDone(o.page, 120_000);
    return o.page;
  };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the sentences match the numbers the page computed; the table shows every strategy', async () => {
    const page = await open('locale=en', 1280, 800);
    const numbers = await pageNumbers(page);
    const shown = await verdictShown(page);
    expect(shown.goals.map((g) => g.goal)).toEqual(['sales', 'costPerSale', 'roi']);
    // Table: one row per strategy, its mean extra sales and cost as the result's summary has them.
    expect(shown.rows.map((r) => r[0])).toEqual(numbers.map((s) => s.name));
    shown.rows.forEach((r, i) => {
      expect(r[1]).toBe(fmt1(numbers[i].lift));
      expect(r[2]).toBe(money(numbers[i].cost));
    });
    // Most extra sales: the strategy with the highest mean, its lead over the runner-up paired by run.
    const order = numbers.map((s, i) => i).sort((a, b) => numbers[b].lift - numbers[a].lift || a - b);
    const [w, r] = order;
    const diffs = numbers[w].liftRuns.map((x, k) => x - numbers[r].liftRuns[k]);
    const lead = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const ahead = diffs.reduce((a, d) => a + (d > 0 ? 1 : d === 0 ? 0.5 : 0), 0) / diffs.length;
    const sales = shown.goals[0];
    expect(sales.winner).toBe(numbers[w].name);
    expect(sales.sentence).toContain(numbers[w].name);
    expect(sales.sentence).toContain(numbers[r].name);
    expect(sales.sentence).toContain(sales.status === 'clear' ? `+${fmt1(lead)} extra sales per run` : `sells ${fmt1(lead)} more per run`);
    expect(sales.sentence).toContain(`ahead in ${Math.round(ahead * 100)}% of runs`);
    // The paired 95 % interval: lead ± t(0.975, 99) · sd / √100 over the 100 runs of the first-visit scenario.
    expect(diffs).toHaveLength(100);
    const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - lead) ** 2, 0) / 99);
    const half = 1.9842169515 * (sd / 10);
    expect(sales.sentence).toContain(`[95% CI ${fmt1(lead - half)}–${fmt1(lead + half)}]`);
    if (sales.status === 'clear') {
      const costDiff = numbers[w].cost - numbers[r].cost;
      expect(sales.sentence).toContain(costDiff > 0 ? `for ${money(costDiff)} more per run` : `for ${money(-costDiff)} less per run`);
      expect(sales.sentence).toContain(`(costs ${money(numbers[w].cost)} per run`);
    } else expect(sales.sentence).toMatch(/no clear|No clear/);
    // Lowest cost per extra sale: Σcost ÷ Σextra sales, lowest among the strategies that sell extra.
    const cps = numbers.map((s) => {
      const l = s.liftRuns.reduce((a, b) => a + b, 0);
      return l > 0 ? s.costRuns.reduce((a, b) => a + b, 0) / l : Infinity;
    });
    const cheapest = cps.indexOf(Math.min(...cps));
    expect(shown.goals[1].winner).toBe(numbers[cheapest].name);
    expect(shown.goals[1].sentence).toContain(money(cps[cheapest]));
    await page.locator('dl-verdict').screenshot({ path: `${SHOTS}/verdict-en-1280.png` });
  });

  for (const [locale, width, height] of [
    ['en', 1280, 800],
    ['en', 1920, 1080],
    ['zh-CN', 1280, 800],
    ['zh-CN', 1920, 1080],
  ] as const) {
    it(`no clipped text at ${width}×${height} in ${locale}`, async () => {
      const page = await open(`locale=${locale}`, width, height);
      await page.locator('dl-verdict').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/page-${locale}-${width}.png` });
      await page.locator('dl-verdict').screenshot({ path: `${SHOTS}/verdict-${locale}-${width}.png` });
      expect(await clipped(page)).toEqual([]);
      const { goals } = await verdictShown(page);
      if (locale === 'zh-CN') for (const g of goals) expect(g.sentence).toMatch(/[\u4e00-\u9fff]/);
      await page.close();
    });
  }

  it('summary CSV and the one-page printed report', async () => {
    const page = await open('locale=en', 1280, 800);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#verdict-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/-summary\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('strategy,runs,incrementalConverted,incrementalConvertedP05,incrementalConvertedP95,cost,costPerIncrementalSale,roi,reached,incrementalShareOfReached,mostSales,lowestCostPerSale,bestRoi,seed');
    expect(lines).toHaveLength(1 + (await pageNumbers(page)).length);
    // Print: the button lays the results out at the paper's width (the charts redraw), then opens the print dialog.
    // Every chart's SVG width when the dialog would open: drawn for the printing layout already?
    await page.evaluate(() => {
      const w = window as unknown as { __printed: number; __widthsAtPrint: (string | null)[]; __chartWidths: () => (string | null)[] };
      w.__chartWidths = () => {
        const results = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!;
        return [...results.querySelectorAll('dl-chart-frame')].map((f) => f.firstElementChild?.shadowRoot?.querySelector('svg')?.getAttribute('width') ?? null);
      };
      w.__printed = 0;
      window.print = () => {
        w.__widthsAtPrint = w.__chartWidths();
        w.__printed++;
      };
    });
    const chartWidths = () => (window as unknown as { __chartWidths: () => (string | null)[] }).__chartWidths();
    const before = await page.evaluate(chartWidths);
    await page.locator('#verdict-print').click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
    // The charts were redrawn for the report's width before the dialog opened, not after.
    const atPrint = await page.evaluate(() => (window as unknown as { __widthsAtPrint: (string | null)[] }).__widthsAtPrint);
    await page.waitForTimeout(300); // anything still pending would redraw meanwhile
    expect(atPrint).toEqual(await page.evaluate(chartWidths));
    expect(atPrint).not.toEqual(before);
    // The verdict, the settings with the random seed, two key charts; everything else hidden.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const app = document.querySelector('dl-app')!.shadowRoot!;
      const results = app.querySelector('dl-results')!.shadowRoot!;
      const verdict = results.querySelector('dl-verdict')!.shadowRoot!;
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
      return {
        topbar: visible(app.querySelector('.topbar')),
        cards: visible(app.querySelector('#strategies')),
        settings: visible(verdict.querySelector('#report-settings')),
        settingsText: verdict.querySelector('#report-settings')?.textContent ?? '',
        buttons: visible(verdict.querySelector('.actions')),
        charts: [...results.querySelectorAll('dl-chart-frame')].filter(visible).map((f) => f.id),
        seed: window.__dlApp!.sim.scenario!.seed,
      };
    });
    expect(printed).toMatchObject({ topbar: false, cards: false, settings: true, buttons: false, charts: ['chart-converted', 'chart-paired'] });
    expect(printed.settingsText).toContain(printed.seed);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/print-media-en.png`, fullPage: true });
    // On paper the conversions chart is narrow: its "no campaign" label must not be written across the lines.
    const label = await page.evaluate(() => {
      const results = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!;
      const chart = results.querySelector('#chart-converted dl-time-series')!.shadowRoot!;
      const text = chart.querySelector<SVGTextElement>('.dl-baseline text');
      const lines = [...chart.querySelectorAll<SVGPathElement>('.dl-lines path')];
      if (!text) return { shown: false, crossed: false, lines: lines.length };
      const b = text.getBBox(); // the label and the lines share the plot's coordinates
      const crossed = lines.some((path) => {
        for (let d = 0, n = path.getTotalLength(); d <= n; d += 1) {
          const p = path.getPointAtLength(d);
          if (p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) return true;
        }
        return false;
      });
      return { shown: true, crossed, lines: lines.length };
    });
    expect(label.lines).toBeGreaterThan(0);
    expect(label.crossed).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${SHOTS}/report-en.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });

  it('prints from the dark theme in Chinese on white paper, then gives the screen its theme back', async () => {
    const o = await openPage(browser, `${server.url}index.html?locale=zh-CN`, { width: 1280, height: 800 });
    opened.push(o);
    const page = o.page;
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await waitForDone(page, 120_000);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('#verdict-print').click();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${SHOTS}/report-zh-CN-from-dark.pdf`, pdf);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const after = await page.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      printing: document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.hasAttribute('printing'),
    }));
    expect(after).toEqual({ theme: 'dark', printing: false });
    await page.close();
  });

  it('eight strategies: every row in the table, no clipped text at 1280 px; the report puts full-width charts on a second page', async () => {
    const page = await open('locale=en', 1280, 800);
    await page.evaluate(() => {
      const app = window.__dlApp!;
      const draft = app.draft as { strategies: Record<string, unknown>[] };
      const [seeds, kols, both] = draft.strategies;
      const extra = [
        { ...seeds, name: '10 seed users', seeding: { method: 'random', count: 10 } },
        { ...seeds, name: '40 seed users', seeding: { method: 'random', count: 40 } },
        { ...kols, name: '1 KOL', kols: { hire: 1 } },
        { ...seeds, name: '20 seed users, reward 1 per share', incentives: { rewardPerShare: 1 } },
        { ...both, name: '2 KOLs + 20 seed users, ads 1 % per hour', ads: { reach: 0.01 } },
      ];
      app.setDraft({ ...app.draft, strategies: [...draft.strategies, ...extra] } as typeof app.draft, [0, 1, 2, 3, 4, 5, 6, 7]);
    });
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.result?.strategies.length === 8, undefined, { timeout: 180_000 });
    await waitForDone(page, 120_000);
    const shown = await verdictShown(page);
    expect(shown.rows).toHaveLength(8);
    await page.locator('dl-verdict').screenshot({ path: `${SHOTS}/verdict-en-1280-8-strategies.png` });
    expect(await clipped(page)).toEqual([]);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('#verdict-print').click();
    await page.waitForTimeout(1000);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${SHOTS}/report-en-8-strategies.pdf`, pdf);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(2);
    await page.close();
  });

  it('two identical strategies: no clear winner, and the sentence says why', async () => {
    const page = await open('locale=en', 1280, 800);
    await page.evaluate(() => {
      const app = window.__dlApp!;
      const [first] = (app.draft as { strategies: Record<string, unknown>[] }).strategies;
      app.setDraft({ ...app.draft, strategies: [first, { ...first, name: 'The same again' }] } as typeof app.draft, [0, 1]);
    });
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.result?.strategies.length === 2, undefined, { timeout: 120_000 });
    await waitForDone(page, 120_000);
    const { goals } = await verdictShown(page);
    for (const g of goals) {
      expect(g.status).toBe('unclear');
      expect(g.sentence).toBe('No clear winner: 20 seed users and The same again give the same numbers on every run.');
    }
    await page.locator('dl-verdict').screenshot({ path: `${SHOTS}/verdict-en-identical.png` });
    await page.close();
  });

  it('no console error or CSP violation', async () => {
    const problems: string[] = [];
    for (const { page, problems: p } of opened) {
      problems.push(...p.errors);
      if (!page.isClosed()) problems.push(...(await page.evaluate(() => window.__problems)));
    }
    expect(problems).toEqual([]);
  });
});
