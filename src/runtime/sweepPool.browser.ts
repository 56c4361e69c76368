/**
 * Sweeps and frontiers in the page: every variant runs on the page's warm BrowserPool (its
 * workers keep their network between variants), without traces. Blocks cross from the workers
 * once (transferred) and are kept once, by the scheduler's collector; they are placed by run
 * index, so the browser and `lab sweep` / `lab frontier` give identical numbers.
 */
import type { BrowserPool } from './pool.browser';
import type { ScenarioSimulator } from './scenarioSeries';

export function browserPoolSimulator(pool: BrowserPool): ScenarioSimulator {
  return (scenario, { signal, onProgress }) => pool.run(scenario, { signal, onProgress, traces: false });
}
