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
import { MAX_KOLS, MAX_NAME_LENGTH, MAX_NODES, MAX_RUNS, MAX_SEED_LENGTH, MAX_STEPS, DEFAULT_RUNS, DEFAULT_STEPS, MIN_MEAN_COMMUNITY_SIZE } from '../../scenario/limits';
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
  /** Advanced fields of a section, shown together in a collapsed group (FIELD_GROUPS); none = always shown. */
  group?: FieldGroup;
}

/** Collapsed groups of advanced world fields, in the order the panel shows them. */
export const FIELD_GROUPS = ['buying', 'timing', 'rewards', 'money'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

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
    { path: 'model.thresholdSpread', label: 'Threshold spread', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, fallback: 0, help: 'Thresholds vary uniformly by ± this much between people; 0 = Watts (2002).' },
  ],
  bass: [
    { path: 'model.innovation', label: 'Innovation p', unit: 'per step', control: 'slider', min: 0, max: 1, sliderMax: 0.2, step: 0.001, percent: 1, help: 'Chance per step of adopting from ads and media alone.' },
    { path: 'model.imitation', label: 'Imitation q', unit: 'per step', control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, help: 'Chance per step of adopting when every neighbour has (word of mouth).' },
  ],
  dividend: [
    { path: 'model.platform', label: 'Platform', control: 'select', options: PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] ?? p })), fallback: d.platform, help: 'How much people see and trust each kind of tie, and how fast promotion annoys them.' },
    // Buying: dose–response over distinct sources (the model's "interaction").
    { path: 'model.conversion.plateau', label: 'Buying plateau', control: 'slider', ...mr('conversion.plateau'), sliderMax: 0.5, step: 0.005, percent: 1, fallback: d.conversion.plateau, help: 'The most word of mouth ever sells to one person. Leskovec et al. 2007: purchases level off at a low plateau.' },
    { path: 'model.organicDemand', label: 'Organic demand', control: 'slider', ...mr('organicDemand'), sliderMax: 0.05, step: 0.0005, percent: 2, fallback: d.organicDemand, help: 'Share who buy with no campaign (the baseline). Bass p ≈ 3% a year (Sultan et al. 1990): about 0.1% in two weeks.' },
    { path: 'model.advocacy', label: 'Buyers who recommend', control: 'slider', ...mr('advocacy'), step: 0.01, percent: 0, fallback: d.advocacy, help: 'Chance a buyer the campaign won recommends it to their audience. Referral programmes: only a few in ten buyers ever do.' },
    { group: 'buying', path: 'model.conversion.halfDose', label: 'Dose for half the plateau', unit: 'friend posts', control: 'slider', ...mr('conversion.halfDose'), sliderMin: 0.1, sliderMax: 10, step: 0.1, fallback: d.conversion.halfDose, help: 'Recommendations (1 = one trusted friend’s post) that sell half the plateau. Backstrom et al. 2006: each friend adds less.' },
    { group: 'buying', path: 'model.conversion.steepness', label: 'Steepness', control: 'slider', ...mr('conversion.steepness'), step: 0.1, fallback: d.conversion.steepness, help: '1 = every source adds less (Leskovec et al. 2007); 2 and above = needs several sources, complex contagion (Centola 2010).' },
    { group: 'buying', path: 'model.conversion.repeatWeight', label: 'Repeat from the same source', control: 'slider', ...mr('conversion.repeatWeight'), step: 0.01, percent: 0, fallback: d.conversion.repeatWeight, help: 'A repeat post from someone already heard counts this much of a new source. Centola & Macy 2007: many voices beat one voice repeated.' },
    { group: 'buying', path: 'model.conversion.memoryHalfLife', label: 'Memory half-life', unit: 'hours', control: 'slider', ...mr('conversion.memoryHalfLife'), sliderMax: 2160, step: 1, fallback: d.conversion.memoryHalfLife, help: 'A recommendation’s pull halves every this many hours; 0 = never forgotten. Adstock half-lives: 2–5 weeks (Leone 1995).' },
    // Timing, ads, KOLs and fatigue.
    { group: 'timing', path: 'model.response.medianHours', label: 'Typical response delay', unit: 'hours', control: 'slider', ...mr('response.medianHours'), sliderMax: 72, step: 1, fallback: d.response.medianHours, help: 'Median time from seeing a post to passing it on. Bakshy et al. 2012: about 6 hours on Facebook.' },
    { group: 'timing', path: 'model.response.spread', label: 'Delay spread', control: 'slider', ...mr('response.spread'), step: 0.05, fallback: d.response.spread, help: 'Lognormal σ: most respond within hours, some after days. Iribarren & Moro 2009: response times are heavy-tailed.' },
    { group: 'timing', path: 'model.adResponse.peakFrequency', label: 'Ad works best at', unit: 'impressions', control: 'slider', ...mr('adResponse.peakFrequency'), sliderMax: 15, step: 1, fallback: d.adResponse.peakFrequency, help: 'Ads wear in up to this impression and wear out after. Krugman 1972: three exposures; Schmidt & Eisend 2015: up to ~10.' },
    { group: 'timing', path: 'model.kolEngagementDecay', label: 'KOL engagement decay', control: 'slider', ...mr('kolEngagementDecay'), step: 0.01, fallback: d.kolEngagementDecay, help: 'Followers engage as (audience / 1,000)^−decay. Markerly 2016: likes fall from 8% under 1k followers to 1.7% at 1M+.' },
    { group: 'timing', path: 'model.engagementSpread', label: 'Engagement spread', control: 'slider', ...mr('engagementSpread'), step: 0.05, fallback: d.engagementSpread, help: 'How much people differ in how readily they share (lognormal σ, mean 1); core-fans seeding picks the most engaged.' },
    { group: 'timing', path: 'model.fatigue.spread', label: 'Tolerance spread', control: 'slider', ...mr('fatigue.spread'), step: 0.05, fallback: d.fatigue.spread, help: 'How much tolerance of promotion varies between people (lognormal σ).' },
    // Rewards per share.
    { group: 'rewards', path: 'model.rewards.maxLift', label: 'Largest reward lift', control: 'slider', ...mr('rewards.maxLift'), sliderMax: 3, step: 0.05, percent: 0, fallback: d.rewards.maxLift, help: 'Most a reward can raise the share chance. Ryu & Feick 2007: rewards raise referrals, but size hardly matters.' },
    { group: 'rewards', path: 'model.rewards.halfSize', label: 'Reward for half the lift', control: 'slider', ...mr('rewards.halfSize'), sliderMax: 0.5, step: 0.005, percent: 1, fallback: d.rewards.halfSize, help: 'Reward, as a share of the value per conversion, that buys half the largest lift: small, so returns diminish fast.' },
    { group: 'rewards', path: 'model.rewards.strongTieShare', label: 'Lift among close friends', control: 'slider', ...mr('rewards.strongTieShare'), step: 0.01, percent: 0, fallback: d.rewards.strongTieShare, help: 'Share of the lift on strong ties: friends recommend anyway. Ryu & Feick 2007: rewards work on weak ties.' },
    { group: 'rewards', path: 'model.rewards.receiverDiscount', label: 'Receiver discount', control: 'slider', ...mr('rewards.receiverDiscount'), step: 0.01, percent: 0, fallback: d.rewards.receiverDiscount, help: 'How much less a rewarded recommendation persuades. Verlegh et al. 2013: receivers suspect the motive.' },
    { group: 'rewards', path: 'model.rewards.spam', label: 'Reward spam', control: 'slider', ...mr('rewards.spam'), sliderMax: 3, step: 0.05, fallback: d.rewards.spam, help: 'Extra annoyance per rewarded post at the full lift: rewarded sharing feels like spam (argued, no measurement).' },
    { group: 'money', path: 'model.economics.valuePerConversion', label: 'Value per conversion', unit: 'currency', control: 'number', ...mr('economics.valuePerConversion'), step: 1, fallback: d.economics.valuePerConversion, help: 'Margin earned per order. Revenue and ROI count only the sales the campaign caused, not organic ones.' },
    { group: 'money', path: 'model.economics.costPerSeed', label: 'Cost per seed user', unit: 'currency', control: 'number', ...mr('economics.costPerSeed'), step: 1, fallback: d.economics.costPerSeed, help: 'Paid once per seed user (and second-wave poster).' },
    { group: 'money', path: 'model.economics.kolBaseFee', label: 'KOL base fee', unit: 'currency', control: 'number', ...mr('economics.kolBaseFee'), step: 10, fallback: d.economics.kolBaseFee, help: 'Fixed cost per hired KOL: the gifted product, as for a seed user. Such a fixed cost makes mid-tier KOLs the cost-effective ones (Bakshy et al. 2011).' },
    { group: 'money', path: 'model.economics.kolFeePerFollower', label: 'KOL fee per follower', unit: 'currency', control: 'number', ...mr('economics.kolFeePerFollower'), step: 0.01, fallback: d.economics.kolFeePerFollower, help: 'Added per follower of each hired KOL. Rate cards: about 1 cent per follower per post (Hootsuite).' },
    { group: 'money', path: 'model.economics.costPerImpression', label: 'Cost per ad impression', unit: 'currency', control: 'number', ...mr('economics.costPerImpression'), step: 0.001, fallback: d.economics.costPerImpression, help: 'Price of one ad shown to one person (CPM ÷ 1,000). Social-media CPMs run about 5–12 (WordStream).' },
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
  { path: 'content.quality', label: 'Content quality', control: 'slider', ...sr('content.quality'), step: 0.001, percent: 1, fallback: sd.content.quality, help: 'Appeal: the chance one exposure leads to a share. Goel et al. 2012: ~95% of posts are never re-shared.' },
  { path: 'content.relevance', label: 'Relevance', control: 'slider', ...sr('content.relevance'), step: 0.01, percent: 0, fallback: sd.content.relevance, help: 'Fit to the audience’s interest: multiplies the share chance and the buying dose of each exposure.' },
  { path: 'content.promotional', label: 'Promotional intensity', control: 'slider', ...sr('content.promotional'), step: 0.01, percent: 0, fallback: sd.content.promotional, help: 'How ad-like it feels: annoyance per exposure (too much and people mute).' },
  { path: 'content.halfLife', label: 'Novelty half-life', unit: 'hours', control: 'slider', ...sr('content.halfLife'), sliderMax: 168, step: 1, fallback: sd.content.halfLife, help: 'Share chance halves every this many hours of a wave; 0 = never gets old.' },
  { path: 'content.waves', label: 'Content waves', unit: 'start hours', control: 'text', fallback: sd.content.waves, help: 'Hours at which the seed users post, e.g. “0, 48”. Each is a fresh wave.' },
  { path: 'kols.hire', label: 'KOLs hired', unit: 'accounts', control: 'slider', ...sr('kols.hire'), sliderMax: 20, step: 1, fallback: sd.kols.hire, help: 'How many KOL accounts to hire, from the rank below on; each costs its fee (base + per follower).' },
  { path: 'kols.fromRank', label: 'Hire from rank', control: 'number', ...sr('kols.fromRank'), step: 1, fallback: sd.kols.fromRank, help: '1 = start with the largest KOL. Bakshy et al. 2011: smaller, cheaper accounts often sell more per unit of money.' },
  { path: 'kols.step', label: 'KOLs post at', unit: 'hour', control: 'number', ...sr('kols.step'), step: 1, fallback: sd.kols.step, help: 'When the hired KOLs post.' },
  { path: 'incentives.rewardPerShare', label: 'Reward per share', unit: 'currency', control: 'slider', ...sr('incentives.rewardPerShare'), sliderMax: 10, step: 0.1, fallback: sd.incentives.rewardPerShare, help: 'Paid per organic share: more sharing on weak ties, more cost and annoyance; returns diminish fast (Ryu & Feick 2007).' },
  { path: 'brandReplies', label: 'Brand replies', control: 'slider', ...sr('brandReplies'), step: 0.01, percent: 0, fallback: sd.brandReplies, help: 'Share of sharers the official account replies to; a reply adds a dose from the brand.' },
  { path: 'ads.reach', label: 'Ad reach', unit: 'per hour', control: 'slider', ...sr('ads.reach'), sliderMax: 0.05, step: 0.0005, percent: 2, fallback: sd.ads.reach, help: 'Share of people shown an ad each hour, seen before or not; each impression is paid. Facebook: ~0.9% click, ~9% of clicks buy (WordStream).' },
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
export const NAME_FIELD: FieldSpec = { path: 'name', label: 'Scenario name', control: 'text', max: MAX_NAME_LENGTH, help: 'Shown in exports and file names.' };

/** A table's own entry for a user-given kind ('constructor' or '__proto__' selects nothing). */
function ownEntry(table: Record<string, FieldSpec[]>, kind: string): FieldSpec[] {
  return Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : [];
}

/** The scenario panel's controls for this draft, by section. */
export function scenarioFields(draft: Record<string, unknown>): Record<ScenarioSection, PlacedField[]> {
  const place = (spec: FieldSpec): PlacedField => ({ spec, path: spec.path });
  const networkKind = kindOf(draft.network);
  const modelKind = kindOf(draft.model);
  const network = [place(NETWORK_KIND_FIELD)];
  if (networkKind !== 'edge-list') network.push(place(NODES_FIELD));
  network.push(...ownEntry(NETWORK_FIELDS, networkKind).map(place));
  if (networkKind !== 'fully-mixed') network.push(...KOL_FIELDS.map(place));
  network.push(place(RESAMPLE_FIELD));
  return {
    network,
    model: [place(MODEL_KIND_FIELD), ...ownEntry(MODEL_FIELDS, modelKind).map(place)],
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
  // Hired ranks fromRank … fromRank + hire − 1 must exist: each bound leaves room for the other field.
  const kolField = /^strategies\[(\d+)\]\.kols\.(hire|fromRank)$/.exec(path);
  if (kolField) {
    const strategies = Array.isArray(draft.strategies) ? draft.strategies : [];
    const strategy = strategies[Number(kolField[1])] as Record<string, unknown> | undefined;
    const hired = (typeof strategy?.kols === 'object' && strategy.kols !== null ? strategy.kols : {}) as Record<string, unknown>;
    const hire = typeof hired.hire === 'number' ? hired.hire : DIVIDEND_STRATEGY_DEFAULTS.kols.hire;
    const fromRank = typeof hired.fromRank === 'number' ? hired.fromRank : DIVIDEND_STRATEGY_DEFAULTS.kols.fromRank;
    return kolField[2] === 'hire' ? Math.max(0, kols - fromRank + 1) : Math.max(1, kols - Math.max(hire, 1) + 1);
  }
  return undefined;
}
