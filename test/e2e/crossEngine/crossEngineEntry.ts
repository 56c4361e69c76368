/**
 * Browser entry of the cross-engine test: bundled (IIFE) and injected into a blank Chromium
 * page, it exposes the very code Node runs in the test — the portable functions over the
 * seeded cases and the golden scenario's full simulation — as `globalThis.crossEngine`.
 */
import { exp, log, log1p, pow } from '../../../src/core/portableMath';
import { bitsHash, evaluateCases, portableMathCases } from '../../core/portableMathCases';
import { goldenResultText } from '../../runtime/goldenScenario';
import { uncertainGoldenText } from '../../uncertainty/uncertainGolden';

const native = { exp: Math.exp, log: Math.log, log1p: Math.log1p, pow: Math.pow };

export const crossEngine = {
  /** bitsHash of the portable results per case set. */
  portableHashes(perSet: number): string[] {
    return evaluateCases(portableMathCases(perSet), { exp, log, log1p, pow }).map(bitsHash);
  },
  /** The portable results themselves (to name the arguments that differ). */
  portableValues(perSet: number): number[][] {
    return evaluateCases(portableMathCases(perSet), { exp, log, log1p, pow }).map((v) => Array.from(v));
  },
  /** This engine's Math.* on the same cases. */
  nativeValues(perSet: number): number[][] {
    return evaluateCases(portableMathCases(perSet), native).map((v) => Array.from(v));
  },
  goldenResultText,
  uncertainGoldenText,
};

(globalThis as unknown as { crossEngine: typeof crossEngine }).crossEngine = crossEngine;
