/**
 * Text from a user (a file, a link, a parser's message quoting either) is shown in a terminal
 * and on the page. Control characters there are instructions, not text: ESC starts terminal
 * escape sequences (a title change, a screen clear), CR/LF break the CLI's one-line contract,
 * and bidirectional overrides reorder what a reader sees. Every message that may echo user
 * bytes passes through `escapeControl`, which writes such characters as visible `\u001b` codes.
 */

/** C0 and C1 controls, DEL, and the Unicode bidirectional embedding/override/isolate marks. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as a visible `\uXXXX` escape. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
