/**
 * Process entry of the `lab` CLI (`npm run lab -- <command>`): wires runCli to the real
 * standard streams, Ctrl-C and the exit code.
 */
import { runCli } from './cli';
import { streamSink } from './output';

// `npm run lab` runs in the package root; resolve the user's paths from where they typed the command.
if (process.env.npm_lifecycle_event === 'lab' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: streamSink(process.stdout),
  stderrLine: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  signal: controller.signal,
});
process.exitCode = code;
