/**
 * Every control of the page, described once: the scenario path it edits, its label, unit, one
 * line of explanation, and its range. Ranges come from the validator's limits and the model
 * specs (DIVIDEND_*_RANGES for the dividend levers), so a control never offers a value the
 * validator would refuse; `sliderMin`/`sliderMax` only narrow the slider to the useful part of
 * a wide range (the number box still takes the full range).
 */
import {
  DIVIDEND_MODEL_DEFAULTS,
  DIVIDEND_MODEL_RANGES,
  DIVIDEND_STRATEGY_DEFAULTS,
  DIVIDEND_STRATEGY_RANGES,
  PLATFORMS,
  type FieldRange,
} from '../../core/dividend/dividendSpec';
import { MAX_KOLS, MAX_NODES, MAX_RUNS, MAX_SEED_LENGTH, MAX_STEPS, DEFAULT_RUNS, DEFAULT_STEPS, MIN_MEAN_COMMUNITY_SIZE } from '../../scenario/limits';
import { MAX_EXPONENT } from '../../scenario/networkSchema';

export interface SelectOption {
  value: string;
  label: string;
}

/** One control. `path` is dotted, relative to the scenario (or to the strategy for strategy fields). */
export interface FieldSpec {
  path: string;
  /** Key of the control's translations when two controls share a path (default: the path). */
  textId?: string;
  label: string;
  help: string;
  unit?: string;
  control: 'slider' | 'number' | 'select' | 'text' | 'toggle';
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  /** Slider bounds when narrower than the valid range. */
  sliderMin?: number;
  sliderMax?: number;
  /** Slider moves on a log scale (sizes spanning orders of magnitude). */
  log?: boolean;
  options?: readonly SelectOption[];
  /** Shown when the scenario leaves the field out (the validator fills the same default). */
  fallback?: unknown;
  /** Show as a percentage (value × 100) with this many decimals. */
  percent?: number;
}

const fromRange = (range: FieldRange | undefined): Pick<FieldSpec, 'min' | 'max' | 'integer'> =>
  range ? { min: range.min, max: range.max, integer: range.integer } : {};

// ── Run ─────────────────────────────────────────────────────────────────────────────────────

export const RUN_FIELDS: FieldSpec[] = [
  { path: 'steps', label: 'Steps', unit: 'hours', control: 'slider', min: 1, max: MAX_STEPS, sliderMin: 10, sliderMax: 500, step: 1, integer: true, fallback: DEFAULT_STEPS, help: 'How long each simulated campaign runs; one step is one hour.' },
  { path: 'runs', label: 'Runs', unit: 'per strategy', control: 'slider', min: 1, max: MAX_RUNS, sliderMin: 10, sliderMax: 1000, step: 1, integer: true, log: true, fallback: DEFAULT_RUNS, help: 'Monte Carlo repetitions: more runs give narrower bands and take longer.' },
  { path: 'seed', label: 'Random seed', control: 'text', max: MAX_SEED_LENGTH, help: 'Any text. The same random seed gives exactly the same numbers, here and in the CLI (not the seeding strategy).' },
];

// ── Network ─────────────────────────────────────────────────────────────────────────────────

export const NETWORK_KIND_OPTIONS: readonly SelectOption[] = [
  { value: 'communities', label: 'Communities (clusters + weak ties)' },
  { value: 'barabasi-albert', label: 'Scale-free (Barabási–Albert)' },
  { value: 'erdos-renyi', label: 'Random (Erdős–Rényi)' },
  { value: 'watts-strogatz', label: 'Small world (Watts–Strogatz)' },
  { value: 'configuration', label: 'Power-law degrees (configuration)' },
  { value: 'fully-mixed', label: 'Fully mixed (everyone sees everyone)' },
];

/** Fields a fresh network of each kind gets (nodes and KOLs are carried over when switching). */
export const NETWORK_TEMPLATES: Record<string, Record<string, unknown>> = {
  communities: { kind: 'communities', communities: 50, meanDegree: 8, mixing: 0.2 },
  'barabasi-albert': { kind: 'barabasi-albert', edgesPerNode: 3 },
  'erdos-renyi': { kind: 'erdos-renyi', meanDegree: 6 },
  'watts-strogatz': { kind: 'watts-strogatz', meanDegree: 6, rewire: 0.1 },
  configuration: { kind: 'configuration', degreeExponent: 2.5, minDegree: 2, maxDegree: 500 },
  'fully-mixed': { kind: 'fully-mixed' },
};

const NODES_FIELD: FieldSpec = { path: 'network.nodes', label: 'People', unit: 'agents', control: 'slider', min: 1, max: MAX_NODES, sliderMin: 100, sliderMax: 200_000, log: true, step: 1, integer: true, help: 'Ordinary accounts in the simulated population (KOL accounts come on top).' };
const MEAN_DEGREE: FieldSpec = { path: 'network.meanDegree', label: 'Mean ties', unit: 'per person', control: 'slider', min: 0, max: MAX_NODES, sliderMax: 50, step: 0.5, help: 'Average number of friends each person has.' };

/** Fields of each network kind, after `network.kind` and `network.nodes`. */
export const NETWORK_FIELDS: Record<string, FieldSpec[]> = {
  communities: [
    { path: 'network.communities', label: 'Communities', unit: 'groups', control: 'slider', min: 1, max: MAX_NODES, sliderMin: 1, sliderMax: 500, step: 1, integer: true, help: 'Number of clusters (interest groups, cities, schools); their sizes are uneven.' },
    MEAN_DEGREE,
    { path: 'network.mixing', label: 'Weak ties', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, help: 'Share of each person’s ties that bridge to other communities (μ).' },
  ],
  'barabasi-albert': [
    { path: 'network.edgesPerNode', label: 'Ties per newcomer', unit: 'ties', control: 'slider', min: 1, max: MAX_NODES, sliderMax: 25, step: 1, integer: true, help: 'Each new account links to this many others, preferring popular ones: mean degree ≈ 2 × this.' },
  ],
  'erdos-renyi': [MEAN_DEGREE],
  'watts-strogatz': [
    { ...MEAN_DEGREE, textId: 'network.meanDegree@watts-strogatz', control: 'slider', min: 2, sliderMin: 2, sliderMax: 50, step: 2, integer: true, help: 'Ties of each person on the ring lattice (even).' },
    { path: 'network.rewire', label: 'Rewiring', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, help: 'Chance that a lattice tie is rewired to a random person (β): a few make it a small world.' },
  ],
  configuration: [
    { path: 'network.degreeExponent', label: 'Tail exponent γ', control: 'slider', min: 1, max: MAX_EXPONENT, sliderMin: 1.5, sliderMax: 4, step: 0.05, help: 'P(k) ∝ k^−γ: smaller γ means more hubs with huge audiences.' },
    { path: 'network.minDegree', label: 'Fewest ties', unit: 'ties', control: 'slider', min: 1, max: MAX_NODES, sliderMax: 20, step: 1, integer: true, help: 'Everyone has at least this many ties.' },
    { path: 'network.maxDegree', label: 'Most ties', unit: 'ties', control: 'slider', min: 1, max: MAX_NODES, sliderMin: 10, sliderMax: 10_000, log: true, step: 1, integer: true, help: 'The largest possible audience of one ordinary account.' },
  ],
  'fully-mixed': [],
  'edge-list': [],
};

export const NODES = NODES_FIELD;

/** KOL accounts (any kind but fully mixed). */
export const KOL_FIELDS: FieldSpec[] = [
  { path: 'network.kols.count', label: 'KOL accounts', unit: 'accounts', control: 'slider', min: 0, max: MAX_KOLS, sliderMax: 50, step: 1, integer: true, fallback: 0, help: 'Large accounts (key opinion leaders) added on top; their audiences follow a Zipf law.' },
  { path: 'network.kols.reach', label: 'Largest KOL reach', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, fallback: 0.2, help: 'Share of everyone who follows the biggest KOL; the r-th biggest has about reach / r.' },
];

export const RESAMPLE_FIELD: FieldSpec = { path: 'network.resample', label: 'New network every run', control: 'toggle', fallback: false, help: 'Off: every strategy and run share one world. On: each run index draws its own network.' };

// ── Models ──────────────────────────────────────────────────────────────────────────────────

export const MODEL_KIND_LABELS: Record<string, string> = {
  dividend: 'Dividend (content × network × interaction)',
  'independent-cascade': 'Independent cascade',
  'linear-threshold': 'Linear threshold (Watts)',
  bass: 'Bass diffusion',
};

/** Fields a fresh model of each kind gets. */
export const MODEL_TEMPLATES: Record<string, Record<string, unknown>> = {
  'independent-cascade': { kind: 'independent-cascade', probability: 0.1 },
  'linear-threshold': { kind: 'linear-threshold', threshold: 0.18, thresholdSpread: 0 },
  bass: { kind: 'bass', innovation: 0.03, imitation: 0.38 },
  dividend: { kind: 'dividend', platform: DIVIDEND_MODEL_DEFAULTS.platform },
};

const d = DIVIDEND_MODEL_DEFAULTS;
const mr = (path: string) => fromRange(DIVIDEND_MODEL_RANGES[path]);

export const PLATFORM_LABELS: Record<string, string> = {
  neutral: 'Neutral (textbook: everything seen and trusted)',
  'broadcast-feed': 'Broadcast feed (Weibo/X-like)',
  'private-circles': 'Private circles (WeChat Moments-like)',
  'group-chats': 'Group chats',
};

export const MODEL_FIELDS: Record<string, FieldSpec[]> = {
  'independent-cascade': [
    { path: 'model.probability', label: 'Pass-on chance', control: 'slider', min: 0, max: 1, step: 0.005, percent: 1, help: 'Chance that a newly convinced person convinces each friend (once).' },
  ],
  'linear-threshold': [
    { path: 'model.threshold', label: 'Threshold φ', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, help: 'Share of a person’s friends who must have adopted before they do.' },
    { path: 'model.thresholdSpread', label: 'Threshold spread', control: 'slider', min: 0, max: 1, step: 0.01, fallback: 0, help: 'Thresholds vary uniformly by ± this much between people; 0 = Watts (2002).' },
  ],
  bass: [
    { path: 'model.innovation', label: 'Innovation p', unit: 'per step', control: 'slider', min: 0, max: 1, sliderMax: 0.2, step: 0.001, help: 'Chance per step of adopting from ads and media alone.' },
    { path: 'model.imitation', label: 'Imitation q', unit: 'per step', control: 'slider', min: 0, max: 1, step: 0.01, help: 'Chance per step of adopting when every neighbour has (word of mouth).' },
  ],
  dividend: [
    { path: 'model.platform', label: 'Platform', control: 'select', options: PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] ?? p })), fallback: d.platform, help: 'How much people see and trust each kind of tie, and how fast promotion annoys them.' },
    { path: 'model.conversion.threshold', label: 'Trust to buy', unit: 'trust', control: 'slider', ...mr('conversion.threshold'), sliderMax: 10, step: 0.1, fallback: d.conversion.threshold, help: 'Median accumulated trust a person needs to buy: one stranger rarely sells, three friends usually do.' },
    { path: 'model.conversion.spread', label: 'Trust spread', control: 'slider', ...mr('conversion.spread'), step: 0.05, fallback: d.conversion.spread, help: 'How much that threshold varies between people (lognormal σ).' },
    { path: 'model.socialProof', label: 'Social proof', control: 'slider', ...mr('socialProof'), sliderMax: 2, step: 0.05, fallback: d.socialProof, help: 'Each further exposure counts this much more: several sharers convince more than one.' },
    { path: 'model.rewardLift', label: 'Reward lift', unit: 'per unit', control: 'slider', ...mr('rewardLift'), sliderMax: 2, step: 0.05, fallback: d.rewardLift, help: 'Share chance × (1 + lift × reward per share).' },
    { path: 'model.rewardAnnoyance', label: 'Reward annoyance', unit: 'per unit', control: 'slider', ...mr('rewardAnnoyance'), sliderMax: 2, step: 0.05, fallback: d.rewardAnnoyance, help: 'Rewarded sharing feels like spam: annoyance × (1 + this × reward).' },
    { path: 'model.fatigue.spread', label: 'Tolerance spread', control: 'slider', ...mr('fatigue.spread'), step: 0.05, fallback: d.fatigue.spread, help: 'How much tolerance of promotion varies between people (lognormal σ).' },
    { path: 'model.economics.valuePerConversion', label: 'Value per conversion', unit: 'currency', control: 'number', ...mr('economics.valuePerConversion'), step: 1, fallback: d.economics.valuePerConversion, help: 'Margin earned per order.' },
    { path: 'model.economics.costPerSeed', label: 'Cost per seed user', unit: 'currency', control: 'number', ...mr('economics.costPerSeed'), step: 1, fallback: d.economics.costPerSeed, help: 'Paid once per seed user (and second-wave poster).' },
    { path: 'model.economics.kolBaseFee', label: 'KOL base fee', unit: 'currency', control: 'number', ...mr('economics.kolBaseFee'), step: 10, fallback: d.economics.kolBaseFee, help: 'Fixed fee per hired KOL.' },
    { path: 'model.economics.kolFeePerFollower', label: 'KOL fee per follower', unit: 'currency', control: 'number', ...mr('economics.kolFeePerFollower'), step: 0.01, fallback: d.economics.kolFeePerFollower, help: 'Added per follower of each hired KOL.' },
    { path: 'model.economics.costPerImpression', label: 'Cost per ad impression', unit: 'currency', control: 'number', ...mr('economics.costPerImpression'), step: 0.001, fallback: d.economics.costPerImpression, help: 'Price of one person reached by an ad.' },
  ],
};

// ── Strategies ──────────────────────────────────────────────────────────────────────────────

export const SEEDING_LABELS: Record<string, string> = {
  random: 'Random people',
  degree: 'Most followed',
  bridges: 'Bridges (between groups)',
  kcore: 'Network core (k-core)',
  'core-fans': 'Core fans (most engaged)',
  manual: 'Chosen nodes (from file)',
};

/** Seeding fields of every strategy. */
export const SEEDING_FIELDS: FieldSpec[] = [
  { path: 'seeding.method', label: 'Seeding strategy', control: 'select', help: 'Who gets the content first (not the random seed).' },
  { path: 'seeding.count', label: 'Seed users', unit: 'people', control: 'slider', min: 0, max: MAX_NODES, sliderMax: 200, step: 1, integer: true, fallback: 0, help: 'How many people the brand recruits to post first.' },
];

const sd = DIVIDEND_STRATEGY_DEFAULTS;
const sr = (path: string) => fromRange(DIVIDEND_STRATEGY_RANGES[path]);

/** The dividend model's strategy levers (shown when the model is "dividend"). */
export const LEVER_FIELDS: FieldSpec[] = [
  { path: 'content.quality', label: 'Content quality', control: 'slider', ...sr('content.quality'), step: 0.01, percent: 0, fallback: sd.content.quality, help: 'Appeal: the base chance that one exposure leads to a share.' },
  { path: 'content.relevance', label: 'Relevance', control: 'slider', ...sr('content.relevance'), step: 0.01, percent: 0, fallback: sd.content.relevance, help: 'Fit to the audience’s interest: multiplies share chance and trust gained.' },
  { path: 'content.promotional', label: 'Promotional intensity', control: 'slider', ...sr('content.promotional'), step: 0.01, percent: 0, fallback: sd.content.promotional, help: 'How ad-like it feels: annoyance per exposure (too much and people mute).' },
  { path: 'content.halfLife', label: 'Novelty half-life', unit: 'hours', control: 'slider', ...sr('content.halfLife'), sliderMax: 168, step: 1, fallback: sd.content.halfLife, help: 'Share chance halves every this many hours of a wave; 0 = never gets old.' },
  { path: 'content.waves', label: 'Content waves', unit: 'start hours', control: 'text', fallback: sd.content.waves, help: 'Hours at which the seed users post, e.g. “0, 48”. Each is a fresh wave.' },
  { path: 'kols.hire', label: 'KOLs hired', unit: 'accounts', control: 'slider', ...sr('kols.hire'), sliderMax: 20, step: 1, fallback: sd.kols.hire, help: 'Hire the largest KOL accounts of the network to post (costs their fees).' },
  { path: 'kols.step', label: 'KOLs post at', unit: 'hour', control: 'number', ...sr('kols.step'), step: 1, fallback: sd.kols.step, help: 'When the hired KOLs post.' },
  { path: 'incentives.rewardPerShare', label: 'Reward per share', unit: 'currency', control: 'slider', ...sr('incentives.rewardPerShare'), sliderMax: 10, step: 0.1, fallback: sd.incentives.rewardPerShare, help: 'Paid per organic share: more sharing, more cost, more annoyance.' },
  { path: 'brandReplies', label: 'Brand replies', control: 'slider', ...sr('brandReplies'), step: 0.01, percent: 0, fallback: sd.brandReplies, help: 'Share of sharers the official account replies to; a reply adds trust.' },
  { path: 'ads.reach', label: 'Ad reach', unit: 'per hour', control: 'slider', ...sr('ads.reach'), sliderMax: 0.05, step: 0.0005, percent: 2, fallback: sd.ads.reach, help: 'Ad spend: chance per hour that an unreached person sees an ad (costs per impression).' },
  { path: 'ads.from', label: 'Ads from', unit: 'hour', control: 'number', ...sr('ads.from'), step: 1, fallback: sd.ads.from, help: 'First hour of the ad campaign.' },
];

// ── Which controls a draft shows ────────────────────────────────────────────────────────────

/** A control placed at an absolute path. */
export interface PlacedField {
  spec: FieldSpec;
  path: string;
}

export type ScenarioSection = 'network' | 'model' | 'run';

function kindOf(section: unknown): string {
  return typeof section === 'object' && section !== null && typeof (section as { kind?: unknown }).kind === 'string'
    ? (section as { kind: string }).kind
    : '';
}

export const NETWORK_KIND_FIELD: FieldSpec = { path: 'network.kind', label: 'Network', control: 'select', options: NETWORK_KIND_OPTIONS, help: 'The shape of the social graph the content spreads through.' };
export const MODEL_KIND_FIELD: FieldSpec = { path: 'model.kind', label: 'Model', control: 'select', help: 'How people decide to share and to buy.' };
export const NAME_FIELD: FieldSpec = { path: 'name', label: 'Scenario name', control: 'text', max: 100, help: 'Shown in exports and file names.' };

/** The scenario panel's controls for this draft, by section. */
export function scenarioFields(draft: Record<string, unknown>): Record<ScenarioSection, PlacedField[]> {
  const place = (spec: FieldSpec): PlacedField => ({ spec, path: spec.path });
  const networkKind = kindOf(draft.network);
  const modelKind = kindOf(draft.model);
  const network = [place(NETWORK_KIND_FIELD)];
  if (networkKind !== 'edge-list') network.push(place(NODES_FIELD));
  network.push(...(NETWORK_FIELDS[networkKind] ?? []).map(place));
  if (networkKind !== 'fully-mixed') network.push(...KOL_FIELDS.map(place));
  network.push(place(RESAMPLE_FIELD));
  return {
    network,
    model: [place(MODEL_KIND_FIELD), ...(MODEL_FIELDS[modelKind] ?? []).map(place)],
    run: [place(NAME_FIELD), ...RUN_FIELDS.map(place)],
  };
}

/** A strategy card's controls (levers only with the dividend model). */
export function strategyFields(draft: Record<string, unknown>, index: number): PlacedField[] {
  const prefix = `strategies[${index}].`;
  const specs = [...SEEDING_FIELDS, ...(kindOf(draft.model) === 'dividend' ? LEVER_FIELDS : [])];
  return specs.map((spec) => ({ spec, path: prefix + spec.path }));
}

/**
 * Upper bounds that depend on other fields of the draft (the validator's cross-field checks), so
 * a slider never offers a value the scenario cannot have; undefined = the spec's own bound.
 */
export function dependentMax(draft: Record<string, unknown>, path: string): number | undefined {
  const network = (typeof draft.network === 'object' && draft.network !== null ? draft.network : {}) as Record<string, unknown>;
  const nodes = typeof network.nodes === 'number' && network.nodes > 0 ? network.nodes : undefined;
  const kols = typeof network.kols === 'object' && network.kols !== null ? Number((network.kols as Record<string, unknown>).count) || 0 : 0;
  if (nodes === undefined) return undefined;
  switch (path) {
    case 'network.communities':
      return Math.max(1, Math.floor(nodes / MIN_MEAN_COMMUNITY_SIZE));
    case 'network.meanDegree':
    case 'network.edgesPerNode':
    case 'network.maxDegree':
      return Math.max(1, nodes - 1);
  }
  if (/^strategies\[\d+\]\.seeding\.count$/.test(path)) return nodes + kols;
  if (/^strategies\[\d+\]\.kols\.hire$/.test(path)) return kols;
  return undefined;
}
