/** English UI messages of scenario problems: the validator's reasons (src/scenario/problemText.en.ts), and a share's range said in percent. */
import { PROBLEM_TEXT_EN } from '../../../scenario/problemText.en';

export const PROBLEMS_EN = {
  // ── Scenario problems (validator reasons) ──
  ...PROBLEM_TEXT_EN,
  // A share shown as a percentage: its problem in percent (fieldProblemText.ts).
  'field.percentRange': 'must be between {min} % and {max} %',
  'field.percentGot': '{reason} (got {got} %)',
} as const;
