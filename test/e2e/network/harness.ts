/**
 * Network view harness for the e2e test and screenshots. Query parameters:
 *   nodes=5000        network size (planted communities + 3 KOL accounts)
 *   strategies=2      how many of HARNESS_STRATEGIES to replay side by side (1–3)
 *   theme=light|dark  force a theme
 *   mode=auto|people|map
 *   scenario=kol      instead of a generated world: the lesson "KOL vs seed users" (scenario
 *                     mode: the view lays out, traces and seeds the scenario itself, run 0)
 *   renderer=canvas   force the Canvas path; renderer=webgl: WebGL2 wherever available, even
 *                     software (default 'auto': see dl-network-view's `renderer`)
 *   nowebgl=1         make every WebGL context creation fail (getContext returns null), as in a
 *                     browser without WebGL: the view must fall back to the Canvas path by itself
 *   locale=zh-CN      the view's words in Chinese (the app's translation catalogue)
 * Exposes `window.__net` for the test: the view, the world's numbers, and a playback meter
 * (requestAnimationFrame intervals, paint times and long tasks while playing).
 */
import '../../../src/ui/app/zodConfig'; // first: zod must not probe `new Function` under the CSP
import '../../../src/ui/network/dlNetworkView';
import type { DlNetworkView } from '../../../src/ui/network/dlNetworkView';
import type { NetworkReadyDetail } from '../../../src/ui/network/stageController';
import { adoptThemeStyles } from '../../../src/ui/theme';
import { makeWorld, type World } from './world';
import { validateScenario } from '../../../src/scenario/validateScenario';
import kolLesson from '../../../scenarios/lesson-kol-vs-seed-users.json';
import { networkTextFor } from '../../../src/ui/app/chartText';

export interface PlaybackMeasure {
  /** requestAnimationFrame intervals while playing (ms). */
  intervals: number[];
  /** The view's paint durations for those frames (ms, all panels). */
  paints: number[];
  /** Long tasks (> 50 ms) seen by a PerformanceObserver while playing: their durations. */
  longTasks: number[];
  /** Frames painted and steps covered. */
  frames: number;
  from: number;
  to: number;
}

export interface NetHarness {
  view: DlNetworkView;
  ready: Promise<NetworkReadyDetail>;
  nodes: number;
  generateMs: number;
  finals: { name: string; reached: number; converted: number }[];
  measurePlayback(frames: number, speed: number): Promise<PlaybackMeasure>;
  /**
   * Milliseconds of paints that wait for their pixels (a one-pixel read of the dot layer forces
   * the GPU — or SwiftShader — to finish): the real cost of a frame, which requestAnimationFrame
   * intervals would hide. `forward`: `frames` paints each one step after the last, from step 0;
   * `back`: `jumps` jumps from the end back to step 0 (every dot redrawn).
   */
  syncedFrames(frames: number, jumps: number): { forward: number[]; back: number[] };
  /** A node that strategy `k` reached by `frame` through at least `hops` transmissions (for hover tests), or −1. */
  reachedNode(k: number, frame: number, hops: number): number;
}

declare global {
  interface Window {
    __net: NetHarness;
  }
}

const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
adoptThemeStyles(document);

const lesson = params.get('scenario') === 'kol';
const nodes = Math.max(50, Math.min(1_000_000, Number(params.get('nodes')) || 5000));
const count = Math.max(1, Math.min(3, Number(params.get('strategies')) || 2));
const mode = params.get('mode');
if (params.get('nowebgl') === '1') {
  const original = HTMLCanvasElement.prototype.getContext;
  // A browser without WebGL (or whose GPU blocklist refuses it) answers null for these.
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
    return original.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
  } as typeof original;
}
const view = document.createElement('dl-network-view');
if (mode === 'people' || mode === 'map') view.mode = mode;
const renderer = params.get('renderer');
if (renderer === 'canvas' || renderer === 'webgl') view.renderer = renderer;
if (params.get('locale') === 'zh-CN') {
  document.documentElement.lang = 'zh-CN';
  view.text = networkTextFor('zh-CN');
}
let world: World | null = null;

if (lesson) {
  const checked = validateScenario(kolLesson);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  const scenario = checked.scenario;
  document.getElementById('title')!.textContent = scenario.name;
  document.getElementById('subtitle')!.textContent = 'Scenario mode: the view regenerates the network, lays it out and replays run 0 of every strategy.';
  view.heading = scenario.name;
  view.scenario = scenario;
  view.run = 0;
} else {
  world = makeWorld(nodes, count);
  document.getElementById('title')!.textContent = `Watch it spread — ${nodes.toLocaleString('en-US')} people`;
  document.getElementById('subtitle')!.textContent =
    `${world.spec.communities} planted communities, 3 KOL accounts, private-circles platform; the same world and run for every strategy.`;
  view.heading = `${nodes.toLocaleString('en-US')} people`;
  view.steps = world.steps;
  view.network = { spec: world.spec, seed: world.seed, run: world.run };
  view.strategies = world.strategies.map(({ name, color, trace, seeds }) => ({ name, color, trace, seeds }));
}
const ready = new Promise<NetworkReadyDetail>((resolve, reject) => {
  view.addEventListener('dl-network-ready', (e) => resolve((e as CustomEvent<NetworkReadyDetail>).detail), { once: true });
  view.addEventListener('dl-network-error', (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)), { once: true });
});
document.getElementById('harness')!.append(view);

async function measurePlayback(frames: number, speed: number): Promise<PlaybackMeasure> {
  // Let the mount's last tasks (first paints, backdrop slices) finish: this measures playing.
  await new Promise((r) => setTimeout(r, 400));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  view.pause();
  view.seek(0);
  view.speed = speed;
  const intervals: number[] = [];
  const from = view.position;
  view.play();
  await new Promise<void>((resolve) => {
    let last = performance.now();
    const frame = (now: number) => {
      intervals.push(now - last);
      last = now;
      if (intervals.length < frames && view.playing) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  const to = view.position;
  view.pause();
  await new Promise((r) => setTimeout(r, 120)); // let the observer deliver
  observer.disconnect();
  // The first interval includes the wait for the first frame; the paints are the last ones made.
  return { intervals: intervals.slice(1), paints: view.paintTimes().slice(-(intervals.length - 1)), longTasks, frames: intervals.length, from, to };
}

function syncedFrames(frames: number, jumps: number): { forward: number[]; back: number[] } {
  const timed = (step: number): number => {
    const started = performance.now();
    view.seek(step);
    view.dotPixel(0);
    return performance.now() - started;
  };
  view.pause();
  timed(0);
  const forward: number[] = [];
  for (let f = 1; f <= Math.min(frames, view.end); f++) forward.push(timed(f));
  const back: number[] = [];
  for (let k = 0; k < jumps; k++) {
    timed(view.end);
    back.push(timed(0));
  }
  return { forward, back };
}

function reachedNode(k: number, frame: number, hops: number): number {
  const t = view.strategies[k].trace;
  let best = -1;
  let bestHops = -1;
  for (let i = 0; i < t.reachedStep.length; i++) {
    if (t.reachedStep[i] < 0 || t.reachedStep[i] > frame) continue;
    let h = 0;
    for (let v = i; t.reachedBy[v] >= 0 && h < 100; v = t.reachedBy[v]) h++;
    if (h >= hops && h > bestHops) {
      best = i;
      bestHops = h;
    }
  }
  return best;
}

window.__net = {
  view,
  ready,
  nodes: world?.graph.nodeCount ?? 0,
  generateMs: world?.ms ?? 0,
  finals: world?.strategies.map(({ name, reached, converted }) => ({ name, reached, converted })) ?? [],
  measurePlayback,
  syncedFrames,
  reachedNode,
};
