/**
 * `npm run evidence [-- --json] [--runs-scale X] [--only ID,ID]`: re-run the published findings on
 * the model and print "what research says, and what the model does" — a table, or JSON
 * `[{id, source, expected, measured, holds}]`. Exit 0 when every finding holds, 1 otherwise,
 * 2 on bad arguments.
 */
import { runEvidence, type EvidenceRow } from './runEvidence';

function usage(message: string): never {
  process.stderr.write(`evidence: ${message}\nusage: npm run evidence -- [--json] [--runs-scale X] [--only ID,ID]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let runScale = 1;
let only: string[] | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--runs-scale') {
    runScale = Number(args[++i]);
    if (!Number.isFinite(runScale) || runScale <= 0 || runScale > 100) usage('--runs-scale must be a number in (0, 100]');
  } else if (a === '--only') {
    const list = args[++i];
    if (list === undefined || list === '') usage('--only needs finding ids');
    only = list.split(',');
  } else usage(`unknown argument ${a.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 40)}`);
}

const rows: EvidenceRow[] = await runEvidence({
  runScale,
  only,
  onFile: process.stderr.isTTY ? (file, done, total) => process.stderr.write(`\r${done + 1}/${total} ${file}            `) : undefined,
});
if (process.stderr.isTTY) process.stderr.write('\n');
if (json) {
  process.stdout.write(`${JSON.stringify(rows.map(({ id, source, expected, measured, holds }) => ({ id, source, expected, measured, holds })), null, 2)}\n`);
} else {
  for (const r of rows) {
    process.stdout.write(`${r.holds ? 'HOLDS ' : 'FAILS '} ${r.id}\n  source:    ${r.source}\n  published: ${r.published}\n  expected:  ${r.expected}\n  measured:  ${r.measured}\n\n`);
  }
  const held = rows.filter((r) => r.holds).length;
  process.stdout.write(`${held} of ${rows.length} findings hold\n`);
}
process.exitCode = rows.every((r) => r.holds) ? 0 : 1;
