/**
 * `npm run bench`: every benchmark of the project, one table.
 *
 *   npm run bench               all groups
 *   npm run bench -- models     only the groups named
 *
 * Wall-clock numbers: run on a quiet machine. Results are also written to
 * bench-output/latest.json so a note or a CI log can quote them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

interface Row {
  name: string;
  value?: number;
  seconds?: number;
  unit?: string;
  nodes?: number;
  arcs?: number;
}

type Group = { name: string; run: () => Promise<Row[]> };

const GROUPS: Group[] = [
  { name: 'slider', run: async () => (await import('./sliderDrag')).benchSliderDrag() },
  { name: 'networks', run: async () => (await import('./networks')).benchNetworks() },
  { name: 'models', run: async () => (await import('./models')).benchModels() },
  { name: 'dividend', run: async () => (await import('./dividend')).benchDividend() },
  { name: 'runtime', run: async () => (await import('./runtime')).benchRuntime() },
  { name: 'scenario', run: async () => (await import('./scenario')).benchScenario() },
  { name: 'sweep', run: async () => (await import('./sweep')).benchSweep() },
  { name: 'influence', run: async () => (await import('./influence')).benchInfluence() },
  { name: 'imm', run: async () => (await import('./imm')).benchImm() },
  { name: 'cli', run: async () => (await import('./cliVsTight')).benchCliVsTight() },
  { name: 'calibration', run: async () => (await import('./calibration')).benchCalibration() },
  { name: 'hardening', run: async () => (await import('./hardening')).benchHardening() },
  { name: 'analyse', run: async () => (await import('./analyseOnPool')).benchAnalyseOnPool() },
  { name: 'cancel', run: async () => (await import('./cancel')).benchCancel() },
  { name: 'browser', run: async () => (await import('./browser')).benchBrowser() },
  { name: 'network-view', run: async () => (await import('./networkView')).benchNetworkView() },
  { name: 'million', run: async () => (await import('./browserMillion')).benchBrowserMillion() },
  { name: 'pageseeds', run: async () => (await import('./pageBestSeeds')).benchPageBestSeeds() },
];

function formatValue(row: Row): string {
  const value = row.value ?? row.seconds ?? NaN;
  const unit = row.unit ?? (row.seconds !== undefined ? 's' : '');
  // Counts (long tasks, frames) print as integers; measured quantities with three decimals below 100.
  const text = Math.abs(value) >= 100 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(3);
  const size = row.nodes !== undefined ? `  (${row.nodes.toLocaleString('en')} nodes, ${row.arcs?.toLocaleString('en')} arcs)` : '';
  return `${text.padStart(10)} ${unit}${size}`;
}

const wanted = process.argv.slice(2);
const selected = wanted.length ? GROUPS.filter((g) => wanted.includes(g.name)) : GROUPS;
const report: Record<string, Row[]> = {};
console.log(`Dividend Lab benchmarks — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
for (const group of selected) {
  console.log(`\n== ${group.name}`);
  const rows = await group.run();
  report[group.name] = rows;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${formatValue(row)}`);
}
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/latest.json', JSON.stringify({ node: process.version, cores: os.cpus().length, report }, null, 2));
