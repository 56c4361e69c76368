/**
 * The engine-independence golden scenario: a small dividend scenario on a communities network
 * with power-law degrees, touching every transcendental function the engine uses — power-law
 * degree sampling (pow), bridge seeding (log1p), lognormal traits and response delays (exp, log
 * in Φ⁻¹'s tails), novelty decay over two waves and the fading dose (pow), a buying curve of
 * steepness 1.5 (pow), the ads' wear-in/wear-out curve (exp), organic demand and paid ads
 * (geometric skips: log, log1p) and the paired comparison's Student-t interval (exp, log, log1p). Its full JSON result is pinned by hash in
 * goldenResult.test.ts (Node) and must come out byte-identical in Chromium
 * (test/e2e/crossEngine.e2e.test.ts).
 */
import { buildResult, resultToJson } from '../../src/runtime/resultFormat';
import { simulateInline } from '../../src/runtime/simulateInline';
import { validateScenario } from '../../src/scenario/validateScenario';

export const GOLDEN_SCENARIO = {
  version: 2,
  name: 'Engine-independence golden',
  seed: 'golden-portable-math',
  runs: 12,
  steps: 40,
  network: {
    kind: 'communities',
    nodes: 1500,
    communities: 12,
    meanDegree: 8,
    mixing: 0.15,
    degreeExponent: 2.4,
    kols: { count: 3, reach: 0.15, homeBias: 0.5 },
  },
  model: {
    kind: 'dividend',
    platform: 'private-circles',
    conversion: { plateau: 0.15, halfDose: 1.5, steepness: 1.5 },
    advocacy: 0.2,
    organicDemand: 0.01,
  },
  strategies: [
    { name: 'bridges', seeding: { method: 'bridges', count: 10 }, content: { quality: 0.2 } },
    {
      name: 'core fans, KOL, ads, reward',
      seeding: { method: 'core-fans', count: 8 },
      content: { quality: 0.2, waves: [0, 10] },
      kols: { hire: 1, fromRank: 1, step: 2 },
      ads: { reach: 0.02, from: 0, to: 12 },
      incentives: { rewardPerShare: 0.5 },
    },
  ],
};

/**
 * SHA-256 of goldenResultText(), recorded with Node 20 (re-recorded for the evidence-grounded
 * dividend model of issue 10, scenario version 2, and again for the KOL base fee of 20). It changes when the model, the network
 * generators, the result format or the portable math change on purpose — then re-derive it (and
 * say why in the commit). It must never change by running in another engine.
 */
export const GOLDEN_RESULT_SHA256 = 'b13f096b7ca65062b57459ad1e65606aee8e671d3661c724ae96c850ed724b73';

/** The scenario's full JSON result as `npm run lab -- run` writes it, with an empty `meta`. */
export function goldenResultText(): string {
  const validated = validateScenario(GOLDEN_SCENARIO);
  if (!validated.ok) throw new Error(validated.errors.join('; '));
  const data = simulateInline(validated.scenario, undefined, { traces: false });
  return resultToJson(buildResult(validated.scenario, data, {}));
}
