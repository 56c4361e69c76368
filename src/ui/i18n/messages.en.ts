/**
 * The English UI messages: the source catalogue, one file per feature in messages/ joined here.
 * Keys are stable identifiers grouped by where the text appears (`toolbar.*`, `analysis.*`…);
 * values are plain strings with `{name}` placeholders (filled by `t()`). A pair `x.one` /
 * `x.other` is a plural (`tPlural('x', n)`). Add a key to messages/<feature>.en.ts and the
 * compiler asks for its Chinese in messages/<feature>.zh-CN.ts.
 *
 * The scenario problems' words (`problem.*`) are the validator's own English table, included as
 * is so the app's English is the CLI's (src/scenario/problemText.en.ts); likewise the calibration
 * input problems (src/calibration/calibrationText.ts) and the charts' screen-reader sentences
 * (`describe.*`, src/ui/charts/chartDescriptions.ts).
 */
import { APP_EN } from './messages/app.en';
import { SCENARIO_EN } from './messages/scenario.en';
import { FIELDS_EN } from './messages/fields.en';
import { EDITING_EN } from './messages/editing.en';
import { STRATEGY_NAMES_EN } from './messages/strategyNames.en';
import { CHARTS_EN } from './messages/charts.en';
import { NETWORK_EN } from './messages/network.en';
import { LESSONS_EN } from './messages/lessons.en';
import { INTRO_EN } from './messages/intro.en';
import { ANALYSIS_EN } from './messages/analysis.en';
import { CALIBRATION_EN } from './messages/calibration.en';
import { VERDICT_EN } from './messages/verdict.en';
import { PROBLEMS_EN } from './messages/problems.en';

export const EN = {
  ...APP_EN,
  ...SCENARIO_EN,
  ...FIELDS_EN,
  ...EDITING_EN,
  ...STRATEGY_NAMES_EN,
  ...CHARTS_EN,
  ...NETWORK_EN,
  ...LESSONS_EN,
  ...INTRO_EN,
  ...ANALYSIS_EN,
  ...CALIBRATION_EN,
  ...VERDICT_EN,
  ...PROBLEMS_EN,
} as const;

/** A message key. */
export type MessageKey = keyof typeof EN;
