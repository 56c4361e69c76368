import type { ScenarioProblem } from '../scenario/reasons';

/**
 * The errors the app's forms can still run into, as data, so the app words them in its language
 * (the CLI prints the English message): a grid point outside a field's range, a frontier grid
 * with too many combinations, a frontier candidate the validator refuses.
 */
export type SweepErrorDetail =
  | { kind: 'gridPoint'; at: string; problem: ScenarioProblem; more: number }
  | { kind: 'combinations'; total: number; max: number }
  | { kind: 'candidate'; problem: ScenarioProblem };

/**
 * A problem with what the user asked a sweep or a budget frontier to do (an unknown parameter
 * path, a text field, a grid point outside a field's range, a budget below zero). The CLI
 * prints its one-line message and exits with code 2; the app shows it next to the form.
 */
export class SweepInputError extends Error {
  readonly #detail: SweepErrorDetail | null;

  constructor(message: string, detail: SweepErrorDetail | null = null) {
    // One line: the CLI's contract, and the app shows it in a single status line.
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'SweepInputError';
    this.#detail = detail;
  }

  /** The error as data, when the app can word it in its language (null: only the English message). */
  get detail(): SweepErrorDetail | null {
    return this.#detail;
  }
}
