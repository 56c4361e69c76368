/**
 * The observed campaign: a CSV timeline in the columns of the per-step CSV the project writes
 * (`step` plus any of `reached`, `shared`, `converted`, cumulative counts). Other columns of the
 * per-step CSV (`strategy`, `run`, `churned`, `seed`) may be present: `churned` and `seed` are
 * ignored, and when `strategy` or `run` is there the file must hold exactly one strategy and one
 * run (a whole `lab run --per-step` export holds many: say which one to keep). Any other column is
 * ignored and listed in `ignoredColumns`.
 *
 * Observations may be sparse (one row a day), cover only part of the horizon, and leave a cell
 * empty where a column was not observed at that step. Every problem names the line and column.
 * Parsed with d3-dsv's csvParseRows (never csvParse, which builds code with `new Function`).
 */
import { csvParseRows } from 'd3-dsv';
import { CalibrationInputError, shownText } from './calibrationError';
import type { CalibrationText } from './calibrationText';

/** Columns a calibration can fit: cumulative counts of the per-step CSV. */
export const OBSERVABLE_COLUMNS = ['reached', 'shared', 'converted'] as const;
export type ObservableColumn = (typeof OBSERVABLE_COLUMNS)[number];

/** Columns of the project's per-step CSV that carry nothing to fit (read past without a note). */
const KNOWN_OTHER_COLUMNS = ['churned', 'seed'];

/** Most data rows read (a timeline of an hour a row for a year is 8,760). */
const MAX_OBSERVED_ROWS = 100_000;
/** Most characters of an observed file. */
const MAX_OBSERVED_CHARS = 20_000_000;

/** An observed timeline, as the calibration uses it. */
export interface ObservedTimeline {
  /** Observed steps, strictly increasing. */
  step: number[];
  /** Per observed column, its value at each step (null = not observed at that step). */
  columns: Partial<Record<ObservableColumn, (number | null)[]>>;
  /** Header names that were read past. */
  ignoredColumns: string[];
  /** The single strategy / run the file named, when it had those columns. */
  strategy?: string;
  run?: number;
}

function fail(line: number, column: string | null, problem: CalibrationText): never {
  throw new CalibrationInputError(
    column === null ? { key: 'calibrationInput.atLine', params: { line, problem } } : { key: 'calibrationInput.atLineColumn', params: { line, column: shownText(column), problem } },
  );
}

/** A count: a non-negative finite number written as plain digits (spreadsheet-style). */
const NUMBER = /^\s*\+?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Parse the text of an observed CSV file; throws CalibrationInputError naming the line and column. */
export function parseObservedCsv(text: string): ObservedTimeline {
  if (text.length > MAX_OBSERVED_CHARS) throw new CalibrationInputError({ key: 'calibrationInput.fileTooLong', params: { length: text.length, max: MAX_OBSERVED_CHARS } });
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  // Line on which each row starts: a quoted cell may hold line breaks.
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  const first = rows.findIndex((row) => !isBlank(row));
  if (first < 0) throw new CalibrationInputError({ key: 'calibrationInput.fileEmpty' });
  const header = rows[first].map((name) => name.trim());
  const headerLine = lines[first];
  const at = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') return;
    if (at.has(name)) fail(headerLine, name, { key: 'calibrationInput.columnTwice', params: { first: at.get(name)! + 1, second: i + 1 } });
    at.set(name, i);
  });
  if (!at.has('step')) {
    const key = header.some((h) => h.toLowerCase() === 'step') ? 'calibrationInput.noStepCase' : 'calibrationInput.noStep';
    fail(headerLine, null, { key, params: { columns: OBSERVABLE_COLUMNS.join(', '), got: shownText(header.join(','), 80) } });
  }
  const observed = OBSERVABLE_COLUMNS.filter((c) => at.has(c));
  if (observed.length === 0)
    fail(headerLine, null, { key: 'calibrationInput.noObservedColumn', params: { columns: OBSERVABLE_COLUMNS.join(', '), got: shownText(header.join(','), 80) } });
  const used = new Set<string>(['step', 'strategy', 'run', ...observed, ...KNOWN_OTHER_COLUMNS]);
  const ignoredColumns = header.filter((name) => name !== '' && !used.has(name)).map((name) => shownText(name));

  const out: ObservedTimeline = { step: [], columns: Object.fromEntries(observed.map((c) => [c, []])), ignoredColumns };
  const seen: { strategy?: [string, number]; run?: [string, number] } = {};
  let lastStep = -1;
  let lastStepLine = 0;
  const lastValue = new Map<ObservableColumn, [number, number]>();
  for (let r = first + 1; r < rows.length; r++) {
    const row = rows[r];
    const rowLine = lines[r];
    if (isBlank(row)) continue;
    if (out.step.length >= MAX_OBSERVED_ROWS) fail(rowLine, null, { key: 'calibrationInput.tooManyRows', params: { max: MAX_OBSERVED_ROWS } });
    if (row.length !== header.length) fail(rowLine, null, { key: 'calibrationInput.cellCount', params: { cells: row.length, header: header.length } });
    for (const key of ['strategy', 'run'] as const) {
      if (!at.has(key)) continue;
      const cell = row[at.get(key)!].trim();
      const before = seen[key];
      if (before === undefined) seen[key] = [cell, rowLine];
      else if (before[0] !== cell)
        fail(rowLine, key, {
          key: key === 'run' ? 'calibrationInput.twoRuns' : 'calibrationInput.twoStrategies',
          params: { first: shownText(before[0]), firstLine: before[1], cell: shownText(cell) },
        });
    }
    const stepText = row[at.get('step')!];
    if (stepText.trim() === '') fail(rowLine, 'step', { key: 'calibrationInput.stepEmpty' });
    const step = Number(stepText);
    if (!NUMBER.test(stepText) || !Number.isInteger(step)) fail(rowLine, 'step', { key: 'calibrationInput.stepWhole', params: { got: shownText(stepText) } });
    if (step <= lastStep) fail(rowLine, 'step', { key: 'calibrationInput.stepOrder', params: { step, previous: lastStep, previousLine: lastStepLine } });
    lastStep = step;
    lastStepLine = rowLine;
    out.step.push(step);
    for (const column of observed) {
      const text = row[at.get(column)!];
      if (text.trim() === '') {
        out.columns[column]!.push(null);
        continue;
      }
      const value = Number(text);
      if (!NUMBER.test(text) || !Number.isFinite(value)) fail(rowLine, column, { key: 'calibrationInput.count', params: { got: shownText(text) } });
      const before = lastValue.get(column);
      if (before !== undefined && value < before[0])
        fail(rowLine, column, { key: 'calibrationInput.countFalls', params: { value, previous: before[0], previousLine: before[1] } });
      lastValue.set(column, [value, rowLine]);
      out.columns[column]!.push(value);
    }
  }
  if (out.step.length === 0) fail(headerLine, null, { key: 'calibrationInput.noRows' });
  for (const column of observed) {
    if (out.columns[column]!.every((v) => v === null)) fail(headerLine, column, { key: 'calibrationInput.columnEmpty' });
  }
  if (seen.strategy !== undefined) out.strategy = seen.strategy[0];
  if (seen.run !== undefined) {
    const run = Number(seen.run[0]);
    if (!/^\s*\d{1,9}\s*$/.test(seen.run[0])) fail(seen.run[1], 'run', { key: 'calibrationInput.runIndex', params: { got: shownText(seen.run[0]) } });
    out.run = run;
  }
  return out;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** The observed columns, in the order of OBSERVABLE_COLUMNS. */
export function observedColumns(observed: ObservedTimeline): ObservableColumn[] {
  return OBSERVABLE_COLUMNS.filter((c) => observed.columns[c] !== undefined);
}
