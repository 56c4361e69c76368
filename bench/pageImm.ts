/**
 * OPIM-C on the page against the CLI, on the same scenario: the weak-ties-bridged lesson scaled to
 * PAGE_IMM_NODES people (default 100,000; communities of 100), 8 runs, k = 50, ε = 0.1, δ = 1/n.
 * Opens the built app in headless Chromium, waits for the comparison, picks "OPIM-C with a
 * guarantee" on the Analyse tab and reads the run's numbers (time, sets, ratio, seeds); then runs
 * `lab best-seeds --method imm --workers 2` in this process on the same file. Prints both, and
 * whether the seeds, sets and ratio are identical.
 *
 *   npx tsx bench/pageImm.ts        (PAGE_IMM_NODES=…)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/cli';
import { encodeHash } from '../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from '../test/e2e/appHarness';
import { launchChromium, serveDir } from '../test/e2e/galleryHarness';

const NODES = Number(process.env.PAGE_IMM_NODES ?? 100_000);

async function main(): Promise<void> {
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../scenarios/lesson-weak-ties-bridged.json', import.meta.url)), 'utf8'));
  raw.network = { ...raw.network, nodes: NODES, communities: Math.round(NODES / 100) };
  raw.runs = 8;
  const server = await serveDir(await buildApp(fileURLToPath(new URL('../test-output/app-bench-imm/', import.meta.url))));
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, `${server.url}index.html?theme=light&locale=en${await encodeHash(`${JSON.stringify(raw, null, 2)}\n`, [0])}`);
    await waitForDone(page, 900_000);
    const panel = page.locator('dl-analysis');
    await panel.locator('#tab-seeds').click();
    await panel.locator('#seeds-method').selectOption('imm');
    await panel.locator('#seeds-k').fill('50');
    const load0 = loadavg()[0];
    await panel.locator('#seeds-run').click();
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds.phase), undefined, { timeout: 1_800_000 });
    const state = await page.evaluate(() => {
      const s = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds;
      return { error: s.error, elapsedMs: s.elapsedMs, imm: s.result?.imm, workers: navigator.hardwareConcurrency };
    });
    if (!state.imm) throw new Error(`page: ${state.error}`);
    const r = state.imm.result;
    console.log(`page (${state.workers} workers): OPIM-C ${(state.imm.ms / 1000).toFixed(1)} s, whole best-seeds ${(state.elapsedMs! / 1000).toFixed(1)} s, sets ${r.sets}, ratio ${r.ratio.toFixed(4)}, guaranteed ${r.guaranteed.toFixed(4)}, rounds ${r.rounds}, load ${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`);
    const dir = mkdtempSync(join(tmpdir(), 'page-imm-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify(raw));
    let out = '';
    const cpu0 = process.cpuUsage();
    await runCli(['best-seeds', join(dir, 's.json'), '--k', '50', '--method', 'imm', '--workers', '2'], { stdout: { write: async (chunk) => void (out += chunk), close: async () => undefined }, stderrLine: () => undefined });
    const cpu = process.cpuUsage(cpu0);
    const cli = JSON.parse(out);
    console.log(`CLI (2 threads): OPIM-C ${(cli.imm.ms / 1000).toFixed(1)} s, sets ${cli.imm.sets}, ratio ${cli.imm.ratio.toFixed(4)}, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`);
    console.log(`identical seeds, sets and ratio: ${JSON.stringify(cli.greedy.seeds) === JSON.stringify(r.seeds) && cli.imm.sets === r.sets && cli.imm.ratio === r.ratio}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
