/**
 * KOLs at their fee on the page against the CLI (issue #15), on the same scenario:
 * scenarios/lesson-kol-vs-seed-users.json (10,000 people, 5 KOL accounts), strategy "20 seed
 * users", k = 20, ε = 0.1, δ = 1/n. Opens the built app in headless Chromium, waits for the
 * comparison, picks "OPIM-C with a guarantee" and "may be hired at their fee" on the Analyse tab and
 * reads the run's numbers (decision, time, sets, ratio); then runs `lab best-seeds --method imm
 * --kols at-fee` in this process on the same file (CPU seconds by process.cpuUsage). Prints both,
 * the decision's line as the page shows it, and whether the decision, sets and ratio are identical.
 *
 *   npx tsx bench/pageAtFee.ts
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/cli';
import { encodeHash } from '../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from '../test/e2e/appHarness';
import { launchChromium, serveDir } from '../test/e2e/galleryHarness';

async function main(): Promise<void> {
  const file = fileURLToPath(new URL('../scenarios/lesson-kol-vs-seed-users.json', import.meta.url));
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const server = await serveDir(await buildApp(fileURLToPath(new URL('../test-output/app-bench-fee/', import.meta.url))));
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, `${server.url}index.html?theme=light&locale=en${await encodeHash(`${JSON.stringify(raw, null, 2)}\n`, [0])}`);
    await waitForDone(page, 900_000);
    const panel = page.locator('dl-analysis');
    await panel.locator('#tab-seeds').click();
    await panel.locator('#seeds-method').selectOption('imm');
    await panel.locator('#seeds-kols').selectOption('at-fee');
    await panel.locator('#seeds-k').fill('20');
    const load0 = loadavg()[0];
    await panel.locator('#seeds-run').click();
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds.phase), undefined, { timeout: 1_800_000 });
    const state = await page.evaluate(() => {
      const s = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds;
      return { error: s.error, elapsedMs: s.elapsedMs, imm: s.result?.imm, atFee: s.result?.atFee, rows: s.result?.rows };
    });
    if (!state.imm || !state.atFee) throw new Error(`page: ${state.error}`);
    const decision = (await panel.locator('#seeds-decision').textContent())!.replace(/\s+/g, ' ').trim();
    const r = state.imm.result;
    const bench = state.rows!.find((row) => row.method === 'greedy')!;
    console.log(`page (one worker): "${decision}" OPIM-C ${(state.imm.ms / 1000).toFixed(1)} s, whole best-seeds ${(state.elapsedMs! / 1000).toFixed(1)} s, sets ${r.sets}, ratio ${r.ratio.toFixed(4)}, benchmark sharers ${bench.shared.mean.toFixed(1)}, load ${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`);
    await page.screenshot({ path: fileURLToPath(new URL('../test-output/pagefee/lesson-atfee-en-1280.png', import.meta.url)) });
    const dir = mkdtempSync(join(tmpdir(), 'page-fee-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify(raw));
    let out = '';
    const cpu0 = process.cpuUsage();
    await runCli(['best-seeds', join(dir, 's.json'), '--k', '20', '--method', 'imm', '--kols', 'at-fee'], { stdout: { write: async (chunk) => void (out += chunk), close: async () => undefined }, stderrLine: () => undefined });
    const cpu = process.cpuUsage(cpu0);
    const cli = JSON.parse(out);
    console.log(`CLI (one thread): OPIM-C ${(cli.imm.ms / 1000).toFixed(1)} s, sets ${cli.imm.sets}, ratio ${cli.imm.ratio.toFixed(4)}, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`);
    const same =
      JSON.stringify(cli.kols.seedUsers) === JSON.stringify(state.atFee.seedUsers) &&
      (cli.kols.hired?.fromRank ?? 0) === state.atFee.hired.fromRank &&
      (cli.kols.hired?.hire ?? 0) === state.atFee.hired.hire &&
      cli.imm.sets === r.sets &&
      cli.imm.ratio === r.ratio;
    console.log(`identical decision, sets and ratio: ${same}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
