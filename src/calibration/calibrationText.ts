/**
 * Words for the calibration's input problems, as data. The English table renders exactly the
 * one-line messages `lab calibrate` prints; the app's message catalogue includes the table
 * (src/ui/i18n/messages.en.ts) and translates every entry (messages.zh-CN.ts), so a problem the
 * engine finds (an observed file's line and column, a prior range the field cannot take, a
 * calibration too large to hold) reads in the page's language. The same pattern as the scenario
 * problems (src/scenario/problemText.ts).
 *
 * Templates use `{name}` placeholders; a parameter may itself be a worded problem (the reason
 * inside "line 4, column step: …"). User text is passed through shownText before it gets here.
 */
export const CALIBRATION_TEXT_EN = {
  'calibrationInput.atLine': 'line {line}: {problem}',
  'calibrationInput.atLineColumn': 'line {line}, column {column}: {problem}',
  'calibrationInput.fileTooLong': 'the file has {length} characters; at most {max} are read',
  'calibrationInput.fileEmpty': 'the file is empty; it needs a header line such as step,reached,shared,converted',
  'calibrationInput.columnTwice': 'the column appears twice (columns {first} and {second})',
  'calibrationInput.noStep': 'no "step" column; the header must name step and any of {columns} (got {got})',
  'calibrationInput.noStepCase': 'no "step" column (names are lower case); the header must name step and any of {columns} (got {got})',
  'calibrationInput.noObservedColumn': 'no observed column; the header must name at least one of {columns} (got {got})',
  'calibrationInput.tooManyRows': 'more than {max} data rows',
  'calibrationInput.cellCount': '{cells} cells, but the header has {header}',
  'calibrationInput.twoStrategies': 'the file holds more than one strategy ("{first}" on line {firstLine}, "{cell}" here); keep the rows of one strategy (the observed campaign is one strategy)',
  'calibrationInput.twoRuns': 'the file holds more than one run ("{first}" on line {firstLine}, "{cell}" here); keep the rows of one run (the observed campaign is one run)',
  'calibrationInput.stepEmpty': 'empty; every row needs its step',
  'calibrationInput.stepWhole': 'must be a whole number ≥ 0 (got "{got}")',
  'calibrationInput.stepOrder': 'step {step} does not come after step {previous} (line {previousLine}); steps must increase',
  'calibrationInput.count': 'must be a count ≥ 0 or empty (got "{got}")',
  'calibrationInput.countFalls': '{value} is below {previous} (line {previousLine}); counts are cumulative, so they never fall',
  'calibrationInput.noRows': 'the header is not followed by any data row',
  'calibrationInput.columnEmpty': 'no row gives a value; drop the column or fill it',
  'calibrationInput.runIndex': 'must be a run index (got "{got}")',
  'calibrationInput.fitSyntax': '--fit {text}: {why}; write PATH=LO:HI, e.g. --fit strategies[0].content.quality=0.05:0.4',
  'calibrationInput.fitNoEquals': 'no "="',
  'calibrationInput.fitOneColon': 'the range needs exactly one ":"',
  'calibrationInput.fitNumbers': 'LO and HI must be numbers',
  'calibrationInput.fitOrder': '--fit {text}: LO must be below HI (got {lo}:{hi})',
  'calibrationInput.noFit': 'missing --fit PATH=LO:HI (e.g. --fit strategies[0].content.quality=0.05:0.4)',
  'calibrationInput.tooManyFits': 'at most {max} --fit parameters (got {count})',
  'calibrationInput.whichStrategy': 'the scenario has {count} strategies ({names}); name the one that ran with --strategy NAME',
  'calibrationInput.notFittable': '{path}: not a parameter of the world or the campaign; it cannot be fitted',
  'calibrationInput.otherStrategy': '{path}: does not touch the strategy that ran (strategies[{keep}])',
  'calibrationInput.drawn': "{path}: {field} is drawn per run by the scenario's uncertainty ({drawnBy}); fit it or draw it, not both",
  'calibrationInput.wholeApart': '--fit {path}: a whole-number field needs LO and HI at least one whole number apart (got {lo}:{hi})',
  'calibrationInput.fieldTwice': '{path} and {other} both set {field}; fit each field once',
  'calibrationInput.rangeEnd': '--fit {path}={lo}:{hi}: at {end} = {value}: {problem}',
  'calibrationInput.pathProblem': '{problem}',
  'calibrationInput.pastHorizon': 'the observed timeline goes to step {last}, past the scenario\'s last step {steps}; set "steps" to at least {last}',
  'calibrationInput.tooLarge':
    'too large: {particles} particles × {runs} runs × {columns} columns × {steps} kept steps = {cells} values (at most {max}); lower --particles or --runs-per-particle, or observe fewer steps',
  'calibrationInput.otherState': 'the state file belongs to another calibration (a different scenario, observed file, --fit, options or seed); delete it or give another --state',
  'calibrationInput.stateNotJson': '{label}: not a calibration state (not JSON); delete it to start afresh',
  'calibrationInput.stateShape': '{label}: not a calibration state ({where}: {problem}); delete it to start afresh',
  'calibrationInput.noCandidate': 'no valid candidate in {draws} draws; narrow the --fit ranges to values the scenario accepts together',
  'calibrationInput.noCandidateBecause': 'no valid candidate in {draws} draws (last problem: {problem}); narrow the --fit ranges to values the scenario accepts together',
} as const;

export type CalibrationTextKey = keyof typeof CALIBRATION_TEXT_EN;
export type CalibrationWords = Record<CalibrationTextKey, string>;

/** A problem as data: a key of the table and its parameters (numbers, texts or nested problems). */
export interface CalibrationText {
  key: CalibrationTextKey;
  params?: Readonly<Record<string, string | number | CalibrationText>>;
}

/** `text` in words; `number` writes numeric parameters (the CLI: as written, no grouping). */
export function renderCalibrationText(text: CalibrationText, words: CalibrationWords, number: (n: number) => string = String): string {
  const params = text.params ?? {};
  return words[text.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return number(v);
    if (typeof v === 'string') return v;
    return renderCalibrationText(v, words, number);
  });
}
