/**
 * The network view's words (src/ui/network/networkText.ts's NetworkText) in a locale, built from
 * the typed catalogue: the one source of those words, English included. Here, not in the network
 * view's module, so that the first screen can word the view for a later chunk without loading it.
 */
import type { NetworkText } from '../network/networkText';
import type { Locale } from './locale';
import { messageIn, type MessageKey } from './t';

const networkTexts = new Map<Locale, NetworkText>();

/**
 * The network view's words in `locale`, from the typed catalogue (the one source of the words,
 * English included). Typed as the complete NetworkText, so a word the view adds is a compile
 * error here until the catalogue has it.
 */
export function networkTextIn(locale: Locale): NetworkText {
  let text = networkTexts.get(locale);
  if (text) return text;
  const m = (k: MessageKey, params?: Record<string, string | number>) => messageIn(locale, k, params);
  const plural = (n: number) => (n === 1 ? m('net.pathLength.one') : m('net.pathLength.other', { n }));
  text = {
    play: m('net.play'),
    pause: m('net.pause'),
    stepBack: m('net.stepBack'),
    stepForward: m('net.stepForward'),
    toStart: m('net.toStart'),
    toEnd: m('net.toEnd'),
    speed: m('net.speed'),
    timeline: m('net.timeline'),
    hour: (h) => m('net.hour', { h: Number.isInteger(h) ? String(h) : h.toFixed(1) }),
    day: (d) => m('net.day', { d: String(d) }),
    states: { unaware: m('net.unaware'), reached: m('net.reached'), shared: m('net.shared'), converted: m('net.converted'), muted: m('net.muted') },
    kol: m('net.kol'),
    hiredKol: m('net.hiredKol'),
    seed: m('net.seed'),
    bridge: m('net.bridge'),
    community: m('net.community'),
    neighbourhood: m('net.neighbourhood'),
    audience: m('net.audience'),
    following: m('net.following'),
    weakTies: m('net.weakTies'),
    members: m('net.members'),
    reachedBy: (who) => m('net.reachedBy', { who }),
    byBrand: m('net.byBrand'),
    byAd: m('net.byAd'),
    node: (i) => m('net.node', { i }),
    notReached: m('net.notReached'),
    pathLength: plural,
    carriedInto: (groups) => m('net.carriedInto', { groups }),
    enteredVia: (who) => m('net.enteredVia', { who }),
    loading: m('net.loading'),
    failed: (message) => m('net.failed', { message }),
    nodesView: m('net.nodesView'),
    mapView: m('net.mapView'),
    mapOnly: (limit) => m('net.mapOnly', { limit }),
    canvasMap: (limit) => m('net.canvasMap', { limit }),
    exportPng: m('net.exportPng'),
    recordVideo: m('net.recordVideo'),
    recording: m('net.recording'),
    shownStrategies: m('net.shownStrategies'),
    legendKol: m('net.legendKol'),
    legendSeed: m('net.legendSeed'),
    legendTransmission: m('net.legendTransmission'),
    legendBridge: m('net.legendBridge'),
    legendFlow: m('net.legendFlow'),
    legendBubble: m('net.legendBubble'),
    legendKolHome: m('net.legendKolHome'),
    legendShareReached: m('net.legendShareReached'),
    legendShareBought: m('net.legendShareBought'),
    noData: m('net.noData'),
    needsDividend: m('net.needsDividend'),
  };
  networkTexts.set(locale, text);
  return text;
}

