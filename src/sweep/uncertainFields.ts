/**
 * The fields a scenario's uncertainty draws per run. A sweep or a calibration that set one of
 * them would be overridden by the draw on every run (the grid point or the candidate would
 * change nothing), so they refuse it and say which entry draws it.
 */
import type { Scenario } from '../core/scenario';
import { uncertainPaths } from '../core/uncertainty/uncertaintySpec';
import { expandParamPath, formatPath, parseParamPath, type ConcretePath } from './paramPath';

/** Concrete field (as formatted) → the uncertain path that draws it. */
export function uncertainFields(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of uncertainPaths(scenario.uncertainty ?? [])) {
    for (const f of expandParamPath(scenario, parseParamPath(path))) out.set(formatPath(f), path);
  }
  return out;
}

/** The first of `fields` the uncertainty draws, with its drawing path; null when none. */
export function drawnField(scenario: Scenario, fields: readonly ConcretePath[]): { field: string; path: string } | null {
  if (scenario.uncertainty === undefined) return null;
  const drawn = uncertainFields(scenario);
  for (const f of fields) {
    const path = drawn.get(formatPath(f));
    if (path !== undefined) return { field: formatPath(f), path };
  }
  return null;
}
