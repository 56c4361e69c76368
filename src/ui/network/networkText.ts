/**
 * Every word the network view shows, in one object so that the app can pass a translation
 * (`<dl-network-view .text=${{...}}>`: a partial object, missing keys fall back to English).
 */
import type { NodeState } from '../theme';

export interface NetworkText {
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  toStart: string;
  toEnd: string;
  speed: string;
  timeline: string;
  /** "hour 30 · day 2" and friends; `hours` may be fractional for sub-hour steps. */
  hour: (hours: number) => string;
  day: (day: number) => string;
  states: Record<NodeState, string>;
  kol: string;
  hiredKol: string;
  seed: string;
  bridge: string;
  community: string;
  neighbourhood: string;
  audience: string;
  following: string;
  weakTies: string;
  members: string;
  reachedBy: (who: string) => string;
  byBrand: string;
  byAd: string;
  node: (index: number) => string;
  notReached: string;
  pathLength: (hops: number) => string;
  carriedInto: (groups: string) => string;
  enteredVia: (who: string) => string;
  loading: string;
  failed: (message: string) => string;
  nodesView: string;
  mapView: string;
  mapOnly: (limit: string) => string;
  /** Shown when the map was chosen because WebGL is missing (the Canvas path stays fast up to `limit`). */
  canvasMap: (limit: string) => string;
  exportPng: string;
  recordVideo: string;
  recording: string;
  shownStrategies: string;
  legendKol: string;
  legendSeed: string;
  legendTransmission: string;
  legendBridge: string;
  legendFlow: string;
  legendBubble: string;
  legendKolHome: string;
  legendShareReached: string;
  legendShareBought: string;
  noData: string;
  needsDividend: string;
}

const number = (n: number) => n.toLocaleString('en-US');

export const NETWORK_TEXT_EN: NetworkText = {
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  toStart: 'To start',
  toEnd: 'To end',
  speed: 'Speed',
  timeline: 'Timeline',
  hour: (h) => `hour ${Number.isInteger(h) ? h : h.toFixed(1)}`,
  day: (d) => `day ${d}`,
  states: { unaware: 'not reached', reached: 'reached', shared: 'shared', converted: 'bought', muted: 'muted' },
  kol: 'KOL',
  hiredKol: 'hired KOL',
  seed: 'seed',
  bridge: 'bridge',
  community: 'community',
  neighbourhood: 'neighbourhood',
  audience: 'audience',
  following: 'sees posts of',
  weakTies: 'weak ties',
  members: 'members',
  reachedBy: (who) => `by ${who}`,
  byBrand: 'the brand (posted as seed/KOL)',
  byAd: 'an ad',
  node: (i) => `#${number(i)}`,
  notReached: 'never reached',
  pathLength: (hops) => (hops === 1 ? '1 hop from the start' : `${hops} hops from the start`),
  carriedInto: (groups) => `carried it into ${groups}`,
  enteredVia: (who) => `entered via ${who}`,
  loading: 'Laying out the network…',
  failed: (m) => `The network could not be laid out: ${m}`,
  nodesView: 'People',
  mapView: 'Community map',
  mapOnly: (limit) => `More than ${limit} people: shown as a community map.`,
  canvasMap: (limit) => `Without WebGL in this browser, more than ${limit} people open as a community map; “People” still draws everyone, slowly.`,
  exportPng: 'PNG',
  recordVideo: 'Video',
  recording: 'Recording…',
  shownStrategies: 'Strategies shown',
  legendKol: 'KOL (large ring)',
  legendSeed: 'seed',
  legendTransmission: 'who reached whom (recent)',
  legendBridge: 'first reach into a new cluster',
  legendFlow: 'reaches between groups (width: how many)',
  legendBubble: 'bubble area: members',
  legendKolHome: 'KOL (on its home group)',
  legendShareReached: 'share reached',
  legendShareBought: 'share bought (core)',
  noData: 'No replay yet: run the simulation to watch it spread.',
  needsDividend: 'The replay shows the dividend model’s runs (who saw, shared, bought, muted): choose the Dividend model to watch it spread.',
};

/** English with the given keys replaced. */
export function networkText(overrides: Partial<NetworkText> | undefined): NetworkText {
  return overrides ? { ...NETWORK_TEXT_EN, ...overrides } : NETWORK_TEXT_EN;
}

/** "hour 30 · day 2" for step 30 of hourly steps; "day 3" for daily steps. */
export function stepLabel(step: number, stepHours: number, text: NetworkText = NETWORK_TEXT_EN): string {
  const hours = Math.max(0, Math.floor(step)) * stepHours;
  const day = Math.floor(hours / 24 + 1e-9) + 1;
  if (stepHours >= 24) return text.day(day);
  return `${text.hour(Math.round(hours * 10) / 10)} · ${text.day(day)}`;
}
