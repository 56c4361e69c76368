/** Running the CLI in the test's own process, with stdout and stderr captured. */
import { runCli } from '../../src/cli/cli';

export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: { write: async (chunk) => void (stdout += chunk), close: async () => undefined },
    stderrLine: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}
