/**
 * `<dl-frontier-table>`: every simulated allocation of a budget frontier as a sortable table
 * beside its chart — the allocation explained in each lever's own units (seed users × price, KOLs
 * by rank and fee, reward per organic share, ads as the share of people shown an ad per hour and
 * their bound on the budget), the part of the cost known before simulating, the mean cost,
 * incremental sales, cost per incremental sale, and whether it is within budget and on the
 * frontier — with CSV and JSON downloads in the `lab frontier` formats. Property down (`result`);
 * no events: the chart picks cards.
 */
import { css, html, LitElement } from 'lit';
import type { DividendScenario } from '../../../core/scenario';
import type { FrontierPoint, FrontierResult } from '../../../runtime/frontierResult';
import { frontierCsv, seriesResultToJson } from '../../../runtime/sweepFormat';
import { formatCount, formatMoney, formatPercent, isFiniteNumber } from '../../charts/format';
import { downloadText } from '../../export/download';
import { currentLocale, type Locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { controlStyles } from '../styles';
import { tIn, t } from '../../i18n/t';

/** Columns the table sorts on. */
export type FrontierSortKey = 'index' | 'fixedCost' | 'cost' | 'sales' | 'costPerSale';

/** The number a column sorts by (NaN sorts last either way). */
export function frontierSortValue(p: FrontierPoint, key: FrontierSortKey): number {
  const sales = p.summary.incrementalConverted?.mean ?? NaN;
  const cost = p.summary.cost?.mean ?? NaN;
  switch (key) {
    case 'index':
      return p.index;
    case 'fixedCost':
      return p.fixedCost;
    case 'cost':
      return cost;
    case 'sales':
      return sales;
    case 'costPerSale':
      return sales > 0 ? cost / sales : NaN;
  }
}

/** Points in the order of `key`, ascending or not; ties and undefined values keep plan order. */
export function sortFrontierPoints(points: readonly FrontierPoint[], key: FrontierSortKey, ascending: boolean): FrontierPoint[] {
  return [...points].sort((a, b) => {
    const x = frontierSortValue(a, key);
    const y = frontierSortValue(b, key);
    if (!isFiniteNumber(x) || !isFiniteNumber(y)) return (isFiniteNumber(x) ? -1 : isFiniteNumber(y) ? 1 : 0) || a.index - b.index;
    return (ascending ? x - y : y - x) || a.index - b.index;
  });
}

/** The KOLs of an allocation: none, one (its rank) or several (their ranks, a range). */
function kolsText(n: number, from: number, fees: string, locale: Locale): string {
  if (n === 0) return tIn(locale, 'analysis.allocKols.none');
  if (n === 1) return tIn(locale, 'analysis.allocKols.single', { from: String(from), fees });
  return tIn(locale, 'analysis.allocKols.many', { n: String(n), from: String(from), to: String(from + n - 1), fees });
}

/** One allocation in the levers' own units, in the UI language. */
export function explainAllocation(p: FrontierPoint, scenario: DividendScenario, locale = currentLocale()): string[] {
  const prices = scenario.model.economics;
  const money = (v: number) => formatMoney(v, locale);
  const a = p.allocation;
  const s = p.strategy;
  const seedCost = a.seeds * prices.costPerSeed;
  const adsTo = Math.min(scenario.steps, s.ads.to ?? scenario.steps);
  return [
    a.seeds === 0 ? tIn(locale, 'analysis.allocSeeds.none') : tIn(locale, 'analysis.allocSeeds', { n: String(a.seeds), price: money(prices.costPerSeed), total: money(seedCost) }),
    kolsText(a.kols, s.kols.fromRank, money(p.fixedCost - seedCost), locale),
    a.rewardPerShare > 0 ? tIn(locale, 'analysis.allocReward', { reward: money(a.rewardPerShare) }) : tIn(locale, 'analysis.allocReward.none'),
    a.adReach > 0
      ? tIn(locale, 'analysis.allocAds', { reach: formatPercent(a.adReach, locale), from: String(s.ads.from), to: String(adsTo), share: formatPercent(a.adShare, locale) })
      : tIn(locale, 'analysis.allocAds.none'),
  ];
}

export class DlFrontierTable extends LitElement {
  static override properties = {
    result: { attribute: false },
    sortKey: { state: true },
    ascending: { state: true },
  };

  declare result: FrontierResult | null;
  declare sortKey: FrontierSortKey;
  declare ascending: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.result = null;
    // The best first: most incremental sales.
    this.sortKey = 'sales';
    this.ascending = false;
  }

  static override styles = [
    controlStyles,
    css`
      :host { display: block; min-width: 0; }
      .bar { display: flex; gap: 8px; align-items: center; margin: 4px 0; flex-wrap: wrap; }
      h4 { margin: 0; font-size: 14px; }
      .scroll { max-height: 420px; overflow: auto; border: 1px solid var(--dl-border); border-radius: 4px; }
      table { border-collapse: collapse; font-size: 12.5px; width: 100%; }
      th, td { padding: 4px 8px; text-align: right; border-bottom: 1px solid var(--dl-border); vertical-align: top; }
      th { position: sticky; top: 0; background: var(--dl-bg, #fff); }
      th:first-child, td:first-child { text-align: left; }
      th button { background: none; border: none; padding: 0; font: inherit; font-weight: 600; color: inherit; cursor: pointer; text-align: inherit; }
      td.alloc { text-align: left; min-width: 16em; }
      td.alloc span { display: block; }
      tr.frontier td { font-weight: 600; }
      tr.over td { color: var(--dl-muted); }
    `,
  ];

  private sortBy(key: FrontierSortKey): void {
    if (this.sortKey === key) this.ascending = !this.ascending;
    else {
      this.sortKey = key;
      // Costs read best from the cheapest, sales from the most.
      this.ascending = key !== 'sales';
    }
  }

  private header(key: FrontierSortKey, label: string) {
    const sorted = this.sortKey === key;
    return html`<th aria-sort=${sorted ? (this.ascending ? 'ascending' : 'descending') : 'none'} data-key=${key}>
      <button type="button" title=${t('analysis.sortBy', { column: label })} @click=${() => this.sortBy(key)}>${label}${sorted ? (this.ascending ? ' ▲' : ' ▼') : ''}</button></th>`;
  }

  protected override render() {
    const r = this.result;
    if (!r) return html``;
    const locale = currentLocale();
    const money = (v: number) => (isFiniteNumber(v) ? formatMoney(v, locale) : '—');
    const rows = sortFrontierPoints(r.points, this.sortKey, this.ascending);
    return html`<div class="bar">
        <h4>${t('analysis.frontierTable')}</h4>
        <button type="button" id="frontier-csv" @click=${() => downloadText(frontierCsv(r, { bom: true }), 'frontier.csv', 'text/csv')}>${t('analysis.csv')}</button>
        <button type="button" id="frontier-json" @click=${() => downloadText(seriesResultToJson(r), 'frontier.json', 'application/json')}>JSON</button>
      </div>
      <div class="scroll">
        <table id="frontier-table">
          <thead><tr>
            ${this.header('index', t('analysis.colAllocation'))}${this.header('fixedCost', t('analysis.colFixed'))}${this.header('cost', t('analysis.colCost'))}${this.header('sales', t('analysis.colSales'))}${this.header('costPerSale', t('analysis.colCostPerSale'))}
            <th>${t('analysis.colBudget')}</th><th>${t('analysis.colFrontier')}</th>
          </tr></thead>
          <tbody>${rows.map(
            (p) => html`<tr data-index=${p.index} data-within=${String(p.withinBudget)} class=${p.onFrontier ? 'frontier' : p.withinBudget ? '' : 'over'}>
              <td class="alloc">${explainAllocation(p, r.scenario, locale).map((part) => html`<span>${part}</span>`)}</td>
              <td>${money(p.fixedCost)}</td>
              <td data-cost=${String(p.summary.cost?.mean ?? '')}>${money(frontierSortValue(p, 'cost'))}</td>
              <td>${isFiniteNumber(frontierSortValue(p, 'sales')) ? formatCount(frontierSortValue(p, 'sales'), locale) : '—'}</td>
              <td>${money(frontierSortValue(p, 'costPerSale'))}</td>
              <td>${p.withinBudget ? t('analysis.yes') : t('analysis.no')}</td><td>${p.onFrontier ? t('analysis.yes') : ''}</td>
            </tr>`,
          )}</tbody>
        </table>
      </div>`;
  }
}


if (!customElements.get('dl-frontier-table')) customElements.define('dl-frontier-table', DlFrontierTable);

declare global {
  interface HTMLElementTagNameMap {
    'dl-frontier-table': DlFrontierTable;
  }
}
