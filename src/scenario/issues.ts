/**
 * Turning zod issues into the scenario error format: one string `path: reason` per problem,
 * with paths written the way a person reads a JSON file (`strategies[1].seeding.count`).
 */
import type { z } from 'zod';

/** At most this many problems are listed; a file with 1M bad node indices should not produce 1M lines. */
export const MAX_REPORTED_PROBLEMS = 50;

/** Longest object key echoed in a message (a hostile 10 MB key stays a short message). */
const MAX_KEY_SHOWN = 40;

type PathPart = PropertyKey;

function showKey(key: string): string {
  // Control characters would break the one-line error format of the CLI.
  const clean = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > MAX_KEY_SHOWN ? `${clean.slice(0, MAX_KEY_SHOWN)}…` : clean;
}

/** `['strategies', 1, 'seeding', 'count']` → `strategies[1].seeding.count`; the empty path is `scenario`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out === '' ? '' : '.') + showKey(String(part));
  }
  return out === '' ? 'scenario' : out;
}

/** One `path: reason` line. */
export function problem(path: readonly PathPart[], reason: string): string {
  return `${formatPath(path)}: ${reason}`;
}

/** Convert zod issues (paths relative to `prefix`) into problem lines. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PathPart[] = []): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(problem([...path, key], 'unknown field'));
    } else {
      out.push(problem(path, issue.message));
    }
  }
  return out;
}

/** Cap a problem list at MAX_REPORTED_PROBLEMS, saying how many were left out. */
export function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  shown.push(`scenario: and ${problems.length - MAX_REPORTED_PROBLEMS} more problems`);
  return shown;
}
