/**
 * Every word the network view shows, in one object so that the app can pass a translation
 * (`<dl-network-view .text=${{...}}>`: a partial object, missing keys fall back to English). The
 * words themselves are the catalogue's (src/ui/i18n/messages/network.*).
 */
import type { NodeState } from '../theme';
import { networkTextIn } from '../i18n/networkWords';

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

/** The English words (the view's defaults when the page passes none). */
export const NETWORK_TEXT_EN: NetworkText = networkTextIn('en');

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
