/**
 * What an uploaded file holds: a scenario, or a result file of the app or the CLI (whose
 * `scenario` is re-runnable). Returns the scenario-shaped value, or the problem of text that is
 * not JSON or is over a bound. Shared by the page and the upload worker
 * (workers/upload.worker.ts), so it lives below src/ui.
 */
import { parseBoundedJson, scenarioListProblem } from './boundedJson';
import { MAX_UPLOAD_SCENARIO_LENGTH } from './limits';
import type { ScenarioProblem } from './reasons';

export function scenarioFromUpload(text: string): { value: unknown } | { problem: ScenarioProblem } {
  // Bounded before anything reads it: a file of 1,000,000 strategies is refused here, not drawn.
  const parsed = parseBoundedJson(text, { maxLength: MAX_UPLOAD_SCENARIO_LENGTH });
  if (!parsed.ok) return { problem: parsed.problem };
  const value = parsed.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const isResult = typeof o.scenario === 'object' && o.scenario !== null && Array.isArray(o.strategies) && 'meta' in o;
    if (isResult) {
      const listProblem = scenarioListProblem(o.scenario);
      return listProblem === null ? { value: o.scenario } : { problem: { ...listProblem, path: listProblem.path === null ? null : `scenario.${listProblem.path}` } };
    }
  }
  return { value };
}
