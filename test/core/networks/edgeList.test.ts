import { describe, expect, it } from 'vitest';
import { buildGraph, TIE_FOLLOW, TIE_STRONG } from '../../../src/core/graph';
import { MAX_EDGE_LIST_LINES, parseEdgeList } from '../../../src/core/networks/edgeList';

function parsed(text: string, directed = false) {
  const result = parseEdgeList(text, directed);
  if (!result.ok) throw new Error(result.error);
  return { ...result, graph: buildGraph(result.nodeCount, result.edges) };
}

function errorOf(text: string): string {
  const result = parseEdgeList(text, false);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const rows = (g: ReturnType<typeof parsed>['graph']) =>
  Array.from({ length: g.nodeCount }, (_, u) => Array.from(g.targets.subarray(g.offsets[u], g.offsets[u + 1])));

describe('parseEdgeList', () => {
  it('maps arbitrary ids to 0..n−1 in order of first appearance; undirected lines are two-way strong ties', () => {
    const p = parsed('alice,bob\nbob,carol\n');
    expect(p.nodeCount).toBe(3);
    expect(p.labels).toEqual(['alice', 'bob', 'carol']);
    expect(rows(p.graph)).toEqual([[1], [0, 2], [1]]);
    expect(Array.from(p.graph.tieKinds)).toEqual([TIE_STRONG, TIE_STRONG, TIE_STRONG, TIE_STRONG]);
    expect(p.graph.weights).toBeNull();
  });

  it('directed lines are one-way follow arcs source → target', () => {
    const p = parsed('a,b\nc,a\n', true);
    expect(rows(p.graph)).toEqual([[1], [], [0]]);
    expect(Array.from(p.graph.tieKinds)).toEqual([TIE_FOLLOW, TIE_FOLLOW]);
  });

  it('skips a source,target[,weight] header, blank lines, comments and CRLF line ends', () => {
    const p = parsed('# exported\r\nsource,target,weight\r\n\r\n7,9,0.5\r\n  # note\r\n9,8\r\n');
    expect(p.labels).toEqual(['7', '9', '8']);
    expect(rows(p.graph)).toEqual([[1], [0, 2], [1]]);
  });

  it('keeps a first line of plain ids as data, but treats names over numeric data as a header', () => {
    expect(parsed('x,y\ny,z').labels).toEqual(['x', 'y', 'z']);
    expect(parsed('user_a,user_b\n1,2').labels).toEqual(['1', '2']);
    expect(parsed('Source,Target\nFrom,To').labels).toEqual(['From', 'To']);
    expect(parsed('only,line').labels).toEqual(['only', 'line']);
  });

  it('reads TSV (detected from a tab), quoted CSV fields and space-separated lists', () => {
    expect(parsed('from\tto\n1\t2\n2\t3\n').labels).toEqual(['1', '2', '3']);
    expect(parsed('"Smith, J",Lee\n').labels).toEqual(['Smith, J', 'Lee']);
    expect(parsed('1 2\n2   3\n').labels).toEqual(['1', '2', '3']);
  });

  it('reads weights in (0, 1] into graph.weights; lines without a weight weigh 1', () => {
    const p = parsed('a,b\nb,c,0.25\n');
    expect(Array.from(p.graph.weights!)).toEqual([1, 1, 0.25, 0.25]);
  });

  it('accepts ids that are Object.prototype property names', () => {
    expect(parsed('__proto__,constructor\ntoString,__proto__').labels).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('drops self-loops but keeps their node', () => {
    const p = parsed('a,a\na,b\n');
    expect(p.nodeCount).toBe(2);
    expect(p.graph.targets.length).toBe(2);
  });

  it('names the line of every error', () => {
    expect(errorOf('a,b\n\n# c\n\nd\n')).toBe('line 5: expected "source,target[,weight]", got 1 field');
    expect(errorOf('a,b,0.5,x\n')).toBe('line 1: expected "source,target[,weight]", got 4 fields');
    expect(errorOf('a,b\nb,c\nc,d,abc\n')).toBe('line 3: weight "abc" is not a number in (0, 1]');
    expect(errorOf('a,b\nc,d,0\n')).toBe('line 2: weight "0" is not a number in (0, 1]');
    expect(errorOf('a,b\nc,d,1.5\n')).toBe('line 2: weight "1.5" is not a number in (0, 1]');
    expect(errorOf('a,b\nc,d,\n')).toBe('line 2: weight "" is not a number in (0, 1]');
    expect(errorOf('a,b\n,d\n')).toBe('line 2: empty source id');
    expect(errorOf('a,b\nc,\n')).toBe('line 2: empty target id');
  });

  it('refuses more lines than the limit (20,000,000 by default), naming the first line over it', () => {
    expect(MAX_EDGE_LIST_LINES).toBe(20_000_000);
    expect(parseEdgeList('a,b\n# c\nb,c\nc,d\n', false, 3).ok).toBe(true);
    expect(parseEdgeList('a,b\n# c\nb,c\nc,d\nd,e\n', false, 3)).toEqual({
      ok: false,
      error: 'line 5: more than 3 edges; sample the network first',
    });
  });

  it('refuses empty input and input with only self-loops', () => {
    expect(errorOf('')).toBe('no edges');
    expect(errorOf('# nothing\n\n')).toBe('no edges');
    expect(errorOf('source,target\n')).toBe('no edges');
    expect(errorOf('a,a\n')).toBe('no edges');
  });
});
