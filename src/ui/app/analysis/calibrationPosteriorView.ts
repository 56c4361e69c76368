/**
 * The posterior on the Calibrate tab: how each parameter's interval narrowed generation by
 * generation (while the calibration runs and after), then the finished calibration's table,
 * notes (unidentified parameters, posteriors at a range's edge, correlated pairs), diagnostics,
 * exports and the fit chart. Template functions of `dl-calibration` (it owns the state and the
 * "Use this world" action); apart from it because reading a result is a concept of its own.
 * Pure apart from the downloads.
 */
import { html, nothing } from 'lit';
import { posteriorCsv, type CalibrationResult } from '../../../calibration/calibrationResult';
import { OBSERVABLE_COLUMNS } from '../../../calibration/observedTimeline';
import { prettyJson } from '../../../runtime/prettyJson';
import '../../charts/elements/dlPosteriorIntervals';
import '../../charts/elements/dlPredictiveFit';
import type { PosteriorIntervalsData } from '../../charts/posteriorIntervals';
import { pointsInside, type PredictiveFitData } from '../../charts/predictiveFit';
import { downloadText } from '../../export/download';
import { currentLocale } from '../../i18n/locale';
import { formatNumber, t } from '../../i18n/t';
import type { CalibrationTaskState } from './calibrationController';
import { correlatedPairs, rangeEdges } from './calibrationReading';

/** A number in the table: at most 3 decimals, 3 significant digits below 1. */
export function tableNumber(value: number, locale = currentLocale()): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 1 || value === 0 ? 3 : Math.min(6, 2 - Math.floor(Math.log10(Math.abs(value))));
  return formatNumber(value, locale, digits);
}

/** The narrowing chart's data: the parameters being fitted and the generations so far (none yet: undefined). */
export function narrowingData(st: CalibrationTaskState): PosteriorIntervalsData | undefined {
  const { params, history, result } = st;
  if (!params || history.length === 0) return undefined;
  const unidentified = new Set(result?.diagnostics.unidentified ?? []);
  return { params: params.map((p) => ({ path: p.path, lo: p.lo, hi: p.hi, unidentified: unidentified.has(p.path) })), generations: history };
}

/** The narrowing chart: each parameter's prior range and its posterior interval generation by generation. */
export function narrowingChart(narrowing: PosteriorIntervalsData) {
  return html`<h3 id="cal-narrow-h">${t('calibration.narrowTitle')}</h3>
    <dl-posterior-intervals id="cal-narrowing" .data=${narrowing} .options=${{
      locale: currentLocale(),
      title: t('calibration.narrowTitle'),
      text: { prior: t('calibration.chart.prior'), generation: (g: number) => t('calibration.chart.generation', { g }), unidentified: t('calibration.chart.unidentified') },
    }}></dl-posterior-intervals>`;
}

/** The finished calibration: posterior table, notes, diagnostics, "Use this world", exports and the fit chart. */
export function calibrationResultView(r: CalibrationResult, applied: { list: string } | null, useWorld: (r: CalibrationResult) => void) {
  const d = r.diagnostics;
  const completed = d.generations.filter((g) => g.completed);
  const first = completed[1]?.tolerance ?? completed[0]?.tolerance ?? null;
  const fit: PredictiveFitData = {
    step: r.predictive.step,
    columns: OBSERVABLE_COLUMNS.filter((c) => r.predictive[c]).map((c) => ({ id: c, column: r.predictive[c]! })),
  };
  const { inside, total } = pointsInside(fit);
  const unidentified = r.parameters.filter((p) => d.unidentified.includes(p.path));
  const pairs = correlatedPairs(r);
  const edges = rangeEdges(r);
  return html`
    <table id="cal-table">
      <thead><tr><th>${t('calibration.table.parameter')}</th><th>${t('calibration.table.prior')}</th><th>${t('calibration.table.mean')}</th>
        <th>${t('calibration.table.p05')}</th><th>${t('calibration.table.p50')}</th><th>${t('calibration.table.p95')}</th>
        <th>${t('calibration.table.spread')}</th><th class="status">${t('calibration.table.status')}</th></tr></thead>
      <tbody>${r.parameters.map((p) => {
        const bad = d.unidentified.includes(p.path);
        return html`<tr data-path=${p.path} class=${bad ? 'unidentified' : ''}>
          <td class="path">${p.path}</td><td>${tableNumber(p.prior[0])} – ${tableNumber(p.prior[1])}</td>
          <td data-k="mean">${tableNumber(p.mean)}</td><td data-k="p05">${tableNumber(p.p05)}</td><td data-k="p50">${tableNumber(p.p50)}</td><td data-k="p95">${tableNumber(p.p95)}</td>
          <td data-k="spreadRatio">${tableNumber(p.spreadRatio)}</td>
          <td class="status">${bad ? t('calibration.status.unidentified') : t('calibration.status.identified')}</td></tr>`;
      })}</tbody>
    </table>
    ${unidentified.length
      ? html`<p class="note" role="note" id="cal-unidentified">${t('calibration.unidentified', { paths: unidentified.map((p) => p.path).join(', ') })}</p>`
      : nothing}
    ${edges.map((e) => html`<p class="note" role="note" data-edge=${`${e.path}:${e.end}`}>${t(e.end === 'lo' ? 'calibration.edge.lo' : 'calibration.edge.hi', { path: e.path, value: tableNumber(e.value) })}</p>`)}
    ${pairs.length
      ? html`<p class="muted" id="cal-correlated">${t('calibration.correlated', { list: pairs.map((x) => t('calibration.pair', { a: x.a, b: x.b, r: formatSigned(x.r) })).join('; ') })}</p>`
      : nothing}
    <p class="muted" id="cal-diagnostics">${t('calibration.diagnostics', {
      generations: completed.length,
      first: first === null ? '∞' : tableNumber(first),
      last: d.finalTolerance === null ? '∞' : tableNumber(d.finalTolerance),
      reason: t(`calibration.stop.${d.stoppedBecause}`),
      simulations: d.simulations,
      ess: Math.round(d.ess),
    })}</p>
    <div class="actions">
      <button type="button" class="primary" id="cal-use" @click=${() => useWorld(r)}>${t('calibration.use')}</button>
      <button type="button" id="cal-json" @click=${() => downloadText(`${prettyJson(r)}\n`, 'calibration.json', 'application/json')}>${t('calibration.json')}</button>
      <button type="button" id="cal-csv" @click=${() => downloadText(posteriorCsv(r, { bom: true }), 'posterior.csv', 'text/csv')}>${t('calibration.csv')}</button>
    </div>
    <p class="muted">${t('calibration.useHint')}</p>
    ${applied ? html`<p class="notice" role="status" id="cal-applied">${t('calibration.applied', { list: applied.list })}</p>` : nothing}
    <h3 id="cal-fit-h">${t('calibration.fitTitle')}</h3>
    <p class="muted" id="cal-predictive">${t('calibration.predictive', { inside, total })}</p>
    <dl-predictive-fit id="cal-fit-chart" .data=${fit} .options=${{
      locale: currentLocale(),
      title: t('calibration.fitTitle'),
      text: {
        step: t('calibration.chart.step'),
        observed: t('calibration.chart.observed'),
        band: t('calibration.chart.band'),
        mean: t('calibration.chart.mean'),
        columns: { reached: t('calibration.column.reached'), shared: t('calibration.column.shared'), converted: t('calibration.column.converted') },
      },
    }}></dl-predictive-fit>`;
}

/** A correlation with its sign: "−0.33", "+0.52". */
function formatSigned(r: number): string {
  return `${r < 0 ? '−' : '+'}${Math.abs(r).toFixed(2)}`;
}

