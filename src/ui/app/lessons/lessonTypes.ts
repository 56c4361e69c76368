/**
 * What a lesson is: typed data over one preset scenario. A lesson is a short sequence of steps
 * — a question to the class, a prediction (the class picks one of the choices, which are ranges
 * of the lesson's measure), the run with the relevant controls highlighted (optionally after
 * changing the scenario), and a takeaway tied to information × relationship chain × interaction.
 *
 * Every text is given in English and Simplified Chinese. The preset file stays English data
 * (its strategy names are what exports carry); a lesson shows its own two-language display names
 * for the preset's strategies instead, so a language switch never changes the scenario (and never
 * re-runs the simulation).
 */
import type { Json } from '../draft';
import type { LocalText } from '../../i18n/t';

export type { LocalText };

export type StepKind = 'question' | 'predict' | 'run' | 'takeaway';

/** Per-run summary columns a lesson step can show (each has a label in the catalogue). */
const LESSON_METRICS = ['R', 'reached', 'converted', 'incrementalConverted', 'churned', 'lostOrganic', 'cost', 'costPerConversion', 'roi', 'concentration', 'depth'] as const;
export type LessonMetric = (typeof LESSON_METRICS)[number];

/** An edit applied to the scenario from this step on (e.g. bridge the groups with weak ties). */
export interface ScenarioChange {
  /** Scenario path, as the controls use it (`network.mixing`, `strategies[1].content.quality`). */
  path: string;
  value: Json;
  /** The change in words ("weak ties 0% → 10%"). */
  what: LocalText;
}

export interface LessonStep {
  kind: StepKind;
  text: LocalText;
  /** Paths of the controls to highlight (and to show in the lesson panel). */
  highlight?: readonly string[];
  /** Edits made at this step; later steps keep them. */
  change?: readonly ScenarioChange[];
  /** Name of the world a run step simulates, when a lesson compares two ("closed groups"). */
  world?: LocalText;
  /** Key numbers a run step shows per strategy (see LESSON_METRICS), e.g. R for the tipping point. */
  metrics?: readonly LessonMetric[];
}

/** One strategy's number in the scenario of one step. */
export interface MeasureRef {
  strategy: number;
  /**
   * The step (0-based) whose scenario is measured; default: the lesson's last run step.
   * Two run steps with different changes compare two worlds (weak ties, platforms).
   */
  step?: number;
}

/** Per-run summary column (`converted`, `reached`, `R`, `roi`, `costPerConversion`, …) or `concentration`. */
export type MeasureMetric = string;

/** The number the prediction is about: `of`, or `of / over` when `over` is given. */
export interface LessonMeasure {
  metric: MeasureMetric;
  of: MeasureRef;
  over?: MeasureRef;
  format: 'ratio' | 'percent' | 'count';
  /** What the number is, `{value}` filled in ("the better post sold {value} as much"). */
  text: LocalText;
}

/** A prediction the class can pick: the measure lies in [min, max). */
export interface PredictionChoice {
  text: LocalText;
  min?: number;
  max?: number;
}

export interface Lesson {
  /** Stable id, used in `#lesson=<id>`. */
  id: string;
  /** Preset file name without .json (scenarios/). */
  preset: string;
  title: LocalText;
  /** One sentence for the lesson list. */
  summary: LocalText;
  /** Display names of the preset's strategies, in order. */
  strategyNames: readonly LocalText[];
  measure: LessonMeasure;
  choices: readonly PredictionChoice[];
  steps: readonly LessonStep[];
}
