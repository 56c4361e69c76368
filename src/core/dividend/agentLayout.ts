/**
 * How the dividend model packs an agent, in one place: the flag and wave bits of `state`, the
 * fields of `agent` (AGENT_STRIDE doubles per agent) and the packing of a queued organic post.
 * The hot kernel and the single-exposure path (Campaign.receive) both read them from here, as do
 * the scratch arrays and the spec's wave limit, which is derived from the bits left for waves.
 *
 * Why packed: an exposure then touches one int and one run of doubles (one or two cache lines)
 * instead of seven arrays (dividendScratch.ts).
 */

// ── state: one Int32 per agent ────────────────────────────────────────────────────────────
/** Reached by the campaign (traits drawn, dose started). */
export const STATE_REACHED = 1;
/** Bought because of the campaign. */
export const STATE_CONVERTED = 2;
/** Muted the campaign (sees nothing more of it). */
export const STATE_MUTED = 4;
/** The flag bits above; the wave bits start right after them. */
export const STATE_FLAGS = STATE_REACHED | STATE_CONVERTED | STATE_MUTED;
/** Bit of wave 0's "decided to share in this wave" flag; wave w uses bit WAVE_SHIFT + w. */
export const WAVE_SHIFT = 3;
/** Waves per run: as many as there are bits left in the 32-bit state word (29). */
export const MAX_WAVES = 32 - WAVE_SHIFT;
/** All wave bits: nonzero once the agent decided to share in any wave. */
export const ANY_WAVE = ~STATE_FLAGS;

/** The state bit of `wave` (0 ≤ wave < MAX_WAVES); the last one is the sign bit. */
export function waveBit(wave: number): number {
  return 1 << (WAVE_SHIFT + wave);
}

// ── agent: AGENT_STRIDE Float64 per agent, written when first reached ─────────────────────
/** The dose at which the agent buys. */
export const AGENT_NEED = 0;
/** Annoyance still tolerated (tolerance − annoyance; mutes below 0). */
export const AGENT_PATIENCE = 1;
/** Relevance of the content to the agent's community. */
export const AGENT_RELEVANCE = 2;
/** Relevance × engagement: the agent's own factor of its share chance. */
export const AGENT_ENGAGED = 3;
/** The dose as of the step in AGENT_DOSE_STEP. */
export const AGENT_DOSE = 4;
export const AGENT_DOSE_STEP = 5;
/** Doubles per agent. */
export const AGENT_STRIDE = 6;

// ── a queued organic post: (node, wave, class of the post that triggered it) in one int ───
/** Bits of the poster class (CLASS_SEED … CLASS_ADS of campaign.ts: 4 classes). */
export const POST_CLASS_BITS = 2;
/** Bits of the wave: enough for MAX_WAVES. */
export const POST_WAVE_BITS = 5;
/** The node sits above wave and class. */
export const POST_NODE_SHIFT = POST_WAVE_BITS + POST_CLASS_BITS;
/** Nodes a packed post can name: the node bits of a non-negative int32 (2^24; the scenario limits stay far below). */
export const MAX_POST_NODES = 2 ** (31 - POST_NODE_SHIFT);

const CLASS_MASK = (1 << POST_CLASS_BITS) - 1;
const WAVE_MASK = (1 << POST_WAVE_BITS) - 1;

/** Pack a post of `node` in `wave` triggered by a post of class `trigger`. */
export function packPost(node: number, wave: number, trigger: number): number {
  return (node << POST_NODE_SHIFT) | (wave << POST_CLASS_BITS) | trigger;
}

export function postNode(entry: number): number {
  return entry >>> POST_NODE_SHIFT;
}

export function postWave(entry: number): number {
  return (entry >>> POST_CLASS_BITS) & WAVE_MASK;
}

export function postClass(entry: number): number {
  return entry & CLASS_MASK;
}
