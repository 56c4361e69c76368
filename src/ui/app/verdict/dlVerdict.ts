/**
 * `<dl-verdict>`: the decision above the charts — one plain sentence per goal (most extra sales,
 * lowest cost per extra sale, best ROI) with its interval and win rate, a compact table of every
 * strategy's extra sales, total cost, cost per extra sale, ROI and share of reached people who buy
 * because of it, notes where a result falls outside published ranges, and the executive exports.
 * On paper (the print stylesheet) it adds the report's title, the scenario's settings and the
 * random seed, and drops the buttons.
 *
 * Properties down: `verdict`, `notes`, `scenario`, `colors` (palette index per strategy),
 * `partialRuns` (runs so far while the simulation streams, else null).
 * Events up: `dl-verdict-export` with detail {kind: 'csv' | 'print'}.
 */
import { html, LitElement, nothing } from 'lit';
import type { DividendScenario } from '../../../core/scenario';
import { LocaleController } from '../../i18n/localeController';
import { CurrencyController } from '../editing/currency';
import { t, tPlural } from '../../i18n/t';
import { shownScenarioText } from '../presetText';
import { controlStyles } from '../styles';
import { reportSettings, type Setting } from './reportSettings';
import type { SanityNote } from './sanity';
import type { Goal, GoalVerdict, Verdict } from './verdict';
import { goalSentence, goalTitle, sanityText, summaryCells, tableCaption } from './verdictText';
import { verdictStyles } from './verdictStyles';

export interface VerdictExportDetail {
  kind: 'csv' | 'print';
}

/** Which goal each table column is (a winner's cell is marked). */
const COLUMN_GOAL: Partial<Record<'lift' | 'costPerSale' | 'roi', Goal>> = { lift: 'sales', costPerSale: 'costPerSale', roi: 'roi' };

export class DlVerdict extends LitElement {
  static override properties = {
    verdict: { attribute: false },
    notes: { attribute: false },
    scenario: { attribute: false },
    colors: { attribute: false },
    partialRuns: { attribute: false },
  };

  static override styles = [controlStyles, verdictStyles];

  declare verdict: Verdict | null;
  declare notes: readonly SanityNote[];
  declare scenario: DividendScenario | null;
  declare colors: readonly number[];
  declare partialRuns: number | null;

  constructor() {
    super();
    new LocaleController(this);
    new CurrencyController(this);
    this.verdict = null;
    this.notes = [];
    this.scenario = null;
    this.colors = [];
    this.partialRuns = null;
  }

  private emit(kind: VerdictExportDetail['kind']): void {
    this.dispatchEvent(new CustomEvent<VerdictExportDetail>('dl-verdict-export', { detail: { kind }, bubbles: true, composed: true }));
  }

  private goal(g: GoalVerdict) {
    const rows = this.verdict!.strategies;
    const status = g.status === 'clear' ? t('verdict.clear') : g.status === 'unclear' ? t('verdict.unclear') : '';
    return html`<li class="goal ${g.status}" data-goal=${g.goal} data-status=${g.status} data-winner=${g.status === 'none' ? '' : rows[g.winner].name}>
      <span><strong>${goalTitle(g)}</strong>${status ? html`<span class="status">${status}</span>` : nothing}</span>
      <p class="sentence">${goalSentence(g, rows)}</p>
    </li>`;
  }

  /** Index of the clear winner of `goal`, or -1 (a lead the simulation cannot confirm gets no star). */
  private winnerOf(goal: Goal | undefined): number {
    const g = this.verdict?.goals.find((x) => x.goal === goal);
    return g && g.status === 'clear' ? g.winner : -1;
  }

  private table() {
    const v = this.verdict!;
    const best = { lift: this.winnerOf(COLUMN_GOAL.lift), costPerSale: this.winnerOf(COLUMN_GOAL.costPerSale), roi: this.winnerOf(COLUMN_GOAL.roi) };
    const mark = (column: keyof typeof best, i: number) => (best[column] === i && v.strategies.length > 1 ? 'best' : '');
    const star = (column: keyof typeof best, i: number) => (mark(column, i) ? html` <span class="star" role="img" aria-label=${t('verdict.winnerMark')} title=${t('verdict.winnerMark')}>★</span>` : nothing);
    return html`<div class="table-wrap"><table id="verdict-table">
      <caption>${tableCaption(v.strategies[0]?.runs ?? 0)}</caption>
      <thead><tr>
        <th scope="col">${t('verdict.col.strategy')}</th>
        <th scope="col">${t('verdict.col.lift')}</th>
        <th scope="col">${t('verdict.col.cost')}</th>
        <th scope="col">${t('verdict.col.costPerSale')}</th>
        <th scope="col">${t('verdict.col.roi')}</th>
        <th scope="col">${t('verdict.col.share')}</th>
      </tr></thead>
      <tbody>${v.strategies.map((s, i) => {
        const c = summaryCells(s);
        return html`<tr data-strategy=${s.name}>
          <td><span class="swatch c${this.colors[i] ?? i}" aria-hidden="true"></span>${s.name}</td>
          <td class=${mark('lift', i)}>${c.lift}${star('lift', i)}<span class="range" title=${t('verdict.col.liftRange')}>${c.liftRange}</span></td>
          <td>${c.cost}</td>
          <td class=${mark('costPerSale', i)}>${c.costPerSale}${star('costPerSale', i)}</td>
          <td class=${mark('roi', i)}>${c.roi}${star('roi', i)}</td>
          <td>${c.share}</td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  private sanity() {
    if (this.notes.length === 0 || !this.scenario) return nothing;
    const rows = this.verdict!.strategies;
    return html`<div class="sanity" role="note" id="verdict-sanity">
      <h3>${t('verdict.sanityTitle')}</h3>
      <ul>${this.notes.map((n) => html`<li data-rule=${n.rule}>${sanityText(n, rows, this.scenario!)}</li>`)}</ul>
    </div>`;
  }

  private settings() {
    if (!this.scenario) return nothing;
    const r = reportSettings(this.scenario);
    const line = (list: readonly Setting[]) => html`${list.map((s, i) => html`${i ? ' · ' : ''}<code>${s.path} = ${s.value}</code>`)}`;
    return html`<div class="print-only settings" id="report-settings">
      <h3>${t('report.settingsTitle')}</h3>
      <p><strong>${t('report.seed')}:</strong> <code>${r.seed}</code> · ${t('report.runs')}: ${r.runs} · ${t('report.steps')}: ${r.steps}</p>
      <p><strong>${t('report.world')}:</strong> ${line(r.world)}</p>
      ${r.strategies.map((s, i) => html`<p><strong>${t('report.strategy', { n: i + 1, name: s.name })}:</strong> ${line(s.settings)}</p>`)}
      <p class="muted">${t('report.defaults')}</p>
    </div>`;
  }

  protected override render() {
    const v = this.verdict;
    if (!v) return nothing;
    return html`<section aria-labelledby="verdict-h" id="verdict">
      ${this.scenario ? html`<p class="print-only muted">${t('report.generated')} · ${shownScenarioText('name', this.scenario.name)}</p>` : nothing}
      <header>
        <h2 id="verdict-h">${t('verdict.title')}</h2>
        ${this.partialRuns !== null ? html`<span class="muted" id="verdict-partial">${t('verdict.partial', { runs: tPlural('results.runs', this.partialRuns) })}</span>` : nothing}
        <span class="grow"></span>
        <span class="actions">
          <button type="button" id="verdict-csv" ?disabled=${this.partialRuns !== null} @click=${() => this.emit('csv')}>${t('verdict.exportCsv')}</button>
          <button type="button" id="verdict-print" ?disabled=${this.partialRuns !== null} title=${t('verdict.printTitle')} @click=${() => this.emit('print')}>${t('verdict.print')}</button>
        </span>
      </header>
      <ul class="goals" id="verdict-goals">${v.goals.map((g) => this.goal(g))}</ul>
      <p class="intro">${t('verdict.intro')}</p>
      ${this.table()}
      ${this.sanity()}
      ${this.settings()}
    </section>`;
  }
}

if (!customElements.get('dl-verdict')) customElements.define('dl-verdict', DlVerdict);

declare global {
  interface HTMLElementTagNameMap {
    'dl-verdict': DlVerdict;
  }
}
