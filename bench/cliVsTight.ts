/**
 * The CLI against a tight typed-array program, both measured as whole processes (issue 14: "a CLI
 * that starts like a native one"): five Independent Cascades (p = 0.1, 10 random seeds) on a
 * 1M-node Barabási–Albert graph (m = 5, 10M arcs).
 *
 *   npm run bench -- cli            (or: npx tsx bench/cliVsTight.ts [ROUNDS])
 *
 * - CLI: `node bin/lab.mjs run FILE --workers 1`, exactly what `npm run lab` runs after npm itself
 *   (npm's own start-up, ~0.2–0.3 s, is measured on its own row and not in the ratio). The build
 *   is made before timing; the launcher's freshness check (a stat per input) is inside the time.
 * - tight: bench/tight/baCascades.ts bundled to one .mjs (before timing), run with plain node.
 * - before: the same CLI as TypeScript through tsx (`node --import tsx src/cli/main.ts`), for comparison.
 * Rounds alternate the two so a busy machine slows both alike; the ratio uses the fastest round
 * of each (the least disturbed) and, where /usr/bin/time exists, CPU time (user + system) too.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
// @ts-expect-error plain JavaScript module without types (scripts/cliBuild.mjs)
import { ensureCliBuilt } from '../scripts/cliBuild.mjs';

export interface CliVsTightRow {
  name: string;
  value: number;
  unit: string;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));
const NODES = 1_000_000;
const EDGES_PER_NODE = 5;
const PROBABILITY = 0.1;
const CASCADES = 5;
const SEEDS = 10;
const TIME = '/usr/bin/time';

const scenario = {
  version: 1,
  name: 'bench: five IC cascades on BA 1M',
  seed: 'bench',
  runs: CASCADES,
  steps: 100,
  network: { kind: 'barabasi-albert', nodes: NODES, edgesPerNode: EDGES_PER_NODE },
  model: { kind: 'independent-cascade', probability: PROBABILITY },
  strategies: [{ name: 'ten random seeds', seeding: { method: 'random', count: SEEDS } }],
};

interface ProcessTime {
  wallMs: number;
  /** user + system CPU of the process and its threads, NaN without /usr/bin/time. */
  cpuMs: number;
  stdout: string;
}

/** Run a command to completion; wall time from here, CPU time from /usr/bin/time when present. */
async function timeProcess(command: string, args: string[]): Promise<ProcessTime> {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(withTime ? TIME : command, withTime ? ['-f', 'cpu %U %S', command, ...args] : args, {
    cwd: REPO,
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, stdout };
}

const min = (values: number[]): number => Math.min(...values);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchCliVsTight(rounds = 3): Promise<CliVsTightRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lab-tight-'));
  try {
    const file = join(dir, 'ba.json');
    writeFileSync(file, JSON.stringify(scenario));
    const tight = join(dir, 'tight.mjs');
    await esbuild.build({ entryPoints: [join(REPO, 'bench/tight/baCascades.ts')], bundle: true, format: 'esm', platform: 'node', outfile: tight, logLevel: 'error' });
    await ensureCliBuilt();
    const cli: ProcessTime[] = [];
    const ref: ProcessTime[] = [];
    const viaTsx: ProcessTime[] = [];
    for (let round = 0; round < rounds; round++) {
      cli.push(await timeProcess(process.execPath, ['bin/lab.mjs', 'run', file, '--workers', '1']));
      ref.push(await timeProcess(process.execPath, [tight, String(NODES), String(EDGES_PER_NODE), String(PROBABILITY), String(CASCADES), String(SEEDS)]));
      // How the CLI ran before the build step: TypeScript through tsx (its workers bundled at run time).
      viaTsx.push(await timeProcess(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', file, '--workers', '1']));
    }
    const npm = await timeProcess('npm', ['run', '--silent', 'lab', '--', '--help']);
    const bare = await timeProcess(process.execPath, ['bin/lab.mjs', '--help']);
    const cliResult = JSON.parse(cli[0].stdout) as { strategies: { summary: { reached: { mean: number }; shared: { mean: number } } }[] };
    const refResult = JSON.parse(ref[0].stdout) as { meanReached: number; meanActivated: number };
    const cliWall = cli.map((t) => t.wallMs);
    const refWall = ref.map((t) => t.wallMs);
    const cliCpu = cli.map((t) => t.cpuMs);
    const refCpu = ref.map((t) => t.cpuMs);
    const label = `BA ${NODES / 1e6}M m=${EDGES_PER_NODE}, ${CASCADES} IC cascades p=${PROBABILITY}`;
    return [
      { name: `${label}: CLI process wall, fastest of ${rounds}`, value: min(cliWall), unit: 'ms' },
      { name: `${label}: tight program wall, fastest of ${rounds}`, value: min(refWall), unit: 'ms' },
      { name: `${label}: CLI / tight (fastest wall)`, value: min(cliWall) / min(refWall), unit: '×' },
      { name: `${label}: CLI / tight (median wall)`, value: median(cliWall) / median(refWall), unit: '×' },
      { name: `${label}: CLI through tsx (before) / tight (fastest wall)`, value: min(viaTsx.map((t) => t.wallMs)) / min(refWall), unit: '×' },
      { name: `${label}: CLI process CPU, fastest`, value: min(cliCpu), unit: 'ms' },
      { name: `${label}: tight program CPU, fastest`, value: min(refCpu), unit: 'ms' },
      { name: `${label}: CLI / tight (fastest CPU)`, value: min(cliCpu) / min(refCpu), unit: '×' },
      { name: `${label}: CLI through tsx (before) / tight (fastest CPU)`, value: min(viaTsx.map((t) => t.cpuMs)) / min(refCpu), unit: '×' },
      { name: `${label}: mean reached, CLI / tight`, value: cliResult.strategies[0].summary.reached.mean / refResult.meanReached, unit: '×' },
      { name: `${label}: mean activated, CLI / tight`, value: cliResult.strategies[0].summary.shared.mean / refResult.meanActivated, unit: '×' },
      { name: 'CLI start-up: node bin/lab.mjs --help (wall)', value: bare.wallMs, unit: 'ms' },
      { name: 'CLI start-up: npm run lab -- --help (wall, incl. npm)', value: npm.wallMs, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchCliVsTight(Number(process.argv[2] ?? 3));
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${(r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(3)).padStart(9)} ${r.unit}`);
}
