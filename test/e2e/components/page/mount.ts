/**
 * One page for the component tests: every Lit element of the app's components, verdict, analysis
 * and network folders, mounted ALONE by `window.__components.mount(name)` with properties set from
 * a small fixture (properties down), while every `dl-*` event that reaches the stage is recorded
 * with its detail (events up). Fixtures come from the real code paths: a small preset simulated
 * in the page (simulateInline + buildResult), the lessons, the field specs.
 */
import '../../../../src/ui/app/zodConfig'; // first: zod must not probe `new Function` under the CSP
import '../../../../src/ui/app/components/dlField';
import '../../../../src/ui/app/components/dlLesson';
import '../../../../src/ui/app/components/dlLessonPicker';
import '../../../../src/ui/app/components/dlResults';
import '../../../../src/ui/app/components/dlScenarioPanel';
import '../../../../src/ui/app/components/dlStrategyCard';
import '../../../../src/ui/app/verdict/dlRobustness';
import '../../../../src/ui/app/verdict/dlVerdict';
import '../../../../src/ui/app/analysis/dlAnalysis';
import '../../../../src/ui/app/analysis/dlCalibration';
import '../../../../src/ui/network/dlNodeInspector';
import '../../../../src/ui/network/dlPlayback';
import type { LitElement } from 'lit';
import type { Scenario } from '../../../../src/core/scenario';
import { buildResult } from '../../../../src/runtime/resultFormat';
import { simulateInline } from '../../../../src/runtime/simulateInline';
import { validateScenario } from '../../../../src/scenario/validateScenario';
import type { Draft } from '../../../../src/ui/app/draft';
import { MODEL_FIELDS } from '../../../../src/ui/app/fieldSpecs';
import { LESSONS } from '../../../../src/ui/app/lessons/index';
import { firstVisitDraft } from '../../../../src/ui/app/presets';
import { resultView } from '../../../../src/ui/app/resultView';
import { IDLE_STATE, type SimulationState } from '../../../../src/ui/app/simulationState';
import { resultVerdict } from '../../../../src/ui/app/verdict/resultVerdict';
import { setLocale, type Locale } from '../../../../src/ui/i18n/locale';
import type { NodeDetails } from '../../../../src/ui/network/nodeDetails';
import { adoptThemeStyles } from '../../../../src/ui/theme';
import { AFTER_PAINT_SLACK_MS, FRAME_BUDGET_MS, queueDraw } from '../../../../src/ui/charts/elements/drawQueue';

export interface RecordedEvent {
  type: string;
  detail: unknown;
}

/** The first-visit preset made small: the same three strategies on 1,500 people, 12 runs of 48 hours. */
function smallDraft(): Draft {
  const draft = firstVisitDraft() as Draft & { network: Record<string, unknown> };
  return { ...draft, runs: 12, steps: 48, network: { ...draft.network, nodes: 1500, communities: 10 } };
}

function scenarioOf(draft: Draft): Scenario {
  const checked = validateScenario(draft);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return checked.scenario;
}

/** A finished simulation of `draft` as the page's controller would hold it. */
function doneState(draft: Draft): SimulationState {
  const scenario = scenarioOf(draft);
  const data = simulateInline(scenario);
  return { ...IDLE_STATE, phase: 'done', scenario, data, result: buildResult(scenario, data), runsDone: scenario.runs, runsTotal: scenario.runs, elapsedMs: 1 };
}

const COLORS = [0, 1, 2];
let cache: { draft: Draft; state: SimulationState; uncertain: SimulationState } | null = null;
function fixtures() {
  if (cache) return cache;
  const draft = smallDraft();
  const uncertainDraft = { ...draft, uncertainty: [{ path: 'model.conversion.plateau', distribution: { kind: 'uniform', low: 0.05, high: 0.2 } }] };
  cache = { draft, state: doneState(draft), uncertain: doneState(uncertainDraft) };
  return cache;
}

const INSPECTED: NodeDetails = {
  node: 1234,
  kolRank: -1,
  group: 3,
  groupKind: 'community',
  audience: 17,
  following: 9,
  weakTies: 2,
  stories: [],
};

/** Properties of each element, by the name the tests use. */
const PROPERTIES: Record<string, () => { tag: string; props: Record<string, unknown> }> = {
  field: () => ({ tag: 'dl-field', props: { spec: MODEL_FIELDS['independent-cascade'].find((f) => f.path === 'model.probability'), path: 'model.probability', value: 0.08 } }),
  'strategy-card': () => ({ tag: 'dl-strategy-card', props: { draft: fixtures().draft, index: 1, color: 1, problems: [] } }),
  'scenario-panel': () => ({ tag: 'dl-scenario-panel', props: { draft: fixtures().draft, problems: [] } }),
  'lesson-picker': () => ({ tag: 'dl-lesson-picker', props: {} }),
  lesson: () => ({
    tag: 'dl-lesson',
    props: { lesson: LESSONS[0], step: 0, draft: fixtures().draft, state: IDLE_STATE, resultAt: () => null, guess: null, displayNames: [] },
  }),
  results: () => ({ tag: 'dl-results', props: { state: fixtures().state, colors: COLORS, names: null } }),
  verdict: () => {
    const { state } = fixtures();
    const verdict = resultVerdict(resultView(state.result!, COLORS), state.scenario)!;
    return { tag: 'dl-verdict', props: { verdict: verdict.verdict, notes: verdict.notes, scenario: state.scenario, colors: COLORS, partialRuns: null } };
  },
  'verdict-partial': () => {
    const { state } = fixtures();
    const verdict = resultVerdict(resultView(state.result!, COLORS), state.scenario)!;
    return { tag: 'dl-verdict', props: { verdict: verdict.verdict, notes: verdict.notes, scenario: state.scenario, colors: COLORS, partialRuns: 6 } };
  },
  robustness: () => ({ tag: 'dl-robustness', props: { robustness: fixtures().uncertain.result!.robustness } }),
  analysis: () => ({ tag: 'dl-analysis', props: { draft: fixtures().draft, scenario: fixtures().state.scenario, colors: COLORS } }),
  calibration: () => ({ tag: 'dl-calibration', props: { draft: fixtures().draft, scenario: fixtures().state.scenario } }),
  'node-inspector': () => ({ tag: 'dl-node-inspector', props: { details: INSPECTED, stepHours: 1 } }),
  playback: () => ({ tag: 'dl-playback', props: { position: 5, end: 48, playing: false, speed: 2, stepHours: 1 } }),
};

const events: RecordedEvent[] = [];
const stage = document.getElementById('stage')!;

/** Record every `dl-*` event dispatched on the element or bubbling out of it (composed). */
function recordEvents(element: HTMLElement): void {
  const original = element.dispatchEvent.bind(element);
  element.dispatchEvent = (event: Event) => {
    if (event.type.startsWith('dl-')) events.push({ type: event.type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
    return original(event);
  };
}

const api = {
  names: Object.keys(PROPERTIES),
  events,
  /** The charts' draw queue of this page (its pacing is tested on real frames). */
  drawQueue: { queueDraw, FRAME_BUDGET_MS, AFTER_PAINT_SLACK_MS },
  /** Count the frames rendered from now on (a requestAnimationFrame callback runs once per frame) until `stop`. */
  frameCounter(): { readonly count: number; stop(): void } {
    let count = 0;
    let counting = true;
    const tick = () => {
      count++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return {
      get count() {
        return count;
      },
      stop: () => void (counting = false),
    };
  },
  /** Mount element `name` alone (the stage is emptied first); resolves once it has rendered. */
  async mount(name: string, locale: Locale = 'en'): Promise<string> {
    setLocale(locale, { remember: false });
    stage.replaceChildren();
    events.length = 0;
    const { tag, props } = PROPERTIES[name]();
    const element = document.createElement(tag) as LitElement;
    Object.assign(element, props);
    recordEvents(element);
    // Events from nested elements reach the stage without passing the element's own dispatchEvent.
    stage.append(element);
    await element.updateComplete;
    return tag;
  },
};

for (const type of ['dl-edit', 'dl-strategy']) {
  stage.addEventListener(type, (event) => {
    // Only events from inside an element's shadow tree (its own are recorded by recordEvents).
    if (event.composedPath()[0] !== stage.firstElementChild) events.push({ type: `${event.type} (bubbled)`, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
  });
}

adoptThemeStyles(document);
(window as unknown as { __components: typeof api }).__components = api;
document.body.dataset.ready = 'true';
