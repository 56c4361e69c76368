/**
 * The dividend agent layout (src/core/dividend/agentLayout.ts): the wave limit follows from the
 * bits, flags and waves never overlap, every wave and class fits a packed post, and a post packs
 * and unpacks exactly at the limits.
 */
import { describe, expect, it } from 'vitest';
import {
  AGENT_DOSE,
  AGENT_DOSE_STEP,
  AGENT_ENGAGED,
  AGENT_NEED,
  AGENT_PATIENCE,
  AGENT_RELEVANCE,
  AGENT_STRIDE,
  ANY_WAVE,
  MAX_POST_NODES,
  MAX_WAVES,
  packPost,
  POST_CLASS_BITS,
  POST_WAVE_BITS,
  postClass,
  postNode,
  postWave,
  STATE_CONVERTED,
  STATE_FLAGS,
  STATE_MUTED,
  STATE_REACHED,
  waveBit,
} from '../../../src/core/dividend/agentLayout';
import { CLASS_ADS, CLASS_KOL, CLASS_ORGANIC, CLASS_SEED } from '../../../src/core/dividend/campaign';
import { MAX_SEED_WAVES, MAX_WAVES as SPEC_MAX_WAVES } from '../../../src/core/dividend/dividendSpec';

describe('state bits', () => {
  it('three distinct flags, then one bit per wave up to the 32nd bit: 29 waves', () => {
    expect([STATE_REACHED, STATE_CONVERTED, STATE_MUTED]).toEqual([1, 2, 4]);
    expect(STATE_FLAGS).toBe(7);
    expect(MAX_WAVES).toBe(29);
    expect(SPEC_MAX_WAVES).toBe(MAX_WAVES);
    // KOL, second-wave and ads waves take 3 of them.
    expect(MAX_SEED_WAVES).toBe(26);
  });
  it('wave bits are distinct, outside the flags, and together are ANY_WAVE', () => {
    let all = 0;
    for (let w = 0; w < MAX_WAVES; w++) {
      const bit = waveBit(w);
      expect(bit & STATE_FLAGS).toBe(0);
      expect(all & bit).toBe(0);
      all |= bit;
    }
    expect(all).toBe(ANY_WAVE);
    expect(all | STATE_FLAGS).toBe(-1); // every bit of the int32 is used
    expect(waveBit(MAX_WAVES - 1)).toBe(-(2 ** 31)); // the last wave is the sign bit
  });
  it('a state word with every wave set still stores exactly in an Int32Array', () => {
    const state = new Int32Array(1);
    state[0] = STATE_FLAGS | ANY_WAVE;
    expect(state[0] & waveBit(MAX_WAVES - 1)).not.toBe(0);
    expect(state[0] & STATE_MUTED).toBe(STATE_MUTED);
  });
});

describe('agent fields', () => {
  it('are the distinct indices 0 … stride − 1', () => {
    const fields = [AGENT_NEED, AGENT_PATIENCE, AGENT_RELEVANCE, AGENT_ENGAGED, AGENT_DOSE, AGENT_DOSE_STEP];
    expect([...fields].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(AGENT_STRIDE).toBe(fields.length);
  });
});

describe('packed posts', () => {
  it('hold every wave and every poster class', () => {
    expect(MAX_WAVES).toBeLessThanOrEqual(2 ** POST_WAVE_BITS);
    expect(Math.max(CLASS_SEED, CLASS_KOL, CLASS_ORGANIC, CLASS_ADS)).toBe(2 ** POST_CLASS_BITS - 1);
    expect(MAX_POST_NODES).toBe(2 ** 24);
  });
  it('unpack to what was packed, at the limits and in between', () => {
    for (const node of [0, 1, 12_345, MAX_POST_NODES - 1])
      for (const wave of [0, 1, MAX_WAVES - 1])
        for (const cls of [CLASS_SEED, CLASS_ADS]) {
          const entry = packPost(node, wave, cls);
          expect(entry).toBeGreaterThanOrEqual(0);
          expect([postNode(entry), postWave(entry), postClass(entry)]).toEqual([node, wave, cls]);
        }
  });
  it('packs as node · 128 + wave · 4 + class', () => {
    expect(packPost(3, 2, 1)).toBe(3 * 128 + 2 * 4 + 1);
  });
});
