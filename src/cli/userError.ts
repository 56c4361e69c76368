/**
 * A problem with what the user gave (a file, a field, an option): the CLI prints its one-line
 * message and exits with code 2, never a stack trace. Anything else is an internal error (exit 1).
 */
import { escapeControl } from '../scenario/controlText';

export class UserError extends Error {
  constructor(message: string) {
    // The CLI's contract is one line on stderr, and a file's bytes echoed in it must not drive the terminal.
    super(escapeControl(message.replace(/[\r\n]+/g, ' ')));
    this.name = 'UserError';
  }
}

/** Exit code for user errors (bad file, bad field, bad option). */
export const EXIT_USER_ERROR = 2;
/** Exit code for internal errors (a bug). */
export const EXIT_INTERNAL_ERROR = 1;

/** Plain words for the file-system errors a user can cause. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The one-line summary of validation problems: `file: problem` or `file: 3 problems: a; b; c`. */
export function problemsLine(label: string, problems: readonly string[]): string {
  if (problems.length === 1) return `${label}: ${problems[0]}`;
  return `${label}: ${problems.length} problems: ${problems.join('; ')}`;
}
