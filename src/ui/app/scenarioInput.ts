/**
 * Scenario text arriving at the page — a link, the saved copy in localStorage, an uploaded file —
 * goes through the bounded parser (src/scenario/boundedJson.ts) before it can become the draft
 * the page draws: a text over a bound (100,000 strategies, 10,000 levels of nesting, 200,000
 * fields) is refused with one problem naming where, and the page keeps what it shows.
 */
import { parseBoundedJson } from '../../scenario/boundedJson';
import { MAX_LINK_SCENARIO_LENGTH, MAX_UPLOAD_SCENARIO_LENGTH } from '../../scenario/limits';
import type { ScenarioProblem } from '../../scenario/reasons';
import type { Draft } from './draft';

/** Where a text came from; each source has its own length bound. */
export type ScenarioSource = 'link' | 'saved' | 'upload';

const MAX_LENGTH: Record<ScenarioSource, number> = {
  link: MAX_LINK_SCENARIO_LENGTH,
  // The saved copy may hold an uploaded edge list.
  saved: MAX_UPLOAD_SCENARIO_LENGTH,
  upload: MAX_UPLOAD_SCENARIO_LENGTH,
};

export type DraftRead = { draft: Draft } | { problem: ScenarioProblem } | { notObject: true };

/** A draft from scenario text: a JSON object within bounds (valid or not), else why not. */
export function draftFromText(text: string, source: ScenarioSource): DraftRead {
  const parsed = parseBoundedJson(text, { maxLength: MAX_LENGTH[source] });
  if (!parsed.ok) return { problem: parsed.problem };
  const value = parsed.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { draft: value as Draft } : { notObject: true };
}
