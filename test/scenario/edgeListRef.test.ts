/**
 * Huge uploaded edge lists held by reference (src/scenario/edgeListRef.ts and the workers' side,
 * src/runtime/edgeListTexts.ts): validating, estimating and simulating a scenario that names its
 * edge list by reference must give exactly what the same scenario with the text inline gives, and
 * writing it back out must give the same bytes as serialising the inline scenario.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { countLines } from '../../src/scenario/edgeListLines';
import {
  edgeListBlobOf,
  edgeListHash,
  edgeListRef,
  heldEdgeList,
  holdEdgeList,
  isEdgeListRef,
  MAX_HELD_EDGE_LISTS,
  refCharacters,
  textHoldsEdgeListRef,
} from '../../src/scenario/edgeListRef';
import { checkScenario } from '../../src/scenario/validateScenario';
import { lastEdgeListRead } from '../../src/scenario/networkChecks';
import { scenarioText } from '../../src/scenario/scenarioText';
import { EdgeListTexts, expandEdgeListRef, isWellFormedText } from '../../src/runtime/edgeListTexts';
import { simulateInline } from '../../src/runtime/simulateInline';

const edges = Array.from({ length: 4_000 }, (_, i) => `${i % 700},${(i * 7919) % 700}`).join('\n');

const draft = (list: string) => ({
  version: 2,
  name: 'held edge list "quoted"',
  seed: 'held',
  runs: 6,
  steps: 12,
  network: { kind: 'edge-list', edges: list },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [{ name: 'a', seeding: { method: 'random', count: 5 } }, { name: 'b', seeding: { method: 'degree', count: 5 } }],
});

/** What the upload worker hands over for `text`, held as the page holds it. */
function hold(text: string, directed = false): string {
  // As workers/upload.worker.ts does: validate the inline text, take what parsing it gave.
  checkScenario({ ...draft(text), network: { kind: 'edge-list', edges: text, directed } });
  const read = lastEdgeListRead()!;
  const ref = edgeListRef(text);
  holdEdgeList(ref, { blob: new Blob([text]), directed: read.directed, outcome: read.outcome, lines: countLines(text) });
  return ref;
}

describe('edge lists held by reference', () => {
  it('a reference is short, names the length, and differs when one character differs', () => {
    const ref = edgeListRef(edges);
    expect(ref.length).toBeLessThan(64);
    expect(isEdgeListRef(ref)).toBe(true);
    expect(isEdgeListRef(edges)).toBe(false);
    expect(refCharacters(ref)).toBe(edges.length);
    expect(edgeListRef(edges)).toBe(ref); // stable: identity, undo and the run cache rely on it
    const changed = `${edges.slice(0, 100)}9${edges.slice(101)}`;
    expect(edgeListHash(changed)).not.toBe(edgeListHash(edges));
    expect(textHoldsEdgeListRef(scenarioText(draft(ref)))).toBe(true);
    expect(textHoldsEdgeListRef(scenarioText(draft(edges)))).toBe(false);
  });

  it('validates exactly as the inline text does, without the text, and counts its lines', () => {
    const ref = hold(edges);
    const inline = checkScenario(draft(edges));
    const held = checkScenario(draft(ref));
    expect(inline.ok && held.ok).toBe(true);
    if (!inline.ok || !held.ok) return;
    expect({ ...held.scenario, network: { ...held.scenario.network, edges: '' } }).toEqual({ ...inline.scenario, network: { ...inline.scenario.network, edges: '' } });
    expect(held.scenario.network.kind === 'edge-list' && held.scenario.network.edges).toBe(ref);
    expect(countLines(ref)).toBe(4_000);
  });

  it('a reference the page no longer holds (or of another direction) is a problem that says to upload again', () => {
    const missing = edgeListRef(`${edges}\n1,2`);
    const check = checkScenario(draft(missing));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => [p.path, p.reason.code])).toEqual([['network.edges', 'edgeListNotHeld']]);
    const ref = hold(edges);
    const directed = checkScenario({ ...draft(ref), network: { kind: 'edge-list', edges: ref, directed: true } });
    expect(directed.ok).toBe(false);
  });

  it('keeps at most MAX_HELD_EDGE_LISTS, letting the oldest go', () => {
    const refs = Array.from({ length: MAX_HELD_EDGE_LISTS + 1 }, (_, i) => hold(`${edges}\n${i},${i + 1}`));
    expect(heldEdgeList(refs[0])).toBeUndefined();
    for (const ref of refs.slice(1)) expect(heldEdgeList(ref)).toBeDefined();
  });

  it('a worker reading the Blob simulates exactly the inline scenario', async () => {
    const ref = hold(edges);
    const inline = checkScenario(draft(edges));
    const held = checkScenario(draft(ref));
    if (!inline.ok || !held.ok) throw new Error('invalid');
    const texts = new EdgeListTexts();
    const resolved: Scenario = await texts.scenario(held.scenario, edgeListBlobOf(held.scenario));
    expect(resolved).toEqual(inline.scenario);
    // The same string object for the next scenario of that upload: the network cache keeps its network.
    const again = await texts.scenario({ ...held.scenario, runs: 3 }, edgeListBlobOf(held.scenario));
    expect(again.network.kind === 'edge-list' && resolved.network.kind === 'edge-list' && again.network.edges === resolved.network.edges).toBe(true);
    const numbers = (s: Scenario) => simulateInline(s).strategies.map((x) => [Array.from(x.totals), Array.from(x.timelines)]);
    expect(numbers(resolved)).toEqual(numbers(inline.scenario));
    await expect(new EdgeListTexts().scenario(held.scenario, undefined)).rejects.toThrow(/upload the file again/);
  });

  it('writes the scenario back byte for byte as JSON.stringify writes the inline one', async () => {
    const text = `${edges}\n"quoted",tab\there\\`; // characters JSON must escape
    const ref = edgeListRef(text);
    const withRef = scenarioText(draft(ref));
    const blob = await expandEdgeListRef(withRef, ref, new Blob([text]));
    expect(await blob.text()).toBe(`${JSON.stringify(draft(text), null, 2)}\n`);
  });

  it('only well-formed text goes into a UTF-8 Blob', () => {
    expect(isWellFormedText('a,b\n😀,c')).toBe(true);
    expect(isWellFormedText('a,\ud800b')).toBe(false);
    expect(isWellFormedText('a,\udc00')).toBe(false);
  });
});
