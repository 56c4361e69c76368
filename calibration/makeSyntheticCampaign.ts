/**
 * Regenerates calibration/synthetic-campaign-observed.csv: the observed timeline of the bundled
 * synthetic campaign, simulated by the model from known true parameter values on a run index the
 * calibration never uses (its particles run on 0 … R−1), then thinned to one row every 12 hours.
 *
 *   npx tsx calibration/makeSyntheticCampaign.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { simulateRuns } from '../src/runtime/simulateRuns';
import { validateScenario } from '../src/scenario/validateScenario';

/** The truth the README's worked example recovers. */
export const TRUE_VALUES = { quality: 0.2, plateau: 0.12, advocacy: 0.25 };
const OBSERVED_RUN = 1000;
const EVERY_HOURS = 12;

const here = (name: string) => new URL(`./${name}`, import.meta.url);
const input = JSON.parse(readFileSync(here('synthetic-campaign.json'), 'utf8')) as Record<string, any>;
input.strategies[0].content.quality = TRUE_VALUES.quality;
input.model.conversion.plateau = TRUE_VALUES.plateau;
input.model.advocacy = TRUE_VALUES.advocacy;
const checked = validateScenario({ ...input, runs: 1 });
if (!checked.ok) throw new Error(checked.errors.join('; '));
const scenario = checked.scenario;
const block = simulateRuns(scenario, [OBSERVED_RUN]);
const stride = scenario.steps + 1;
const rows = ['step,reached,shared,converted'];
for (let t = 0; t <= scenario.steps; t += EVERY_HOURS) rows.push([t, block.timelines[t], block.timelines[stride + t], block.timelines[2 * stride + t]].join(','));
writeFileSync(here('synthetic-campaign-observed.csv'), `${rows.join('\n')}\n`);
console.log(rows.join('\n'));
