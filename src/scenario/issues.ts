/**
 * Turning zod issues into scenario problems: a path written the way a person reads a JSON file
 * (`strategies[1].seeding.count`) and the reason the schema gave (reasons.ts).
 */
import type { z } from 'zod';
import { decodeReason, type Reason, type ScenarioProblem } from './reasons';

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

/** One problem at `path`. */
export function problem(path: readonly PathPart[], reason: Reason): ScenarioProblem {
  return { path: formatPath(path), reason };
}

/** Convert zod issues (paths relative to `prefix`) into problems. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PathPart[] = []): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(problem([...path, key], { code: 'unknownField' }));
    } else {
      out.push(problem(path, decodeReason(issue.message) ?? zodReason(issue)));
    }
  }
  return out;
}

/**
 * A reason for an issue zod worded itself. Every schema field words its own reasons, so none of
 * these is expected; the common codes still get a reason of ours, anything else keeps zod's text.
 */
function zodReason(issue: z.core.$ZodIssue): Reason {
  const what = (origin: string) => (origin === 'array' || origin === 'set' ? 'list' : origin === 'string' ? 'text' : 'number');
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'mustBeType', expected: issue.expected };
    case 'too_big':
      return { code: 'tooBig', max: Number(issue.maximum), what: what(issue.origin) };
    case 'too_small':
      return { code: 'tooSmall', min: Number(issue.minimum), what: what(issue.origin) };
    case 'invalid_value':
      return { code: 'oneOf', values: issue.values.map((v) => String(v)) };
    case 'invalid_union':
      return { code: 'invalidUnion' };
    default:
      return { code: 'other', text: issue.message };
  }
}

/** Cap a problem list at MAX_REPORTED_PROBLEMS, saying how many were left out. */
export function capProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  shown.push({ path: 'scenario', reason: { code: 'moreProblems', count: problems.length - MAX_REPORTED_PROBLEMS } });
  return shown;
}
