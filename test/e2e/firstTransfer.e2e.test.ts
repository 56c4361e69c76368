/**
 * The simulation worker's first transfer is made at its start (src/runtime/firstTransfer.ts), so
 * Chromium's V8 does not throw away the optimised code of its hot loops when the first result is
 * sent. Checked with V8's own deoptimisation trace (--js-flags=--trace-deopt, read from the
 * renderer's output through playwright's browser log) on an unminified build, whose function
 * names are the source's: without the early transfer, the network generator's and the spread
 * kernel's optimised code is marked "dependent prototype chain changed" right after the first
 * result leaves the worker (measured: about 35 to 70 such markings per run of this page).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { APP_ROOT, openPage, waitForDone } from './appHarness';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium, serveDir } from './galleryHarness';
import { productionBuild } from './productionBuild';

const OUT = `${APP_ROOT}test-output/first-transfer/app/`;
// Chromium's profile, emptied before the run (its helper processes may still write to it while the browser ends).
const PROFILE = `${APP_ROOT}test-output/first-transfer/profile/`;
/** Functions that run hot in the simulation worker before its first result is sent. */
const HOT = ['buildGraph', 'communityEdges', 'kernel', 'touch', 'decide'];

/** The first-visit lesson on 100,000 people, 4 runs: generation and the first run optimise the hot loops. */
function scenario(): Record<string, unknown> {
  const lesson = JSON.parse(readFileSync(`${APP_ROOT}scenarios/lesson-kol-vs-seed-users.json`, 'utf8')) as Record<string, unknown> & { network: Record<string, unknown> };
  delete lesson.description;
  return { ...lesson, name: 'first transfer', runs: 4, network: { ...lesson.network, nodes: 100_000, communities: 400 } };
}

describe.skipIf(!hasChromium())('the simulation worker keeps its optimised code when it sends results, in Chromium', () => {
  let browser: Browser;
  let chrome: ChildProcessWithoutNullStreams;
  let server: { url: string; close: () => Promise<void> };
  const trace: string[] = [];

  beforeAll(async () => {
    rmSync(PROFILE, { recursive: true, force: true });
    mkdirSync(PROFILE, { recursive: true });
    await productionBuild({ root: APP_ROOT, configFile: `${APP_ROOT}vite.config.ts`, build: { outDir: OUT, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, minify: false } });
    server = await serveDir(OUT);
    // Started here, not by playwright, so that its output (where V8 writes the trace) is ours to read.
    chrome = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--js-flags=--trace-deopt', '--remote-debugging-port=0', `--user-data-dir=${PROFILE}`, 'about:blank']);
    chrome.stdout.setEncoding('utf8').on('data', (chunk: string) => trace.push(...chunk.split('\n')));
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = '';
      chrome.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        seen += chunk;
        const found = /DevTools listening on (ws:\S+)/.exec(seen);
        if (found) resolve(found[1]);
      });
      chrome.once('exit', (code) => reject(new Error(`Chromium ended (${code}): ${seen}`)));
    });
    browser = await chromium.connectOverCDP(endpoint);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (chrome && chrome.exitCode === null) {
      const ended = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      await ended;
    }
    await server?.close();
  });

  it('no hot function of the worker is deoptimised for a changed prototype chain', async () => {
    const text = `${JSON.stringify(scenario(), null, 2)}\n`;
    const { page, problems } = await openPage(browser, `${server.url}index.html?theme=light&locale=en${await encodeHash(text, [])}`);
    await waitForDone(page, 240_000);
    expect(problems.errors).toEqual([]);
    const marked = (name: string) => trace.filter((line) => line.includes('dependent prototype chain changed') && line.includes(`<SharedFunctionInfo ${name}>`));
    // The trace is read at all: V8 reports the kernel's tier-ups and bail-outs by name.
    expect(trace.some((line) => line.includes('<JSFunction kernel '))).toBe(true);
    for (const name of HOT) expect(marked(name), name).toEqual([]);
  }, 300_000);
});
