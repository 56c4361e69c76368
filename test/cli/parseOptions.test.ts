/**
 * Every `lab` command words an option mistake the same way (src/cli/parseOptions.ts): the
 * command, the option as typed (control characters escaped), and a pointer to --help.
 */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/parseOptions';
import { UserError } from '../../src/cli/userError';

const OPTIONS = { runs: { type: 'string' }, bom: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** The message `parseOptions` throws for `argv`. */
function mistake(argv: string[], command?: string): string {
  try {
    parseOptions(argv, OPTIONS, command);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseOptions', () => {
  it('returns the values and positionals node:util parses', () => {
    const parsed = parseOptions(['x.json', '--runs', '7', '--bom', '-h'], OPTIONS);
    expect(parsed.positionals).toEqual(['x.json']);
    expect(parsed.values).toEqual({ runs: '7', bom: true, help: true });
  });

  it('names an unknown option and a missing value in one line, after the command', () => {
    expect(mistake(['--bogus'], 'merge')).toBe('merge: unknown option --bogus (see --help)');
    expect(mistake(['x.json', '--runs'], 'sweep')).toBe('sweep: option --runs needs a value (see --help)');
    expect(mistake(['--bogus'])).toBe('unknown option --bogus (see --help)');
  });

  it('shows a hostile option escaped and cut, never raw control characters or a screenful', () => {
    const message = mistake([`--a\u001b[2J${'x'.repeat(500)}`], 'calibrate');
    expect(message).toMatch(/^calibrate: unknown option --a\\x1b\[2Jx+… \(see --help\)$/);
    expect(message).not.toContain('\u001b');
    expect(message.length).toBeLessThan(120);
  });

  it('gives a boolean flag a value: the one-line form of node:util’s message', () => {
    const message = mistake(['--bom=yes'], 'best-seeds');
    expect(message.startsWith('best-seeds: ')).toBe(true);
    expect(message).toContain('--bom');
    expect(message).not.toContain('\n');
    expect(message.endsWith('(see --help)')).toBe(true);
  });
});
