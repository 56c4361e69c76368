/**
 * Every control of the page, described once: the scenario path it edits, its label, unit, one
 * line of explanation (words from the catalogue, src/ui/i18n/messages/fields.en.ts), and its
 * range. Ranges come from the validator's limits and the model specs (DIVIDEND_*_RANGES for the dividend levers), so a control never offers a value the
 * validator would refuse; `sliderMin`/`sliderMax` only narrow the slider to the useful part of
 * a wide range (the number box still takes the full range).
 */
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, PLATFORMS } from '../../core/dividend/dividendSpec';
import { DIVIDEND_MODEL_RANGES, DIVIDEND_STRATEGY_RANGES, type FieldRange } from '../../core/dividend/dividendRanges';
import { MAX_KOLS, MAX_NAME_LENGTH, MAX_NODES, MAX_RUNS, MAX_SEED_LENGTH, MAX_STEPS, DEFAULT_RUNS, DEFAULT_STEPS, MIN_MEAN_COMMUNITY_SIZE } from '../../scenario/limits';
import { MAX_EXPONENT } from '../../scenario/networkSchema';
import { EN, type MessageKey } from '../i18n/messages.en';

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

/** A control's text id: the key of its words in the catalogue (src/ui/i18n/messages/fields.en.ts). */
type ControlTextId = { [K in MessageKey]: K extends `control.${infer Id}.label` ? Id : never }[MessageKey];

/** A control's English label, explanation and unit (when it has one): the catalogue's words. */
function words(id: ControlTextId): Pick<FieldSpec, 'label' | 'help' | 'unit'> {
  const unit = `control.${id}.unit`;
  return { label: EN[`control.${id}.label`], help: EN[`control.${id}.help`], ...(Object.hasOwn(EN, unit) ? { unit: EN[unit as MessageKey] } : {}) };
}

/** A select control's English option labels by value, in the catalogue's order. */
function optionLabels(control: string): Record<string, string> {
  const prefix = `option.${control}.`;
  return Object.fromEntries(Object.entries(EN).flatMap(([key, label]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), label]] : [])));
}

const fromRange = (range: FieldRange | undefined): Pick<FieldSpec, 'min' | 'max' | 'integer'> =>
  range ? { min: range.min, max: range.max, integer: range.integer } : {};

// ── Run ─────────────────────────────────────────────────────────────────────────────────────

export const RUN_FIELDS: FieldSpec[] = [
  { path: 'steps', ...words('steps'), control: 'slider', min: 1, max: MAX_STEPS, sliderMin: 10, sliderMax: 500, step: 1, integer: true, fallback: DEFAULT_STEPS },
  { path: 'runs', ...words('runs'), control: 'slider', min: 1, max: MAX_RUNS, sliderMin: 10, sliderMax: 1000, step: 1, integer: true, log: true, fallback: DEFAULT_RUNS },
  { path: 'seed', ...words('seed'), control: 'text', max: MAX_SEED_LENGTH },
];

// ── Network ─────────────────────────────────────────────────────────────────────────────────

export const NETWORK_KIND_OPTIONS: readonly SelectOption[] = Object.entries(optionLabels('network.kind')).map(([value, label]) => ({ value, label }));

/** Fields a fresh network of each kind gets (nodes and KOLs are carried over when switching). */
export const NETWORK_TEMPLATES: Record<string, Record<string, unknown>> = {
  communities: { kind: 'communities', communities: 50, meanDegree: 8, mixing: 0.2 },
  'barabasi-albert': { kind: 'barabasi-albert', edgesPerNode: 3 },
  'erdos-renyi': { kind: 'erdos-renyi', meanDegree: 6 },
  'watts-strogatz': { kind: 'watts-strogatz', meanDegree: 6, rewire: 0.1 },
  configuration: { kind: 'configuration', degreeExponent: 2.5, minDegree: 2, maxDegree: 500 },
  'fully-mixed': { kind: 'fully-mixed' },
};

const NODES_FIELD: FieldSpec = { path: 'network.nodes', ...words('network.nodes'), control: 'slider', min: 1, max: MAX_NODES, sliderMin: 100, sliderMax: 200_000, log: true, step: 1, integer: true };
const MEAN_DEGREE: FieldSpec = { path: 'network.meanDegree', ...words('network.meanDegree'), control: 'slider', min: 0, max: MAX_NODES, sliderMax: 50, step: 0.5 };

/** Fields of each network kind, after `network.kind` and `network.nodes`. */
export const NETWORK_FIELDS: Record<string, FieldSpec[]> = {
  communities: [
    { path: 'network.communities', ...words('network.communities'), control: 'slider', min: 1, max: MAX_NODES, sliderMin: 1, sliderMax: 500, step: 1, integer: true },
    MEAN_DEGREE,
    { path: 'network.mixing', ...words('network.mixing'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0 },
  ],
  'barabasi-albert': [
    { path: 'network.edgesPerNode', ...words('network.edgesPerNode'), control: 'slider', min: 1, max: MAX_NODES, sliderMax: 25, step: 1, integer: true },
  ],
  'erdos-renyi': [MEAN_DEGREE],
  'watts-strogatz': [
    { ...MEAN_DEGREE, textId: 'network.meanDegree@watts-strogatz', ...words('network.meanDegree@watts-strogatz'), control: 'slider', min: 2, sliderMin: 2, sliderMax: 50, step: 2, integer: true },
    { path: 'network.rewire', ...words('network.rewire'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0 },
  ],
  configuration: [
    { path: 'network.degreeExponent', ...words('network.degreeExponent'), control: 'slider', min: 1, max: MAX_EXPONENT, sliderMin: 1.5, sliderMax: 4, step: 0.05 },
    { path: 'network.minDegree', ...words('network.minDegree'), control: 'slider', min: 1, max: MAX_NODES, sliderMax: 20, step: 1, integer: true },
    { path: 'network.maxDegree', ...words('network.maxDegree'), control: 'slider', min: 1, max: MAX_NODES, sliderMin: 10, sliderMax: 10_000, log: true, step: 1, integer: true },
  ],
  'fully-mixed': [],
  'edge-list': [],
};

export const NODES = NODES_FIELD;

/** KOL accounts (any kind but fully mixed). */
export const KOL_FIELDS: FieldSpec[] = [
  { path: 'network.kols.count', ...words('network.kols.count'), control: 'slider', min: 0, max: MAX_KOLS, sliderMax: 50, step: 1, integer: true, fallback: 0 },
  { path: 'network.kols.reach', ...words('network.kols.reach'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, fallback: 0.2 },
];

export const RESAMPLE_FIELD: FieldSpec = { path: 'network.resample', ...words('network.resample'), control: 'toggle', fallback: false };

// ── Models ──────────────────────────────────────────────────────────────────────────────────

export const MODEL_KIND_LABELS: Record<string, string> = optionLabels('model.kind');

/** Fields a fresh model of each kind gets. */
export const MODEL_TEMPLATES: Record<string, Record<string, unknown>> = {
  'independent-cascade': { kind: 'independent-cascade', probability: 0.1 },
  'linear-threshold': { kind: 'linear-threshold', threshold: 0.18, thresholdSpread: 0 },
  bass: { kind: 'bass', innovation: 0.03, imitation: 0.38 },
  dividend: { kind: 'dividend', platform: DIVIDEND_MODEL_DEFAULTS.platform },
};

const d = DIVIDEND_MODEL_DEFAULTS;
const mr = (path: string) => fromRange(DIVIDEND_MODEL_RANGES[path]);

export const PLATFORM_LABELS: Record<string, string> = optionLabels('model.platform');

export const MODEL_FIELDS: Record<string, FieldSpec[]> = {
  'independent-cascade': [
    { path: 'model.probability', ...words('model.probability'), control: 'slider', min: 0, max: 1, step: 0.005, percent: 1 },
  ],
  'linear-threshold': [
    { path: 'model.threshold', ...words('model.threshold'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0 },
    { path: 'model.thresholdSpread', ...words('model.thresholdSpread'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0, fallback: 0 },
  ],
  bass: [
    { path: 'model.innovation', ...words('model.innovation'), control: 'slider', min: 0, max: 1, sliderMax: 0.2, step: 0.001, percent: 1 },
    { path: 'model.imitation', ...words('model.imitation'), control: 'slider', min: 0, max: 1, step: 0.01, percent: 0 },
  ],
  dividend: [
    { path: 'model.platform', ...words('model.platform'), control: 'select', options: PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] ?? p })), fallback: d.platform },
    // Buying: dose–response over distinct sources (the model's "interaction").
    { path: 'model.conversion.plateau', ...words('model.conversion.plateau'), control: 'slider', ...mr('conversion.plateau'), sliderMax: 0.5, step: 0.005, percent: 1, fallback: d.conversion.plateau },
    { path: 'model.organicDemand', ...words('model.organicDemand'), control: 'slider', ...mr('organicDemand'), sliderMax: 0.05, step: 0.0005, percent: 2, fallback: d.organicDemand },
    { path: 'model.advocacy', ...words('model.advocacy'), control: 'slider', ...mr('advocacy'), step: 0.01, percent: 0, fallback: d.advocacy },
    { group: 'buying', path: 'model.conversion.halfDose', ...words('model.conversion.halfDose'), control: 'slider', ...mr('conversion.halfDose'), sliderMin: 0.1, sliderMax: 10, step: 0.1, fallback: d.conversion.halfDose },
    { group: 'buying', path: 'model.conversion.steepness', ...words('model.conversion.steepness'), control: 'slider', ...mr('conversion.steepness'), step: 0.1, fallback: d.conversion.steepness },
    { group: 'buying', path: 'model.conversion.repeatWeight', ...words('model.conversion.repeatWeight'), control: 'slider', ...mr('conversion.repeatWeight'), step: 0.01, percent: 0, fallback: d.conversion.repeatWeight },
    { group: 'buying', path: 'model.conversion.memoryHalfLife', ...words('model.conversion.memoryHalfLife'), control: 'slider', ...mr('conversion.memoryHalfLife'), sliderMax: 2160, step: 1, fallback: d.conversion.memoryHalfLife },
    // Timing, ads, KOLs and fatigue.
    { group: 'timing', path: 'model.response.medianHours', ...words('model.response.medianHours'), control: 'slider', ...mr('response.medianHours'), sliderMax: 72, step: 1, fallback: d.response.medianHours },
    { group: 'timing', path: 'model.response.spread', ...words('model.response.spread'), control: 'slider', ...mr('response.spread'), step: 0.05, fallback: d.response.spread },
    { group: 'timing', path: 'model.adResponse.peakFrequency', ...words('model.adResponse.peakFrequency'), control: 'slider', ...mr('adResponse.peakFrequency'), sliderMax: 15, step: 1, fallback: d.adResponse.peakFrequency },
    { group: 'timing', path: 'model.kolEngagementDecay', ...words('model.kolEngagementDecay'), control: 'slider', ...mr('kolEngagementDecay'), step: 0.01, fallback: d.kolEngagementDecay },
    { group: 'timing', path: 'model.engagementSpread', ...words('model.engagementSpread'), control: 'slider', ...mr('engagementSpread'), step: 0.05, fallback: d.engagementSpread },
    { group: 'timing', path: 'model.fatigue.spread', ...words('model.fatigue.spread'), control: 'slider', ...mr('fatigue.spread'), step: 0.05, fallback: d.fatigue.spread },
    // Rewards per share.
    { group: 'rewards', path: 'model.rewards.maxLift', ...words('model.rewards.maxLift'), control: 'slider', ...mr('rewards.maxLift'), sliderMax: 3, step: 0.05, percent: 0, fallback: d.rewards.maxLift },
    { group: 'rewards', path: 'model.rewards.halfSize', ...words('model.rewards.halfSize'), control: 'slider', ...mr('rewards.halfSize'), sliderMax: 0.5, step: 0.005, percent: 1, fallback: d.rewards.halfSize },
    { group: 'rewards', path: 'model.rewards.strongTieShare', ...words('model.rewards.strongTieShare'), control: 'slider', ...mr('rewards.strongTieShare'), step: 0.01, percent: 0, fallback: d.rewards.strongTieShare },
    { group: 'rewards', path: 'model.rewards.receiverDiscount', ...words('model.rewards.receiverDiscount'), control: 'slider', ...mr('rewards.receiverDiscount'), step: 0.01, percent: 0, fallback: d.rewards.receiverDiscount },
    { group: 'rewards', path: 'model.rewards.spam', ...words('model.rewards.spam'), control: 'slider', ...mr('rewards.spam'), sliderMax: 3, step: 0.05, fallback: d.rewards.spam },
    { group: 'money', path: 'model.economics.valuePerConversion', ...words('model.economics.valuePerConversion'), control: 'number', ...mr('economics.valuePerConversion'), step: 1, fallback: d.economics.valuePerConversion },
    { group: 'money', path: 'model.economics.costPerSeed', ...words('model.economics.costPerSeed'), control: 'number', ...mr('economics.costPerSeed'), step: 1, fallback: d.economics.costPerSeed },
    { group: 'money', path: 'model.economics.kolBaseFee', ...words('model.economics.kolBaseFee'), control: 'number', ...mr('economics.kolBaseFee'), step: 10, fallback: d.economics.kolBaseFee },
    { group: 'money', path: 'model.economics.kolFeePerFollower', ...words('model.economics.kolFeePerFollower'), control: 'number', ...mr('economics.kolFeePerFollower'), step: 0.01, fallback: d.economics.kolFeePerFollower },
    { group: 'money', path: 'model.economics.costPerImpression', ...words('model.economics.costPerImpression'), control: 'number', ...mr('economics.costPerImpression'), step: 0.001, fallback: d.economics.costPerImpression },
  ],
};

// ── Strategies ──────────────────────────────────────────────────────────────────────────────

export const SEEDING_LABELS: Record<string, string> = optionLabels('seeding.method');

/** Seeding fields of every strategy. */
export const SEEDING_FIELDS: FieldSpec[] = [
  { path: 'seeding.method', ...words('seeding.method'), control: 'select' },
  { path: 'seeding.count', ...words('seeding.count'), control: 'slider', min: 0, max: MAX_NODES, sliderMax: 200, step: 1, integer: true, fallback: 0 },
];

const sd = DIVIDEND_STRATEGY_DEFAULTS;
const sr = (path: string) => fromRange(DIVIDEND_STRATEGY_RANGES[path]);

/** The dividend model's strategy levers (shown when the model is "dividend"). */
export const LEVER_FIELDS: FieldSpec[] = [
  { path: 'content.quality', ...words('content.quality'), control: 'slider', ...sr('content.quality'), step: 0.001, percent: 1, fallback: sd.content.quality },
  { path: 'content.relevance', ...words('content.relevance'), control: 'slider', ...sr('content.relevance'), step: 0.01, percent: 0, fallback: sd.content.relevance },
  { path: 'content.promotional', ...words('content.promotional'), control: 'slider', ...sr('content.promotional'), step: 0.01, percent: 0, fallback: sd.content.promotional },
  { path: 'content.halfLife', ...words('content.halfLife'), control: 'slider', ...sr('content.halfLife'), sliderMax: 168, step: 1, fallback: sd.content.halfLife },
  { path: 'content.waves', ...words('content.waves'), control: 'text', fallback: sd.content.waves },
  { path: 'kols.hire', ...words('kols.hire'), control: 'slider', ...sr('kols.hire'), sliderMax: 20, step: 1, fallback: sd.kols.hire },
  { path: 'kols.fromRank', ...words('kols.fromRank'), control: 'number', ...sr('kols.fromRank'), step: 1, fallback: sd.kols.fromRank },
  { path: 'kols.step', ...words('kols.step'), control: 'number', ...sr('kols.step'), step: 1, fallback: sd.kols.step },
  { path: 'incentives.rewardPerShare', ...words('incentives.rewardPerShare'), control: 'slider', ...sr('incentives.rewardPerShare'), sliderMax: 10, step: 0.1, fallback: sd.incentives.rewardPerShare },
  { path: 'brandReplies', ...words('brandReplies'), control: 'slider', ...sr('brandReplies'), step: 0.01, percent: 0, fallback: sd.brandReplies },
  { path: 'ads.reach', ...words('ads.reach'), control: 'slider', ...sr('ads.reach'), sliderMax: 0.05, step: 0.0005, percent: 2, fallback: sd.ads.reach },
  { path: 'ads.from', ...words('ads.from'), control: 'number', ...sr('ads.from'), step: 1, fallback: sd.ads.from },
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

export const NETWORK_KIND_FIELD: FieldSpec = { path: 'network.kind', ...words('network.kind'), control: 'select', options: NETWORK_KIND_OPTIONS };
export const MODEL_KIND_FIELD: FieldSpec = { path: 'model.kind', ...words('model.kind'), control: 'select' };
export const NAME_FIELD: FieldSpec = { path: 'name', ...words('name'), control: 'text', max: MAX_NAME_LENGTH };

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
