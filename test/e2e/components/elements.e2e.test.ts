/**
 * Component tests: each Lit element of src/ui/app/components, src/ui/app/verdict,
 * src/ui/app/analysis and src/ui/network mounted ALONE in one page (test/e2e/components/page,
 * built with Vite under the app's CSP) in Debian's Chromium, with its properties set from real
 * fixtures (a small preset simulated in the page, the lessons, the field specs). Each test checks
 * what the element renders from its properties (properties down) and the events it emits when a
 * person uses it (events up). One build, one page load; elements are swapped in place.
 *
 * Not mounted here: dl-app (the shell, driven whole by app.e2e.test.ts) and dl-network-view
 * (mounted alone by the network harness of network.e2e.test.ts, with a layout worker and traces).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/ui/app/lessons/index';
import { hasChromium, launchChromium, serveDir } from '../galleryHarness';
import { productionBuild } from '../productionBuild';
import type { RecordedEvent } from './page/mount';
import { COMPONENTS_OUT } from './vite.components.config';

declare global {
  interface Window {
    __components: {
      names: string[];
      events: RecordedEvent[];
      mount(name: string, locale?: string): Promise<string>;
      drawQueue: { queueDraw(draw: () => void): void; FRAME_BUDGET_MS: number; AFTER_PAINT_SLACK_MS: number };
      frameCounter(): { readonly count: number; stop(): void };
    };
  }
}

describe.skipIf(!hasChromium())('the app’s elements, one at a time, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];

  /** Mount `name` alone; returns a locator of the mounted element. */
  async function mount(name: string, locale = 'en'): Promise<Locator> {
    const tag = await page.evaluate(([n, l]) => window.__components.mount(n, l), [name, locale] as const);
    return page.locator(`#stage > ${tag}`);
  }
  /** The text of the element's shadow tree (a locator's textContent stops at the shadow root). */
  const shadowText = (tag: string) => page.evaluate((t) => (document.querySelector(`#stage > ${t}`)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '), tag);
  const events = () => page.evaluate(() => window.__components.events.map((e) => ({ ...e })));

  beforeAll(async () => {
    await productionBuild({ configFile: new URL('./vite.components.config.ts', import.meta.url).pathname });
    server = await serveDir(COMPONENTS_OUT);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`));
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
  });

  afterAll(async () => {
    if (page && !page.isClosed()) problems.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    await browser?.close();
    await server?.close();
    expect(problems).toEqual([]);
  });

  it('dl-field: shows its label and value; a key press on the slider emits dl-edit with its path and the next value', async () => {
    const field = await mount('field');
    await expect(field.locator('label').first().textContent()).resolves.toMatch(/Pass-on chance/);
    await expect(field.locator('output').textContent()).resolves.toMatch(/8\.0\s*%/);
    await field.locator('input[type=range]').press('ArrowRight');
    const [edit] = await events();
    expect(edit.type).toBe('dl-edit');
    expect(edit.detail).toEqual({ path: 'model.probability', value: 0.085 }); // one step of 0.005
  });

  it('dl-strategy-card: shows the strategy it is given; its buttons emit dl-strategy with the operation and its index', async () => {
    const card = await mount('strategy-card');
    const name = await page.evaluate(() => (document.querySelector('#stage > dl-strategy-card') as unknown as { draft: { strategies: { name: string }[] } }).draft.strategies[1].name);
    await expect(card.locator('input').first().inputValue()).resolves.toBe(name);
    await card.getByRole('button', { name: new RegExp(`Duplicate`) }).click();
    await card.getByRole('button', { name: new RegExp(`Delete`) }).click();
    await card.getByRole('button', { name: new RegExp(`earlier`, 'i') }).click();
    const ops = (await events()).filter((e) => e.type === 'dl-strategy').map((e) => e.detail);
    expect(ops).toEqual([
      { op: 'duplicate', index: 1 },
      { op: 'delete', index: 1 },
      { op: 'up', index: 1 },
    ]);
  });

  it('dl-scenario-panel: one dl-field per scenario setting; an edit inside bubbles out as dl-edit', async () => {
    const panel = await mount('scenario-panel');
    expect(await panel.locator('dl-field').count()).toBeGreaterThan(3);
    const nodes = panel.locator('dl-field[data-path="network.nodes"] input[type=range]');
    await nodes.focus();
    await nodes.press('ArrowRight');
    const edits = (await events()).filter((e) => e.type.startsWith('dl-edit'));
    expect(edits).toHaveLength(1);
    expect((edits[0].detail as { path: string }).path).toBe('network.nodes');
    expect((edits[0].detail as { value: number }).value).toBeGreaterThan(1500);
  });

  it('dl-lesson-picker: lists every lesson in the chosen language; start and close emit their events', async () => {
    let picker = await mount('lesson-picker');
    expect(await picker.locator('li[data-lesson]').count()).toBe(LESSONS.length);
    await expect(picker.locator('li[data-lesson] h3').first().textContent()).resolves.toBe(LESSONS[0].title.en);
    await picker.locator(`li[data-lesson="${LESSONS[1].id}"] button`).click();
    await picker.getByRole('button', { name: 'Close' }).click();
    expect(await events()).toEqual([
      { type: 'dl-lesson-open', detail: { id: LESSONS[1].id } },
      { type: 'dl-lesson-picker-close', detail: null },
    ]);
    picker = await mount('lesson-picker', 'zh-CN');
    await expect(picker.locator('li[data-lesson] h3').first().textContent()).resolves.toBe(LESSONS[0].title.zh);
    await page.evaluate(() => window.__components.mount('field', 'en'));
  });

  it('dl-lesson: shows the step it is given; next, a step dot and leave emit dl-lesson-step / dl-lesson-exit', async () => {
    const lesson = await mount('lesson');
    expect(await shadowText('dl-lesson')).toContain(LESSONS[0].title.en);
    await lesson.locator('#lesson-next').click();
    expect(await lesson.locator('#lesson-prev').isDisabled()).toBe(true); // the step is the page's to change
    // Step 3 lies past the prediction step and nothing was predicted: the panel asks first, no event yet.
    await lesson.getByRole('button', { name: /step 3/i }).click();
    await lesson.locator('#lesson-confirm').waitFor();
    await lesson.locator('#lesson-confirm-go').click();
    await lesson.locator('#lesson-leave').click();
    expect(await events()).toEqual([
      { type: 'dl-lesson-step', detail: { step: 1 } },
      { type: 'dl-lesson-step', detail: { step: 2 } },
      { type: 'dl-lesson-exit', detail: null },
    ]);
  });

  it('dl-results: draws the charts of a finished simulation and marks itself settled only once every chart is drawn', async () => {
    // What each chart of the panel holds at the moment `data-settled` appears (a MutationObserver
    // runs before any later task): settled too early, a queued draw has not yet filled its SVG.
    const atSettle = page.evaluate(
      () =>
        new Promise<{ tag: string; drawn: boolean }[]>((resolve) => {
          const stage = document.getElementById('stage')!;
          const observer = new MutationObserver(() => {
            const results = stage.querySelector(':scope > dl-results');
            if (!results?.hasAttribute('data-settled')) return;
            observer.disconnect();
            const charts = [...results.shadowRoot!.querySelectorAll('dl-time-series, dl-funnel, dl-intervals, dl-paired-comparison, dl-outcome-distribution, dl-attribution, dl-decomposition, dl-degree-distribution')];
            resolve(charts.map((c) => ({ tag: c.localName, drawn: (c.shadowRoot?.querySelector('svg[part=chart]')?.childElementCount ?? 0) > 0 })));
          });
          observer.observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-settled'] });
        }),
    );
    const results = await mount('results');
    const charts = await atSettle;
    expect(charts.filter((c) => c.tag === 'dl-time-series').length).toBeGreaterThan(0);
    expect(charts.filter((c) => !c.drawn)).toEqual([]);
    expect(await results.locator('dl-time-series svg path').count()).toBeGreaterThan(0);
    expect(await results.locator('#verdict').count()).toBe(1);
  });

  it('a chart deferring while hidden draws only once on screen; without it, an off-screen chart draws at once', async () => {
    await mount('results');
    await page.waitForFunction(() => document.querySelector('#stage > dl-results')?.hasAttribute('data-settled'));
    const paths = await page.evaluate(async () => {
      type Chart = HTMLElement & { data: unknown; options: unknown; deferHidden: boolean; updateComplete: Promise<boolean> };
      const shown = document.querySelector('#stage > dl-results')!.shadowRoot!.querySelector('dl-time-series') as Chart;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Far below whatever the earlier tests scrolled to: absolutely placed, the page at its top.
      window.scrollTo(0, 0);
      const far = document.createElement('div');
      far.style.position = 'absolute';
      far.style.top = '20000px';
      far.style.width = '800px';
      document.body.append(far);
      const offScreen = async (defer: boolean) => {
        const chart = document.createElement('dl-time-series') as Chart;
        chart.deferHidden = defer;
        chart.options = shown.options;
        far.append(chart);
        await chart.updateComplete;
        // Once an observer made after the chart's has reported, the chart's has too (observers
        // report in the order they were made, in the same task): it knows it is out of view.
        await new Promise<void>((reported) => {
          const io = new IntersectionObserver(() => {
            io.disconnect();
            reported();
          });
          io.observe(chart);
        });
        chart.data = shown.data;
        await chart.updateComplete;
        return chart;
      };
      const count = (c: Element) => c.shadowRoot!.querySelectorAll('svg path').length;
      const eager = await offScreen(false);
      const deferred = await offScreen(true);
      const before = { eager: count(eager), deferred: count(deferred) };
      deferred.scrollIntoView();
      for (let i = 0; i < 100 && count(deferred) === 0; i++) await frames();
      const after = count(deferred);
      far.remove();
      window.scrollTo(0, 0);
      return { ...before, after };
    });
    expect(paths.eager).toBeGreaterThan(0);
    expect(paths.deferred).toBe(0);
    expect(paths.after).toBe(paths.eager);
  });

  it('the draw queue gives each draw that used up a frame’s budget a rendered frame of its own, in the order asked', async () => {
    const seen = await page.evaluate(async () => {
      const { queueDraw, FRAME_BUDGET_MS } = window.__components.drawQueue;
      const frames = window.__components.frameCounter();
      const log: { name: string; frame: number }[] = [];
      await new Promise<void>((done) => {
        for (const name of ['a', 'b', 'c', 'd'])
          queueDraw(() => {
            log.push({ name, frame: frames.count });
            // A draw as long as the budget: the next must wait for a paint.
            const until = performance.now() + FRAME_BUDGET_MS + 2;
            while (performance.now() < until);
            if (name === 'd') done();
          });
      });
      frames.stop();
      return log;
    });
    expect(seen.map((s) => s.name)).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 1; i < seen.length; i++) expect(seen[i].frame).toBeGreaterThan(seen[i - 1].frame);
  });

  it('the draw queue does not draw in a frame that another long task has already taken after the paint', async () => {
    const seen = await page.evaluate(async () => {
      const { queueDraw, FRAME_BUDGET_MS, AFTER_PAINT_SLACK_MS } = window.__components.drawQueue;
      const frames = window.__components.frameCounter();
      const busy = (ms: number) => {
        const until = performance.now() + ms;
        while (performance.now() < until);
      };
      const log: Record<string, number> = {};
      const other = new MessageChannel();
      other.port1.onmessage = () => {
        // Another task right after the paint (a worker's message), longer than the slack.
        log.other = frames.count;
        busy(AFTER_PAINT_SLACK_MS + 10);
      };
      await new Promise<void>((done) => {
        queueDraw(() => {
          log.a = frames.count;
          // Before the queue asks for the next frame: this callback runs first in it.
          requestAnimationFrame(() => other.port2.postMessage(null));
          busy(FRAME_BUDGET_MS + 2);
        });
        queueDraw(() => {
          log.b = frames.count;
          done();
        });
      });
      frames.stop();
      return log;
    });
    expect(seen.other).toBeGreaterThan(seen.a);
    // Not in the frame the other task took, but after another paint.
    expect(seen.b).toBeGreaterThan(seen.other);
  });

  it('dl-verdict: names the strategies of the verdict; the export buttons emit dl-verdict-export, disabled while runs are partial', async () => {
    const verdict = await mount('verdict');
    const names = await page.evaluate(() => (document.querySelector('#stage > dl-verdict') as unknown as { scenario: { strategies: { name: string }[] } }).scenario.strategies.map((s) => s.name));
    const text = await verdict.locator('#verdict').textContent();
    for (const name of names) expect(text).toContain(name);
    await verdict.locator('#verdict-csv').click();
    expect(await events()).toEqual([{ type: 'dl-verdict-export', detail: { kind: 'csv' } }]);
    const partial = await mount('verdict-partial');
    expect(await partial.locator('#verdict-csv').isDisabled()).toBe(true);
  });

  it('dl-robustness: states how many drawn worlds the shares are over', async () => {
    const robustness = await mount('robustness');
    await expect(robustness.locator('#robustness-h').textContent()).resolves.toMatch(/12/);
  });

  it('dl-analysis: four tabs; choosing one shows its panel; no scenario, no run', async () => {
    const analysis = await mount('analysis');
    const tabs = analysis.getByRole('tab');
    expect(await tabs.count()).toBe(4);
    await analysis.locator('#tab-seeds').click();
    expect(await analysis.locator('#tab-seeds').getAttribute('aria-selected')).toBe('true');
    expect(await analysis.locator('#tab-sweep').getAttribute('aria-selected')).toBe('false');
    await analysis.locator('#tab-sweep').click();
    expect(await analysis.locator('#sweep-run').isEnabled()).toBe(true);
    await page.evaluate(() => {
      const el = document.querySelector('#stage > dl-analysis') as unknown as { scenario: unknown; updateComplete: Promise<boolean> };
      el.scenario = null;
      return el.updateComplete;
    });
    expect(await analysis.locator('#sweep-run').isDisabled()).toBe(true);
    expect(await events()).toEqual([]);
  });

  it('dl-calibration: asks for the observed campaign; run without one names what is missing, and no world goes up', async () => {
    const calibration = await mount('calibration');
    expect(await calibration.locator('#cal-observed').count()).toBe(1);
    expect(await calibration.locator('#cal-errors').count()).toBe(0);
    await calibration.locator('#cal-run').click();
    await expect(calibration.locator('#cal-errors').textContent()).resolves.toMatch(/observed/i);
    expect(await events()).toEqual([]);
  });

  it('dl-node-inspector: the person it is given, with audience and following', async () => {
    await mount('node-inspector');
    const text = await shadowText('dl-node-inspector');
    expect(text).toContain('#1,234');
    expect(text).toMatch(/community 4 · audience 17 · sees posts of 9 · weak ties 2/);
  });

  it('in 中文: dl-scenario-panel and dl-verdict take their words from the Chinese catalogue, and still emit the same events', async () => {
    // (dl-field shows the spec it is given: its parents pass it translated.)
    const headings = async (locale: string) => (await mount('scenario-panel', locale)).locator('h2').allTextContents();
    const english = await headings('en');
    const chinese = await headings('zh-CN');
    expect(chinese).toHaveLength(english.length);
    for (const heading of chinese) expect(heading).toMatch(/[\u4e00-\u9fff]/);
    const verdict = await mount('verdict', 'zh-CN');
    await expect(verdict.locator('#verdict-h').textContent()).resolves.toBe('结论');
    await expect(verdict.locator('#verdict-csv').textContent()).resolves.toBe('汇总表（CSV）');
    await verdict.locator('#verdict-csv').click();
    expect(await events()).toEqual([{ type: 'dl-verdict-export', detail: { kind: 'csv' } }]);
    await mount('field', 'en');
  });

  it('dl-playback: shows the position it is given; its controls emit dl-playback actions', async () => {
    const playback = await mount('playback');
    await expect(playback.locator('input[type=range]').inputValue()).resolves.toBe('5');
    await playback.locator('button.play').click();
    await playback.getByRole('button', { name: /step forward/i }).click();
    await playback.locator('input[type=range]').fill('20');
    expect(await events()).toEqual([
      { type: 'dl-playback', detail: { action: 'toggle' } },
      { type: 'dl-playback', detail: { action: 'step', value: 1 } },
      { type: 'dl-playback', detail: { action: 'seek', value: 20 } },
    ]);
  });
});
