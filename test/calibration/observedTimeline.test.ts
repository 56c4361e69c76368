import { describe, expect, it } from 'vitest';
import { parseObservedCsv } from '../../src/calibration/observedTimeline';

const error = (text: string) => {
  try {
    parseObservedCsv(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('observed timeline CSV', () => {
  it('reads sparse rows, empty cells, a partial horizon, a BOM and CRLF', () => {
    const t = parseObservedCsv('\uFEFFstep,reached,converted\r\n0,10,\r\n24,40,2\r\n\r\n72,55,3\r\n');
    expect(t.step).toEqual([0, 24, 72]);
    expect(t.columns).toEqual({ reached: [10, 40, 55], converted: [null, 2, 3] });
    expect(t.ignoredColumns).toEqual([]);
  });

  it("reads the project's per-step CSV of one strategy and run, ignoring churned and seed", () => {
    const t = parseObservedCsv('strategy,run,step,reached,shared,converted,churned,seed\nlaunch,3,0,5,5,0,0,s\nlaunch,3,1,9,6,1,0,s\n');
    expect(t).toMatchObject({ step: [0, 1], strategy: 'launch', run: 3, columns: { reached: [5, 9], shared: [5, 6], converted: [0, 1] }, ignoredColumns: [] });
    expect(parseObservedCsv('step,reached,note\n0,1,x\n').ignoredColumns).toEqual(['note']);
  });

  it('names the line and the column of every problem', () => {
    expect(error('step,reached\n0,1\n1,abc\n')).toBe('line 3, column reached: must be a count ≥ 0 or empty (got "abc")');
    expect(error('step,reached\n0,5\n1,4\n')).toBe('line 3, column reached: 4 is below 5 (line 2); counts are cumulative, so they never fall');
    expect(error('step,reached\n0,1\n0,2\n')).toBe('line 3, column step: step 0 does not come after step 0 (line 2); steps must increase');
    expect(error('step,reached\n1.5,1\n')).toBe('line 2, column step: must be a whole number ≥ 0 (got "1.5")');
    expect(error('step,reached\n0,1,2\n')).toBe('line 2: 3 cells, but the header has 2');
    expect(error('step,reached\n,1\n')).toBe('line 2, column step: empty; every row needs its step');
    expect(error('step,reached\n0,-1\n')).toMatch(/^line 2, column reached: must be a count/);
    expect(error('time,reached\n0,1\n')).toMatch(/^line 1: no "step" column/);
    expect(error('step,likes\n0,1\n')).toMatch(/^line 1: no observed column; the header must name at least one of reached, shared, converted/);
    expect(error('step,reached,reached\n0,1,1\n')).toBe('line 1, column reached: the column appears twice (columns 2 and 3)');
    expect(error('step,reached\n')).toBe('line 1: the header is not followed by any data row');
    expect(error('')).toMatch(/^the file is empty/);
    expect(error('step,reached,shared\n0,1,\n')).toBe('line 1, column shared: no row gives a value; drop the column or fill it');
  });

  it('counts lines inside quoted cells and after blank lines', () => {
    expect(error('"step",reached\n\n0,"1"\n"a\nb",2\n')).toBe('line 4, column step: must be a whole number ≥ 0 (got "a\\x0ab")');
    expect(error('step,reached\n\n\n0,x\n')).toMatch(/^line 4, column reached/);
  });

  it('requires exactly one strategy and one run in a per-step export', () => {
    expect(error('strategy,run,step,reached\na,0,0,1\nb,0,0,1\n')).toBe(
      'line 3, column strategy: the file holds more than one strategy ("a" on line 2, "b" here); keep the rows of one strategy (the observed campaign is one strategy)',
    );
    expect(error('strategy,run,step,reached\na,0,0,1\na,1,0,1\n')).toMatch(/^line 3, column run: the file holds more than one run \("0" on line 2, "1" here\)/);
  });

  it('escapes control characters and shortens long text in messages', () => {
    const message = error('step,reached\n0,\u001b[31mred\n');
    expect(message).toBe('line 2, column reached: must be a count ≥ 0 or empty (got "\\x1b[31mred")');
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(error(`step,reached\n0,${'9'.repeat(30)}x${'y'.repeat(100)}\n`).length).toBeLessThan(140);
  });
});
