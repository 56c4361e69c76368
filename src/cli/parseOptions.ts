/**
 * How every `lab` command reads its own options: node:util's parseArgs (strict, positionals
 * allowed), with its errors turned into one short line that names the command and the option.
 * node:util's messages are long and explain "--" tricks; a person wants "unknown option --x".
 * One function, so `lab run`, `sweep`, `frontier`, `best-seeds`, `calibrate` and `merge` word a
 * mistake alike (merge said "unknown option or missing value" for both), and an option typed with
 * control characters is shown escaped, not sent to the terminal.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { shownText } from '../calibration/calibrationError';
import { UserError } from './userError';

/** The one-line message for a parseArgs error; `command` prefixes it ('sweep: …'), none for `lab run`. */
export function optionErrorText(error: unknown, command?: string): string {
  const prefix = command === undefined ? '' : `${command}: `;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `${prefix}unknown option ${shownText(option)} (see --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${prefix}option ${shownText(option)} needs a value (see --help)`;
  return `${prefix}${shownText(message.split('\n')[0], 200)} (see --help)`;
}

/** `argv` parsed against `options` (strict; positionals allowed); a mistake is a UserError. */
export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, command?: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UserError(optionErrorText(error, command));
  }
}
