/**
 * Best seeds on the page against the CLI (issue #15), each on the same scenario and file:
 * - OPIM-C on every worker of the page's pool: the weak-ties-bridged lesson scaled to
 *   PAGE_IMM_NODES people (default 100,000; communities of 100), 8 runs, k = 50, against
 *   `lab best-seeds --method imm --workers 2`;
 * - KOL accounts at their fee, on one worker: scenarios/lesson-kol-vs-seed-users.json (10,000
 *   people, 5 KOL accounts), k = 20, against `--method imm --kols at-fee`.
 * ε = 0.1, δ = 1/n. The app is built and opened in headless Chromium; after the comparison, the
 * Analyse tab's form is filled and run, and the run's numbers are read from its controller. The
 * CLI runs in this process (CPU seconds by process.cpuUsage). Rows: the page's and the CLI's
 * OPIM-C time, sets, proven ratio, and whether seeds, sets and ratio are identical (1 = yes).
 *
 *   npm run bench -- pageseeds        (PAGE_IMM_NODES=…, PAGE_IMM_QUALITY=…)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { runCli } from '../src/cli/cli';
import { encodeHash } from '../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from '../test/e2e/appHarness';
import { hasChromium, launchChromium, serveDir } from '../test/e2e/galleryHarness';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const NODES = Number(process.env.PAGE_IMM_NODES ?? 100_000);
/** PAGE_IMM_QUALITY: content quality of the OPIM-C case (the lesson's is supercritical; 0.1 is the low-virality regime). */
const QUALITY = process.env.PAGE_IMM_QUALITY === undefined ? null : Number(process.env.PAGE_IMM_QUALITY);
const scenarioFile = (name: string) => fileURLToPath(new URL(`../scenarios/${name}`, import.meta.url));

interface PageSeeds {
  ms: number;
  sets: number;
  ratio: number;
  /** Seed users (and, at fee, the hired range) as the CLI's JSON states them. */
  chosen: string;
}

/** Fill the Analyse tab's best-seeds form with OPIM-C (and at-fee when asked), run it, read the result. */
async function runOnPage(page: Page, k: number, atFee: boolean): Promise<PageSeeds> {
  await waitForDone(page, 900_000);
  const panel = page.locator('dl-analysis');
  await panel.locator('#tab-seeds').click();
  await panel.locator('#seeds-method').selectOption('imm');
  if (atFee) await panel.locator('#seeds-kols').selectOption('at-fee');
  await panel.locator('#seeds-k').fill(String(k));
  await panel.locator('#seeds-run').click();
  // Functions, not strings: the page's CSP forbids evaluating strings.
  await page.waitForFunction(
    () => ['done', 'error'].includes(document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds.phase),
    undefined,
    { timeout: 1_800_000 },
  );
  const state = await page.evaluate(() => {
    const s = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds;
    return { error: s.error, imm: s.result?.imm, atFee: s.result?.atFee };
  });
  if (!state.imm) throw new Error(`page: ${state.error}`);
  const r = state.imm.result;
  const chosen = atFee ? JSON.stringify([state.atFee!.seedUsers, state.atFee!.hired.fromRank, state.atFee!.hired.hire]) : JSON.stringify(r.seeds);
  return { ms: state.imm.ms, sets: r.sets, ratio: r.ratio, chosen };
}

/** The same request through the CLI, in this process. */
async function runOnCli(scenario: unknown, args: string[], atFee: boolean): Promise<PageSeeds & { cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'page-seeds-'));
  writeFileSync(join(dir, 's.json'), JSON.stringify(scenario));
  let out = '';
  const cpu0 = process.cpuUsage();
  await runCli(['best-seeds', join(dir, 's.json'), ...args], { stdout: { write: async (chunk) => void (out += chunk), close: async () => undefined }, stderrLine: () => undefined });
  const cpu = process.cpuUsage(cpu0);
  const cli = JSON.parse(out);
  const chosen = atFee ? JSON.stringify([cli.kols.seedUsers, cli.kols.hired?.fromRank ?? 0, cli.kols.hired?.hire ?? 0]) : JSON.stringify(cli.greedy.seeds);
  return { ms: cli.imm.ms, sets: cli.imm.sets, ratio: cli.imm.ratio, chosen, cpu: (cpu.user + cpu.system) / 1e6 };
}

export async function benchPageBestSeeds(): Promise<Row[]> {
  if (!hasChromium()) {
    console.log('  (no Chromium at /usr/bin/chromium: skipped)');
    return [];
  }
  const weak = JSON.parse(readFileSync(scenarioFile('lesson-weak-ties-bridged.json'), 'utf8'));
  weak.network = { ...weak.network, nodes: NODES, communities: Math.round(NODES / 100) };
  weak.runs = 8;
  if (QUALITY !== null) weak.strategies[0].content.quality = QUALITY;
  const fee = JSON.parse(readFileSync(scenarioFile('lesson-kol-vs-seed-users.json'), 'utf8'));
  const cases = [
    { label: `OPIM-C, ${NODES.toLocaleString('en')} people, k = 50`, scenario: weak, k: 50, atFee: false, cli: ['--k', '50', '--method', 'imm', '--workers', '2'] },
    { label: 'KOLs at their fee, lesson-kol-vs-seed-users, k = 20', scenario: fee, k: 20, atFee: true, cli: ['--k', '20', '--method', 'imm', '--kols', 'at-fee'] },
  ];
  const server = await serveDir(await buildApp(fileURLToPath(new URL('../test-output/app-bench-seeds/', import.meta.url))));
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const c of cases) {
      const { page } = await openPage(browser, `${server.url}index.html?theme=light&locale=en${await encodeHash(`${JSON.stringify(c.scenario, null, 2)}\n`, [0])}`);
      const onPage = await runOnPage(page, c.k, c.atFee);
      await page.close();
      const onCli = await runOnCli(c.scenario, c.cli, c.atFee);
      rows.push({ name: `${c.label}: page (${c.atFee ? 'one worker' : 'every worker'})`, value: onPage.ms / 1000, unit: 's' });
      rows.push({ name: `${c.label}: CLI`, value: onCli.ms / 1000, unit: 's' });
      rows.push({ name: `${c.label}: CLI process CPU`, value: onCli.cpu, unit: 'cpu-s' });
      rows.push({ name: `${c.label}: RR sets`, value: onPage.sets, unit: '' });
      rows.push({ name: `${c.label}: proven ratio`, value: onPage.ratio, unit: '' });
      const same = onPage.chosen === onCli.chosen && onPage.sets === onCli.sets && onPage.ratio === onCli.ratio;
      rows.push({ name: `${c.label}: page = CLI (seeds, sets, ratio)`, value: same ? 1 : 0, unit: '' });
    }
    rows.push({ name: 'load average (1 min) at the end', value: loadavg()[0], unit: '' });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
