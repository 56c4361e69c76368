/**
 * The rules of one exposure (Campaign.receive and the hot kernel), on hand-made fixtures: dose from
 * distinct sources and repeats, fading memory, organic buyers, and that the two code paths agree.
 */
import { describe, expect, it } from 'vitest';
import { arcCount, TIE_FOLLOW, TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { rootKey } from '../../../src/core/random';
import { Campaign, CLASS_SEED } from '../../../src/core/dividend/campaign';
import type { DividendModelSpec, DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { acquireDividendScratch } from '../../../src/core/dividend/dividendScratch';
import { AGENT_DOSE, AGENT_STRIDE, MAX_WAVES, STATE_FLAGS, STATE_MUTED } from '../../../src/core/dividend/agentLayout';
import { hiredKols } from '../../../src/core/dividend/postingSchedule';
import { acquirePostQueue } from '../../../src/core/dividend/postQueue';
import { arcGraph, exactModel, exactStrategy, NOBODY_BUYS } from './helpers';

const root = rootKey('campaign');
const STEPS = 40;

function campaign(graph: Graph, model: DividendModelSpec, strategy: DividendStrategySpec = exactStrategy({ content: { quality: 0 } })) {
  const scratch = acquireDividendScratch(graph.nodeCount, arcCount(graph));
  const c = new Campaign(graph, model, strategy, scratch, acquirePostQueue(STEPS), STEPS, root, 0);
  return { c, scratch };
}

describe('dose from distinct sources', () => {
  // Arcs 0: 0→2 and 1: 1→2 (strong ties of trust 0.5); nobody buys, so the dose only grows.
  const g = arcGraph(3, [
    [0, 2],
    [1, 2],
  ]);
  const model = exactModel({ ties: { strong: { trust: 0.5 } }, conversion: { ...NOBODY_BUYS, repeatWeight: 0.25 } });

  it('a new source adds its full trust; a repeat through the same arc adds repeatWeight × trust', () => {
    const { c } = campaign(g, model);
    c.receive(2, 0, 0, TIE_STRONG, CLASS_SEED, 0, 0, 1);
    expect(c.doseOf(2, 0)).toBe(0.5);
    c.receive(2, 0, 0, TIE_STRONG, CLASS_SEED, 1, 1, 1); // same friend again
    expect(c.doseOf(2, 1)).toBe(0.625);
    c.receive(2, 1, 1, TIE_STRONG, CLASS_SEED, 1, 1, 1); // a second friend
    expect(c.doseOf(2, 1)).toBe(1.125);
    c.receive(2, 1, 1, TIE_STRONG, CLASS_SEED, 2, 2, 1);
    expect(c.doseOf(2, 2)).toBe(1.25);
  });

  it('relevance and a rewarded post’s discount scale the dose', () => {
    const { c } = campaign(g, model, exactStrategy({ content: { quality: 0, relevance: 0.5 } }));
    c.receive(2, 0, 0, TIE_STRONG, CLASS_SEED, 0, 0, 0.8);
    expect(c.doseOf(2, 0)).toBeCloseTo(0.5 * 0.5 * 0.8, 15);
  });

  it('the dose fades by exactly one half per memoryHalfLife', () => {
    const { c } = campaign(g, exactModel({ conversion: { ...NOBODY_BUYS, memoryHalfLife: 10 } }));
    c.receive(2, 0, 0, TIE_STRONG, CLASS_SEED, 0, 0, 1);
    expect(c.doseOf(2, 0)).toBe(1);
    expect(c.doseOf(2, 10)).toBe(0.5);
    expect(c.doseOf(2, 20)).toBe(0.25);
    c.receive(2, 1, 1, TIE_STRONG, CLASS_SEED, 0, 10, 1); // 0.5 left + 1 new
    expect(c.doseOf(2, 10)).toBe(1.5);
    expect(c.doseOf(2, 30)).toBe(0.375);
  });

  it('an unreached person has dose 0', () => {
    const { c } = campaign(g, model);
    expect(c.doseOf(2, 5)).toBe(0);
  });
});

describe('organic buyers in a campaign', () => {
  const g = arcGraph(3, [[0, 1]]);

  it('buys at its own step when the campaign did nothing to it', () => {
    const { c, scratch } = campaign(g, exactModel());
    c.markOrganic(Int32Array.from([2]));
    c.organicPurchase(2, 7);
    expect(c.converted).toBe(1);
    expect(scratch.convertedStep[2]).toBe(7);
    expect([c.accelerated, c.lostOrganic]).toEqual([0, 0]);
    expect(Array.from(c.attribution)).toEqual([0, 0, 0, 0]);
  });

  it('counts as accelerated (not attributed) when the campaign made it buy first', () => {
    const { c, scratch } = campaign(g, exactModel());
    c.markOrganic(Int32Array.from([1]));
    c.receive(1, 0, 0, TIE_STRONG, CLASS_SEED, 0, 2, 1); // everyone buys at the first exposure
    expect(c.converted).toBe(1);
    expect(c.accelerated).toBe(1);
    expect(Array.from(c.attribution)).toEqual([0, 0, 0, 0]);
    c.organicPurchase(1, 9); // its own step comes: already bought, nothing changes
    expect(c.converted).toBe(1);
    expect(scratch.convertedStep[1]).toBe(2);
  });

  it('is lost when it muted the campaign before its step', () => {
    // Promotional 1 against tolerance 0.5: the first exposure mutes.
    const { c } = campaign(g, exactModel({ fatigue: { tolerance: 0.5 } }), exactStrategy({ content: { quality: 0, promotional: 1 } }));
    c.markOrganic(Int32Array.from([1]));
    expect(c.receive(1, 0, 0, TIE_STRONG, CLASS_SEED, 0, 2, 1)).toBe(false);
    c.organicPurchase(1, 9);
    expect(c.converted).toBe(0);
    expect(c.lostOrganic).toBe(1);
    expect(c.churned).toBe(1);
  });

  it('a non-organic buyer the campaign tips is attributed to the poster’s class', () => {
    const { c } = campaign(g, exactModel());
    c.receive(1, 0, 0, TIE_STRONG, CLASS_SEED, 0, 2, 1);
    expect(c.accelerated).toBe(0);
    expect(c.attribution[CLASS_SEED]).toBe(1);
  });
});

describe('KOL ranks', () => {
  it('hiredKols takes `hire` accounts from rank fromRank, cut at the last account', () => {
    const kols = Int32Array.from([10, 11, 12, 13]);
    expect(Array.from(hiredKols(kols, 2, 1))).toEqual([10, 11]);
    expect(Array.from(hiredKols(kols, 2, 2))).toEqual([11, 12]);
    expect(Array.from(hiredKols(kols, 3, 4))).toEqual([13]);
    expect(Array.from(hiredKols(kols, 1, 5))).toEqual([]);
    expect(Array.from(hiredKols(kols, 0, 1))).toEqual([]);
  });
});

describe('the hot kernel and Campaign.receive apply the same rules', () => {
  // Poster 0 reaches 1 (strong), 2 (weak), 3 (follow); poster 4 also reaches 1. Two waves, at
  // steps 0 and 3: repeats, fading memory, annoyance (node 1 mutes on its third exposure), and an
  // S-shaped curve on which some buy and some do not.
  const g = arcGraph(5, [
    [0, 1, TIE_STRONG],
    [0, 2, TIE_WEAK],
    [0, 3, TIE_FOLLOW],
    [4, 1, TIE_STRONG],
  ]);
  const model = exactModel({
    ties: { weak: { trust: 0.6 }, follow: { trust: 0.3 } },
    conversion: { plateau: 1, halfDose: 1.2, steepness: 2, repeatWeight: 0.25, memoryHalfLife: 3 },
    fatigue: { tolerance: 0.5 },
  });
  const strategy = exactStrategy({ content: { quality: 0, promotional: 0.2, relevance: 0.9 } });
  /** (wave, step) pairs; the second set uses the last wave, whose flag is the state word's sign bit. */
  const waveSets: [number, number][][] = [
    [
      [0, 0],
      [1, 3],
    ],
    [
      [0, 0],
      [MAX_WAVES - 1, 3],
    ],
  ];
  const receivers = [1, 2, 3];

  function snapshot(c: Campaign, s: ReturnType<typeof acquireDividendScratch>) {
    return {
      counts: { converted: c.converted, churned: c.churned, attribution: Array.from(c.attribution) },
      arcSeen: Array.from(s.arcSeen),
      agents: receivers.map((j) => ({
        state: s.state[j] & STATE_FLAGS, // reached, converted, muted (wave bits: sharing, not part of receive)
        agent: Array.from(s.agent.subarray(AGENT_STRIDE * j, AGENT_STRIDE * (j + 1))),
        reachedStep: s.reachedStep[j],
        reachedBy: s.reachedBy[j],
        convertedStep: s.convertedStep[j],
        mutedStep: s.mutedStep[j],
      })),
    };
  }

  it.each(waveSets)('gives identical agent state (waves %j and %j)', (...waves) => {
    const kernel = campaign(g, model, strategy);
    for (const [wave, t] of waves) {
      kernel.c.setWaveStep(wave, t);
      kernel.c.brandWave(Int32Array.from([0, 4]), wave, CLASS_SEED, t);
    }
    const viaKernel = snapshot(kernel.c, kernel.scratch);

    const plain = campaign(g, model, strategy);
    for (const [wave, t] of waves)
      for (const poster of [0, 4])
        for (let a = g.offsets[poster]; a < g.offsets[poster + 1]; a++) {
          const j = g.targets[a];
          if (plain.scratch.state[j] & STATE_MUTED) continue; // muted: the kernel skips it
          plain.c.receive(j, poster, a, g.tieKinds[a], CLASS_SEED, wave, t, 1);
        }
    const viaReceive = snapshot(plain.c, plain.scratch);

    expect(viaReceive).toEqual(viaKernel);
    expect(viaKernel.agents[0].mutedStep).toBe(3); // node 1: 0.2 × 3 = 0.6 > 0.5 at its third exposure
    expect(viaKernel.agents[1].mutedStep).toBe(-1);
    // Node 2 (weak, trust 0.6, relevance 0.9): 0.54 at 0, halved by step 3, plus a repeat 0.25 × 0.54.
    expect(viaKernel.agents[1].agent[AGENT_DOSE]).toBeCloseTo(0.27 + 0.135, 15);
    // Node 3 (follow, trust 0.3): 0.27 → 0.135, plus 0.0675.
    expect(viaKernel.agents[2].agent[AGENT_DOSE]).toBeCloseTo(0.2025, 15);
  });
});
