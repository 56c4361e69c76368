/**
 * The lesson panel's tables, as templates over simulation results: a run step's key numbers per
 * strategy (R, buyers, …) and the takeaway's three factors of the social dividend per strategy
 * (and per world, when a lesson compares two). Split from `<dl-lesson>` so the panel's own file
 * is about steps and navigation.
 */
import { html, nothing } from 'lit';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { formatCount, formatPercent } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { formatNumber, local, t } from '../../i18n/t';
import type { Lesson, LessonMetric } from '../lessons/lessonTypes';
import { measuredStep, metricOf } from '../lessons/lessonPlan';

/** The lesson's measure as the class reads it: "5.2×", "73%", "1,204". */
export function formatMeasure(value: number, format: Lesson['measure']['format']): string {
  if (!Number.isFinite(value)) return '—';
  if (format === 'percent') return formatPercent(value, currentLocale());
  if (format === 'count') return formatCount(value, currentLocale());
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : 2;
  return t('lesson.ratio', { value: formatNumber(value, currentLocale(), digits) });
}

/** A number with exactly `digits` decimals in the locale's style ("7.9", "8.0"). */
function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A run step's key numbers per strategy from this step's result (nothing without a result). */
export function keyNumbersTable(result: SimulationResult | null, metrics: readonly LessonMetric[], displayNames: readonly string[]) {
  if (!result || metrics.length === 0) return nothing;
  const locale = currentLocale();
  const format = (metric: LessonMetric, v: number) => {
    if (!Number.isFinite(v)) return '—';
    if (metric === 'R') return formatFixed(v, 2);
    if (metric === 'depth') return formatFixed(v, 1);
    if (metric === 'roi' || metric === 'concentration') return formatPercent(v, locale);
    if (metric === 'costPerConversion') return formatFixed(v, 2);
    return formatCount(v, locale);
  };
  return html`<table id="lesson-numbers">
    <caption>${t('lesson.keyNumbers')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('lesson.colStrategy')}</th>
        ${metrics.map((m) => html`<th scope="col">${t(`lesson.metric.${m}`)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${result.strategies.map(
        (s, i) => html`<tr>
          <th scope="row">${displayNames[i] ?? s.name}</th>
          ${metrics.map((m) => html`<td>${format(m, metricOf(result, i, m))}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The factors of each strategy (and each world the lesson compares), from the results. */
export function factorsTable(lesson: Lesson, resultAt: (step: number) => SimulationResult | null, displayNames: readonly string[]) {
  const steps = [...new Set([measuredStep(lesson, lesson.measure.over ?? lesson.measure.of), measuredStep(lesson, lesson.measure.of)])];
  const rows: { label: string; result: SimulationResult; strategy: number }[] = [];
  for (const step of steps) {
    const result = resultAt(step);
    if (!result) continue;
    const world = lesson.steps[step]?.world;
    result.strategies.forEach((_, s) => {
      const name = displayNames[s] ?? result.strategies[s].name;
      rows.push({ label: world && steps.length > 1 ? `${name} · ${local(world)}` : name, result, strategy: s });
    });
  }
  if (rows.length === 0) return nothing;
  const locale = currentLocale();
  const factor = (r: (typeof rows)[number], k: 'information' | 'relationship' | 'interaction') => r.result.strategies[r.strategy].decomposition?.[k] ?? NaN;
  return html`<table id="lesson-factors">
    <caption>${t('lesson.factorsTitle')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('lesson.colStrategy')}</th>
        <th scope="col">${t('lesson.colInformation')}<small>${t('lesson.colInformationNote')}</small></th>
        <th scope="col">${t('lesson.colRelationship')}<small>${t('lesson.colRelationshipNote')}</small></th>
        <th scope="col">${t('lesson.colInteraction')}<small>${t('lesson.colInteractionNote')}</small></th>
        <th scope="col">${t('lesson.colReached')}</th>
        <th scope="col">${t('lesson.colConverted')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
          <th scope="row">${r.label}</th>
          <td>${formatPercent(factor(r, 'information'), locale)}</td>
          <td>${formatFixed(factor(r, 'relationship'), 1)}</td>
          <td>${formatPercent(factor(r, 'interaction'), locale)}</td>
          <td>${formatCount(metricOf(r.result, r.strategy, 'reached'), locale)}</td>
          <td>${formatCount(metricOf(r.result, r.strategy, 'converted'), locale)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
