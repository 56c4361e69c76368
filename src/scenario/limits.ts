/**
 * Size limits of a scenario, chosen so that any valid scenario fits in one browser tab
 * (a few hundred MB at most) and finishes in minutes, not days. The validator enforces
 * them; the core trusts them (a huge allocation does not fail fast, so it must never be asked for).
 */

/**
 * Scenario file format version this build writes. Version 2 came with the evidence-based dividend
 * model; version 1 files are still read (canonical models mean the same; a dividend file gets a
 * notice that its numbers will differ, and fields the new model replaced are refused by name).
 */
export const SCENARIO_VERSION = 2;
/** Older versions this build still reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** Ordinary agents per network (KOL accounts come on top). A 2M-node CSR graph of mean degree 20 is ~400 MB. */
export const MAX_NODES = 2_000_000;
/** Estimated arcs (directed audience links) of one network: 4 bytes target + 1 byte tie kind each. */
export const MAX_ARCS = 40_000_000;
/** KOL accounts added on top of a network. */
export const MAX_KOLS = 10_000;
/** Monte Carlo runs per strategy. */
export const MAX_RUNS = 10_000;
/** Simulated steps per run. */
export const MAX_STEPS = 10_000;
/** Strategies compared side by side. */
export const MIN_STRATEGIES = 1;
export const MAX_STRATEGIES = 8;
/** runs × steps × strategies: every run keeps its per-step timeline (4 metrics × 4 bytes each). */
export const MAX_TIMELINE_CELLS = 20_000_000;
/** Characters of the random seed string. */
export const MAX_SEED_LENGTH = 200;
/** Characters of the scenario name and of each strategy name. */
export const MAX_NAME_LENGTH = 100;
/** Characters of the scenario description. */
export const MAX_DESCRIPTION_LENGTH = 5_000;
/** Characters of an inline edge list (about 10M lines of "12345,67890"). */
export const MAX_EDGE_LIST_LENGTH = 150_000_000;
/** Communities must hold this many agents on average, or "communities" stop meaning anything. */
export const MIN_MEAN_COMMUNITY_SIZE = 5;

/** Defaults filled in when a field is missing. */
export const DEFAULT_SEED = 'dividend-lab';
export const DEFAULT_RUNS = 100;
export const DEFAULT_STEPS = 100;
/** Default power-law exponent of community sizes (see CommunitiesSpec.sizeExponent). */
export const DEFAULT_COMMUNITY_SIZE_EXPONENT = 2.5;
/** Default share of a KOL's followers drawn from its home community. */
export const DEFAULT_KOL_HOME_BIAS = 0.5;

// ── Limits of the raw input, checked by the bounded parser (boundedJson.ts) before anything else ──

/** Deepest nesting of objects and lists; a real scenario is at most 6 deep. Keeps every later walk shallow. */
export const MAX_JSON_DEPTH = 32;
/** Fields of one object (a scenario has at most ~20 per object); `byCommunity` may have one per community. */
export const MAX_OBJECT_FIELDS = 1_000;
/** Entries of relevance lists and `byCommunity`: more than any network can have communities. */
export const MAX_RELEVANCE_ENTRIES = Math.floor(MAX_NODES / MIN_MEAN_COMMUNITY_SIZE);
/** Entries of any list: the longest a scenario needs is a manual seed list naming every account. */
export const MAX_LIST_ENTRIES = MAX_NODES + MAX_KOLS;
/** Characters of a scenario read from a link (after decompression) or kept in localStorage. */
export const MAX_LINK_SCENARIO_LENGTH = 20_000_000;
/** Characters of an uploaded scenario file (an inline edge list makes files large). */
export const MAX_UPLOAD_SCENARIO_LENGTH = 200_000_000;
