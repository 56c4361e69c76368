/**
 * Best seeds: one set of rules for the page and the CLI (issue #14), and seeds priced as what they
 * are (issue #12: never a KOL at a seed user's price). Fixtures are tiny and the expected values
 * are counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../../src/core/graph';
import { hubThreshold, seedProfiles } from '../../src/core/influence/seedProfiles';
import { bestSeeds } from '../../src/runtime/bestSeedsJob';
import { bestSeedsProblemLine, checkBestSeedsRequest } from '../../src/runtime/bestSeedsRules';
import { rulesScenario } from '../fixtures/rulesWorld';

const scenario = rulesScenario;

describe('the shared best-seeds rules', () => {
  it('allows k up to the seed users of this network: its 120 ordinary accounts, not its 122 accounts', () => {
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 120, samples: 5 })).toEqual([]);
    const [p] = checkBestSeedsRequest(scenario(), { strategy: 0, k: 121, samples: 5 });
    expect(p).toEqual({ field: 'k', kind: 'range', min: 1, max: 120, got: 121, limitedBy: 'nodes' });
    expect(bestSeedsProblemLine(p)).toMatch(/^--k must be a whole number between 1 and 120 \(the seed users this network has/);
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 0, samples: 5 })[0]).toMatchObject({ field: 'k', max: 120, got: 0 });
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 2.5, samples: 5 })[0]).toMatchObject({ field: 'k' });
  });

  it('limits k by the candidates considered when fewer', () => {
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 3, samples: 5, candidates: 2 })).toEqual([{ field: 'k', kind: 'range', min: 1, max: 2, got: 3, limitedBy: 'candidates' }]);
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 3, samples: 5, candidates: 121 })).toEqual([{ field: 'candidates', kind: 'range', min: 1, max: 120, got: 121 }]);
  });

  it('refuses a network drawn anew every run, a canonical model, a missing strategy and bad samples', () => {
    expect(checkBestSeedsRequest(scenario({}, { resample: true }), { strategy: 0, k: 3, samples: 5 })).toEqual([{ field: 'network.resample', kind: 'resample' }]);
    const ic = scenario({ model: { kind: 'independent-cascade', probability: 0.1 }, strategies: [{ name: 'seeds', seeding: { method: 'random', count: 5 } }] });
    expect(checkBestSeedsRequest(ic, { strategy: 0, k: 3, samples: 5 })).toEqual([{ field: 'model', kind: 'needsDividend', got: 'independent-cascade' }]);
    expect(checkBestSeedsRequest(scenario(), { strategy: 1, k: 3, samples: 5 })).toEqual([{ field: 'strategy', kind: 'noStrategy', count: 1, got: 1 }]);
    expect(checkBestSeedsRequest(scenario(), { strategy: 0, k: 3, samples: 10_001 })).toEqual([{ field: 'samples', kind: 'range', min: 1, max: 10_000, got: 10_001 }]);
  });

  it('the job refuses what the rules refuse, with the same line', () => {
    expect(() => bestSeeds(scenario({}, { resample: true }), { strategy: 0, k: 3, samples: 5 })).toThrow(/network\.resample: best-seeds needs one shared network/);
    expect(() => bestSeeds(scenario(), { strategy: 0, k: 121, samples: 5 })).toThrow(/between 1 and 120/);
  });
});

describe('seed profiles: roles, communities, price of what each is', () => {
  // Communities {0,1,2,3}, {4,5,6}, {7,8,9}; node 10 is a KOL account followed by 0…5.
  const edges = new EdgeBuffer();
  for (const v of [1, 2, 3]) edges.addTie(0, v, TIE_STRONG);
  edges.addTie(0, 4, TIE_WEAK);
  edges.addTie(0, 7, TIE_WEAK);
  for (const [u, v] of [[1, 2], [4, 5], [5, 6], [7, 8], [8, 9]]) edges.addTie(u, v, TIE_STRONG);
  for (let v = 0; v <= 5; v++) edges.addArc(10, v, TIE_FOLLOW);
  const community = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 0]);
  const graph = buildGraph(11, edges, { community, communityCount: 3, kolNodes: Int32Array.from([10]) });
  const prices = { costPerSeed: 20, kolBaseFee: 50, kolFeePerFollower: 2, costPerImpression: 0.01, valuePerConversion: 50 };

  it('a hub has an audience in the top 1 % and above the median (ordinary audiences 1,1,1,2,2,2,2,2,2,5: the hub threshold is 5)', () => {
    expect(hubThreshold(graph)).toBe(5);
  });

  it('names roles and communities; ordinary accounts cost costPerSeed, a KOL account its fee', () => {
    expect(seedProfiles(graph, [0, 4, 10], prices)).toEqual([
      { node: 0, roles: ['hub', 'bridge'], community: 0, audience: 5, communitiesReached: 2, price: 20 },
      { node: 4, roles: ['ordinary'], community: 1, audience: 2, communitiesReached: 1, price: 20 },
      // 50 + 2 × 6 followers: never a KOL at a seed user's 20.
      { node: 10, roles: ['kol'], community: null, audience: 6, communitiesReached: 2, price: 62 },
    ]);
  });

  it('the page and CLI job never proposes an unpaid KOL: greedy seeds are ordinary accounts at costPerSeed', () => {
    const s = scenario();
    const r = bestSeeds(s, { strategy: 0, k: 4, samples: 8 });
    expect(r.seedProfiles.map((p) => p.node)).toEqual(r.greedy.seeds);
    for (const p of r.seedProfiles) {
      expect(p.node).toBeLessThan(120);
      expect(p.roles).not.toContain('kol');
      expect(p.price).toBe(20); // the default costPerSeed
    }
    expect(r.seedCost).toBe(80);
  });
});
