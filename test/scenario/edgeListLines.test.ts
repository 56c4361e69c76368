/** The edge list's line count: a final newline ends the last line, it does not add one. */
import { describe, expect, it } from 'vitest';
import { countLines, edgeListLinesProblem, maxEdgeListLines } from '../../src/scenario/edgeListLines';
import { MAX_ARCS } from '../../src/scenario/limits';

describe('countLines', () => {
  it('counts lines with and without a final newline', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('1,2')).toBe(1);
    expect(countLines('1,2\n')).toBe(1);
    expect(countLines('1,2\n2,3')).toBe(2);
    expect(countLines('1,2\n2,3\n')).toBe(2);
    expect(countLines('1,2\n\n')).toBe(2);
    expect(countLines('\n')).toBe(1);
  });

  it('accepts exactly the maximum number of lines ending in a newline and refuses one more (small bound)', () => {
    const maxArcs = 20; // 10 undirected lines
    expect(maxEdgeListLines(false, maxArcs)).toBe(10);
    expect(edgeListLinesProblem('1,2\n'.repeat(10), false, maxArcs)).toBeNull();
    expect(edgeListLinesProblem('1,2\n'.repeat(10).trimEnd(), false, maxArcs)).toBeNull();
    expect(edgeListLinesProblem('1,2\n'.repeat(11), false, maxArcs)).toEqual({ code: 'edgeListLines', lines: 11, max: 10 });
    expect(edgeListLinesProblem('1,2\n'.repeat(20), true, maxArcs)).toBeNull();
  });

  it('accepts an edge list of exactly 20,000,000 lines ending in a newline at the real bound', () => {
    expect(maxEdgeListLines(false, MAX_ARCS)).toBe(20_000_000);
    const text = '1,2\n'.repeat(20_000_000); // 80 MB of one repeated line: cheap to build and to count
    expect(countLines(text)).toBe(20_000_000);
    expect(edgeListLinesProblem(text, false)).toBeNull();
    expect(edgeListLinesProblem(`${text}3,4\n`, false)).toEqual({ code: 'edgeListLines', lines: 20_000_001, max: 20_000_000 });
  });
});
