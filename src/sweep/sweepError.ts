/**
 * A problem with what the user asked a sweep or a budget frontier to do (an unknown parameter
 * path, a text field, a grid point outside a field's range, a budget below zero). The CLI
 * prints its one-line message and exits with code 2; the app shows it next to the form.
 */
export class SweepInputError extends Error {
  constructor(message: string) {
    // One line: the CLI's contract, and the app shows it in a single status line.
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'SweepInputError';
  }
}
