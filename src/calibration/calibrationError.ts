/**
 * A problem with what the user asked a calibration to do: an observed file that is not a
 * timeline, a parameter path that names no number, a prior range the field cannot take, a state
 * file from another calibration. The CLI prints its one-line English message and exits with code
 * 2; the app words `text` (the problem as data) in its language beside the form.
 */
import { CALIBRATION_TEXT_EN, renderCalibrationText, type CalibrationText } from './calibrationText';

export class CalibrationInputError extends Error {
  readonly text: CalibrationText;

  constructor(text: CalibrationText) {
    // One line: the CLI's contract.
    super(renderCalibrationText(text, CALIBRATION_TEXT_EN).replace(/[\r\n]+/g, ' '));
    this.name = 'CalibrationInputError';
    this.text = text;
  }
}

/** A user's text, shortened and with control characters shown as `\xNN`, for a one-line message. */
export function shownText(text: string, max = 40): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
