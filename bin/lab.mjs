#!/usr/bin/env node
// @ts-check
/**
 * `npm run lab`: the CLI as built JavaScript on plain Node. Rebuilds dist-cli first when a
 * source changed (scripts/cliBuild.mjs; one stat per input when nothing did), then runs it.
 */
import { pathToFileURL } from 'node:url';
import { builtModule, ensureCliBuilt } from '../scripts/cliBuild.mjs';

try {
  // Silent when it builds: stderr carries the command's own messages, which scripts and tests read.
  await ensureCliBuilt();
} catch (error) {
  process.stderr.write(`could not build the CLI (npm run build:cli): ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(builtModule('cli/main')).href);
