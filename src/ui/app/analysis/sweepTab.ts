/**
 * The Analyse area's Sweep tab: the lever(s) to sweep and their ranges, the run bar, the metric
 * to plot, the curve (one lever, growing while the points arrive, with its tipping notes) or the
 * heatmap (two levers), and the CSV/JSON downloads. A template function of `dl-analysis`, which
 * owns the state and the jobs: what the tab shows comes down in `view`, what it asks for goes up
 * through `act`. Apart from the element because the sweep has helpers of its own (the levers'
 * names, the partial curve, the downloads) that the other tabs do not use.
 */
import { html, nothing } from 'lit';
import type { Scenario } from '../../../core/scenario';
import { seriesResultToJson, sweepCsv } from '../../../runtime/sweepFormat';
import type { SweepResult } from '../../../runtime/sweepResult';
import '../../charts/elements/dlSweepCurve';
import '../../charts/elements/dlSweepHeatmap';
import { formatTick } from '../../charts/format';
import { sweepStrategyNames } from '../../charts/sweepChartData';
import { downloadText } from '../../export/download';
import { currentLocale } from '../../i18n/locale';
import { t } from '../../i18n/t';
import { analysisChartOptions } from '../chartText';
import { controlLabel } from '../fieldText';
import type { AnalysisState } from './analysisController';
import type { SweepForm } from './analysisForms';
import type { AnalysisTabControls } from './analysisTabControls';
import { LEVERS, leversFor } from './sweepLevers';
import { tippingNotes } from './tippingNotes';

/** What the Sweep tab shows: the element's state now. */
export interface SweepTabView {
  form: SweepForm;
  scenario: Scenario | null;
  task: AnalysisState['sweep'];
  /** The metric picked ('' = the scenario's default: incremental conversions for the dividend model, else conversions). */
  metric: string;
}

/** What the Sweep tab asks of the element. */
export interface SweepTabActions {
  set(patch: Partial<SweepForm>): void;
  /** A lever picked (`which`: '' the first, '2' the second) brings its usual range. */
  pickLever(which: '' | '2', id: string): void;
  pickMetric(metric: string): void;
  start(): void;
  /** The colour of the strategy card called `name`. */
  colorOf(name: string): string;
}

/** A lever's name in the current language (the controls' Chinese labels, by path). */
function leverLabel(lever: { path: string; label: string }): string {
  if (currentLocale() === 'en') return lever.label;
  return controlLabel(lever.path.replace(/^strategies\[\{s\}\]\./, '')) ?? lever.label;
}

/** Axis title for a swept path: the lever's name when it is one of the menu's, else the path itself. */
function axisLabel(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const pattern = path.replace(/^strategies\[(\d+|\*|\{s\})\]/, 'strategies[{s}]');
  const found = LEVERS.find((l) => l.path === pattern);
  return found ? leverLabel(found) : path;
}

/** The form, its errors, the run bar, the metric choice and downloads, then the chart or a hint. */
export function sweepTab(controls: AnalysisTabControls, view: SweepTabView, act: SweepTabActions) {
  const { scenario } = view;
  const f = view.form;
  const set = (patch: Partial<SweepForm>) => act.set(patch);
  const levers = scenario ? leversFor(scenario) : [];
  const task = view.task;
  const shown: SweepResult | null = task.phase === 'running' ? null : task.result;
  const source = shown ?? (task.partial.length && task.phase === 'running' && f.lever2 === '' ? partialSource(task.partial, f) : null);
  const metrics = scenario?.model.kind === 'dividend' ? ['incrementalConverted', 'converted', 'reached', 'roi'] : ['converted', 'reached'];
  const metric = metrics.includes(view.metric) ? view.metric : metrics[0];
  const twoD = shown !== null && shown.params.length === 2;
  const words = analysisChartOptions();
  // Each curve in its strategy card's colour (a sweep of one strategy is not recoloured as the first).
  const colors = source ? sweepStrategyNames(source).map((name) => act.colorOf(name)) : [];
  return html`<form @submit=${(e: Event) => (e.preventDefault(), act.start())}>
      <label>${t('analysis.parameter')}<select id="sweep-lever" @change=${(e: Event) => act.pickLever('', (e.target as HTMLSelectElement).value)}>
        ${levers.map((l) => html`<option value=${l.id} ?selected=${l.id === f.lever}>${leverLabel(l)}</option>`)}</select></label>
      ${controls.strategySelect('sweep', f.strategy, (v) => set({ strategy: v }), true)}
      ${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'from', t('analysis.from'), (v) => set({ from: v }))}
      ${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'to', t('analysis.to'), (v) => set({ to: v }))}
      ${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'steps', t('analysis.steps'), (v) => set({ steps: v }))}
      <label>${t('analysis.secondParameter')}<select id="sweep-lever2" @change=${(e: Event) => act.pickLever('2', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${f.lever2 === ''}>${t('analysis.none')}</option>
        ${levers.map((l) => html`<option value=${l.id} ?selected=${l.id === f.lever2}>${leverLabel(l)}</option>`)}</select></label>
      ${f.lever2
        ? html`${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'from2', t('analysis.from'), (v) => set({ from2: v }))}
          ${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'to2', t('analysis.to'), (v) => set({ to2: v }))}
          ${controls.fieldInput('sweep', f as unknown as Record<string, string>, 'steps2', t('analysis.steps'), (v) => set({ steps2: v }))}`
        : nothing}
    </form>
    ${controls.errorList('sweep')}
    ${controls.runBar('sweep', task, () => act.start(), t('analysis.runSweep'))}
    <div class="metric" role="radiogroup" aria-label=${t('analysis.metric')}>${t('analysis.metric')}:
      ${metrics.map((m) => html`<label class="metric"><input type="radio" name="metric" value=${m} .checked=${metric === m} @change=${() => act.pickMetric(m)} />${t(`analysis.metrics.${m as 'incrementalConverted' | 'converted' | 'reached' | 'roi'}`)}</label>`)}
      ${shown ? html`<span class="grow"></span><button type="button" id="sweep-csv" @click=${() => downloadSweep(shown, 'csv')}>${t('analysis.csv')}</button>
        <button type="button" id="sweep-json" @click=${() => downloadSweep(shown, 'json')}>JSON</button>` : nothing}
    </div>
    ${source
      ? twoD
        ? html`<dl-sweep-heatmap id="sweep-chart" .data=${source} .options=${{ ...words.base, metric, colors, title: t('analysis.heatmapTitle'), valueLabel: words.metricLabel(metric), xLabel: axisLabel(source.params[0]?.path), yLabel: axisLabel(source.params[1]?.path) }}></dl-sweep-heatmap>`
        : html`<dl-sweep-curve id="sweep-chart" .data=${source} .options=${{ ...words.base, metric, colors, title: t('analysis.curveTitle'), yLabel: words.metricLabel(metric), text: words.curveText, xLabel: axisLabel(source.params[0]?.path) }}></dl-sweep-curve>
            ${tippingNotes(source).map((n) => html`<p class="caveat tipping-note">${t('analysis.tippingNote', { name: n.name, r1: formatTick(n.tippingPoint), steep: formatTick(n.steepest) })}</p>`)}`
      : html`<p class="muted">${t('analysis.sweepHint')}</p>`}`;
}

/** A growing 1-D curve from the points simulated so far. */
function partialSource(points: AnalysisState['sweep']['partial'], form: SweepForm) {
  return { params: [{ path: form.lever, values: points.map((p) => p.values[0]) }], points, curves: null };
}

function downloadSweep(result: SweepResult, kind: 'csv' | 'json'): void {
  const text = kind === 'csv' ? sweepCsv(result) : seriesResultToJson(result);
  downloadText(text, `sweep.${kind}`, kind === 'csv' ? 'text/csv' : 'application/json');
}
