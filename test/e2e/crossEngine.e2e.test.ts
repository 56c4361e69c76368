/**
 * Cross-engine determinism: Chromium (Debian's, via playwright-core) and Node evaluate the same
 * code and must produce the same bits —
 * - the portable exp/log/log1p/pow over 10^5 seeded arguments per range (test/core/portableMathCases.ts),
 * - the full JSON result of the golden dividend scenario on a power-law communities network
 *   (test/runtime/goldenScenario.ts), whose hash is pinned in goldenResult.test.ts.
 * It also prints how often the engines' own Math.* disagree on those arguments (the reason
 * src/core/portableMath exists); that number is informative, not asserted: it depends on the
 * two engines' versions. Skipped when /usr/bin/chromium is missing.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exp, log, log1p, pow } from '../../src/core/portableMath';
import { bitsHash, evaluateCases, portableMathCases } from '../core/portableMathCases';
import { GOLDEN_RESULT_SHA256, goldenResultText } from '../runtime/goldenScenario';
import { uncertainGoldenText } from '../uncertainty/uncertainGolden';
import { hasChromium, launchChromium } from './galleryHarness';
import type { crossEngine as CrossEngine } from './crossEngine/crossEngineEntry';

declare global {
  var crossEngine: typeof CrossEngine;
}

const PER_SET = 100_000;
/** Fewer arguments when whole result arrays cross the page boundary. */
const PER_SET_VALUES = 20_000;
const ENTRY = fileURLToPath(new URL('./crossEngine/crossEngineEntry.ts', import.meta.url));

/** The entry bundled as one classic script (no server, no module loading: injected into about:blank). */
async function bundleEntry(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'crossEngineBundle' },
      rollupOptions: { external: ['crypto'] },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const chunk = chunks.find((c): c is Rollup.OutputChunk => c.type === 'chunk');
  if (!chunk) throw new Error('bundle has no chunk');
  return chunk.code;
}

describe.skipIf(!hasChromium())('the same bits in Chromium and in Node', () => {
  let browser: Browser;
  let page: Page;
  const cases = portableMathCases(PER_SET);

  beforeAll(async () => {
    const [code, launched] = await Promise.all([bundleEntry(), launchChromium()]);
    browser = launched;
    page = await browser.newPage();
    await page.setContent('<!doctype html><title>cross-engine</title>');
    await page.addScriptTag({ content: code });
    expect(await page.evaluate(() => typeof globalThis.crossEngine)).toBe('object');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** How often the engines' own Math.* disagree on the cases (informative: it depends on both versions). */
  async function nativeDisagreement(): Promise<string> {
    const small = portableMathCases(PER_SET_VALUES);
    const nodeNative = evaluateCases(small, { exp: Math.exp, log: Math.log, log1p: Math.log1p, pow: Math.pow });
    const browserNative = await page.evaluate((n) => globalThis.crossEngine.nativeValues(n), PER_SET_VALUES);
    const lines = small.map((set, s) => {
      let differ = 0;
      set.xs.forEach((_, i) => {
        const a = nodeNative[s][i];
        const b = browserNative[s][i];
        if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b))) differ++;
      });
      return `  Math.${set.fn}, ${set.name}: ${differ} of ${set.xs.length} differ (${((100 * differ) / set.xs.length).toFixed(1)}%)`;
    });
    return `Node ${process.version} vs Chromium ${browser.version()}, the engines' own Math.* (the portable ones agree on all):\n${lines.join('\n')}`;
  }

  it(`portable exp, log, log1p, pow: identical bits on ${PER_SET.toLocaleString('en')} arguments per range`, async () => {
    const nodeHashes = evaluateCases(cases, { exp, log, log1p, pow }).map(bitsHash);
    const browserHashes = await page.evaluate((n) => globalThis.crossEngine.portableHashes(n), PER_SET);
    const differing = cases.filter((_, s) => nodeHashes[s] !== browserHashes[s]).map((c) => c.name);
    if (differing.length > 0) {
      // Name the first arguments that differ, from a smaller run.
      const small = portableMathCases(PER_SET_VALUES);
      const nodeValues = evaluateCases(small, { exp, log, log1p, pow });
      const browserValues = await page.evaluate((n) => globalThis.crossEngine.portableValues(n), PER_SET_VALUES);
      const examples: string[] = [];
      small.forEach((set, s) =>
        set.xs.forEach((x, i) => {
          if (examples.length < 10 && !Object.is(nodeValues[s][i], browserValues[s][i]))
            examples.push(`${set.fn}(${x}${set.ys ? `, ${set.ys[i]}` : ''}): node ${nodeValues[s][i]}, chromium ${browserValues[s][i]}`);
        }),
      );
      expect.fail(`portable results differ in ${differing.join(', ')}: ${examples.join('; ')}`);
    }
    expect(browserHashes).toEqual(nodeHashes);
    console.info(await nativeDisagreement());
  });

  it('the golden dividend scenario (power-law communities): byte-identical JSON, with the pinned hash', async () => {
    const nodeText = goldenResultText();
    const browserText = await page.evaluate(() => globalThis.crossEngine.goldenResultText());
    let at = 0;
    while (at < nodeText.length && nodeText[at] === browserText[at]) at++;
    const context = (text: string) => text.slice(Math.max(0, at - 80), at + 40);
    expect(browserText === nodeText, `first difference at character ${at}:\nnode:     …${context(nodeText)}…\nchromium: …${context(browserText)}…`).toBe(true);
    expect(createHash('sha256').update(browserText).digest('hex')).toBe(GOLDEN_RESULT_SHA256);
  });

  it('the golden scenario under uncertainty (every distribution, robustness): byte-identical JSON', async () => {
    const nodeText = uncertainGoldenText();
    const browserText = await page.evaluate(() => globalThis.crossEngine.uncertainGoldenText());
    let at = 0;
    while (at < nodeText.length && nodeText[at] === browserText[at]) at++;
    expect(browserText === nodeText, `first difference at character ${at}: node …${nodeText.slice(Math.max(0, at - 80), at + 40)}…`).toBe(true);
  });
});
