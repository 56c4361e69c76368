/**
 * Buying and recommending through whole runs, on exact fixtures: dose from distinct sources and
 * repeats, fading memory, trust and relevance, the plateau, brand replies, and advocacy (buyers
 * recommend after their response delay). Each person's threshold follows from their own uniform
 * draw u (AgentTraits.buyDraw), so the fixtures set halfDose to put it where the test needs it.
 */
import { describe, expect, it } from 'vitest';
import { rootKey } from '../../../src/core/random';
import { AgentTraits } from '../../../src/core/dividend/agentTraits';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { arcGraph, exactModel, exactStrategy, pathGraph, seedsOf } from './helpers';

const root = rootKey('fixtures');

describe('buying is dose–response over distinct sources', () => {
  // Seeds 0, 1, 2 each show node 3 the post at step 0; nobody shares (quality 0).
  const g = arcGraph(4, [
    [0, 3],
    [1, 3],
    [2, 3],
  ]);
  const noShare = exactStrategy({ content: { quality: 0 } });
  // Plateau 1, steepness 1: node 3 buys once dose ≥ halfDose · u/(1 − u), u its own draw of run 0.
  const u = new AgentTraits(root, 0, exactModel()).buyDraw(3);
  const halfDoseFor = (need: number) => need / (u / (1 - u));
  const withNeed = (need: number, over = {}) => exactModel({ conversion: { halfDose: halfDoseFor(need), ...over } });

  it('three new sources of trust 1 make dose 3: a person whose threshold is just below 3 buys, just above does not', () => {
    expect(runDividend(g, withNeed(3 * (1 - 1e-9)), noShare, seedsOf(0, 1, 2), 3, root, 0).converted).toBe(1);
    expect(runDividend(g, withNeed(3 * (1 + 1e-9)), noShare, seedsOf(0, 1, 2), 3, root, 0).converted).toBe(0);
  });

  it('one source posting three times adds 1 + 2 × repeatWeight, not 3', () => {
    // Seed 0 alone, three waves: dose 1 + 0.25 + 0.25 = 1.5.
    const thrice = exactStrategy({ content: { quality: 0, waves: [0, 1, 2] } });
    const m = (need: number) => withNeed(need, { repeatWeight: 0.25 });
    expect(runDividend(g, m(1.5 * (1 - 1e-9)), thrice, seedsOf(0), 4, root, 0).converted).toBe(1);
    expect(runDividend(g, m(1.5 * (1 + 1e-9)), thrice, seedsOf(0), 4, root, 0).converted).toBe(0);
    // Three distinct sources once each reach dose 3 under the same rule.
    expect(runDividend(g, m(3 * (1 - 1e-9)), noShare, seedsOf(0, 1, 2), 4, root, 0).converted).toBe(1);
  });

  it('the dose fades with memoryHalfLife: two posts 4 hours apart with half-life 4 give 0.5 + 1', () => {
    const twice = exactStrategy({ content: { quality: 0, waves: [0, 4] } });
    const m = (need: number) => withNeed(need, { memoryHalfLife: 4 });
    expect(runDividend(g, m(1.5 * (1 - 1e-9)), twice, seedsOf(0), 6, root, 0).converted).toBe(1);
    expect(runDividend(g, m(1.5 * (1 + 1e-9)), twice, seedsOf(0), 6, root, 0).converted).toBe(0);
  });

  it('tie trust and relevance scale the dose', () => {
    const half = (need: number) => exactModel({ ties: { strong: { trust: 0.5 } }, conversion: { halfDose: halfDoseFor(need) } });
    expect(runDividend(g, half(1.5 * (1 - 1e-9)), noShare, seedsOf(0, 1, 2), 3, root, 0).converted).toBe(1);
    expect(runDividend(g, half(1.5 * (1 - 1e-9)), noShare, seedsOf(0, 1), 3, root, 0).converted).toBe(0);
    const irrelevant = exactStrategy({ content: { quality: 0, relevance: 0.5 } });
    expect(runDividend(g, withNeed(1.5 * (1 - 1e-9)), irrelevant, seedsOf(0, 1, 2), 3, root, 0).converted).toBe(1);
    expect(runDividend(g, withNeed(1.5 * (1 + 1e-9)), irrelevant, seedsOf(0, 1, 2), 3, root, 0).converted).toBe(0);
  });

  it('a draw above the plateau never buys, whatever the dose', () => {
    const m = exactModel({ conversion: { plateau: u * (1 - 1e-9), halfDose: 1e-6 } });
    expect(runDividend(g, m, exactStrategy({ content: { quality: 0, waves: [0, 1, 2, 3] } }), seedsOf(0, 1, 2), 5, root, 0).converted).toBe(0);
  });

  it('a brand reply adds brand trust to a sharer and can tip it over', () => {
    const g2 = arcGraph(2, [[0, 1]]);
    const u1 = new AgentTraits(root, 0, exactModel()).buyDraw(1);
    // Node 1 needs dose 1.5: the seed's post (1) is not enough, the brand's reply (1 more) is.
    const m = exactModel({ conversion: { halfDose: 1.5 / (u1 / (1 - u1)) } });
    const noReply = runDividend(g2, m, exactStrategy(), seedsOf(0), 3, root, 0, { trace: true });
    expect(noReply.converted).toBe(0);
    const reply = runDividend(g2, m, exactStrategy({ brandReplies: 1 }), seedsOf(0), 3, root, 0, { trace: true });
    expect(reply.brandReplies).toBe(1);
    expect(reply.converted).toBe(1);
    expect(reply.trace!.convertedStep[1]).toBe(1); // answered when it posts, at step 1
    expect(reply.attribution.seed).toBe(1); // credited to the channel it was sharing
  });
});

describe('advocacy: buyers recommend it', () => {
  // Path 0–1–2–3, quality 0 (nobody shares on sight), everyone buys at the first exposure.
  const noShare = exactStrategy({ content: { quality: 0 } });

  it('with advocacy 1 every buyer posts after its response delay (5 hours): the chain moves one hop per 5 hours', () => {
    const m = exactModel({ advocacy: 1, response: { medianHours: 5, spread: 0 } });
    const out = runDividend(pathGraph(4), m, noShare, seedsOf(0), 20, root, 0, { trace: true });
    // 1 buys at 0 (seed's post) and posts at 5: 0 and 2 buy at 5; 2 posts at 10: 3 buys at 10.
    // The seed had its wave bit already (it posted in the wave), so it does not advocate.
    expect(Array.from(out.trace!.convertedStep)).toEqual([5, 0, 5, 10]);
    expect(Array.from(out.trace!.sharedStep)).toEqual([0, 5, 10, 15]);
    expect(out.converted).toBe(4);
    expect(out.attribution).toEqual({ seed: 1, kol: 0, organic: 3, ads: 0 });
  });

  it('with advocacy 0 and quality 0 only the seed posts', () => {
    const out = runDividend(pathGraph(4), exactModel(), noShare, seedsOf(0), 20, root, 0);
    expect(out.converted).toBe(1);
    expect(out.shared).toBe(1);
  });

  it('a post due after the last step never happens', () => {
    const m = exactModel({ advocacy: 1, response: { medianHours: 5, spread: 0 } });
    const out = runDividend(pathGraph(4), m, noShare, seedsOf(0), 7, root, 0);
    expect(out.converted).toBe(3); // 1 at 0; 0 and 2 at 5; 2's post would be due at 10 > 7
    expect(out.shared).toBe(2);
  });
});
