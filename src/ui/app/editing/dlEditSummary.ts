/**
 * `<dl-edit-summary>`: the results at a glance, kept in view while the strategies are edited
 * (the page makes it sticky at the bottom of the window): per strategy its extra sales and cost
 * per run, or — with "Per 1,000 spent" — its extra sales and people reached per 1,000 of spend,
 * to compare at an equal budget. Dimmed and labelled while out of date.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { formatMoney, numberFormat } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { controlStyles } from '../styles';
import { CurrencyController, currentCurrency } from './currency';
import { spendRows } from './perSpend';
import { t } from '../../i18n/t';

const count = (v: number | null) => (v === null ? '—' : numberFormat(currentLocale(), { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 }).format(v));

export class DlEditSummary extends LitElement {
  static override properties = {
    result: { attribute: false },
    names: { attribute: false },
    colors: { attribute: false },
    stale: { type: String },
    note: { type: String },
    perSpend: { type: Boolean, reflect: true, attribute: 'per-spend' },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        border: 1px solid var(--dl-border);
        border-radius: 10px;
        background: var(--dl-bg);
        box-shadow: 0 -4px 14px rgb(0 0 0 / 10%);
        padding: 6px 12px;
        font-size: calc(12.5px * var(--dl-scale, 1));
      }
      .head {
        display: flex;
        align-items: center;
        gap: 10px;
        flex-wrap: wrap;
      }
      strong {
        font-size: calc(13px * var(--dl-scale, 1));
      }
      label {
        display: flex;
        align-items: center;
        gap: 5px;
        cursor: pointer;
      }
      input {
        margin: 0;
        accent-color: var(--dl-focus);
      }
      .stale {
        color: var(--dl-text);
        font-weight: 600;
        padding: 0 6px;
        border-radius: 6px;
        border: 1px solid var(--dl-warning);
      }
      ul {
        list-style: none;
        margin: 4px 0 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
        gap: 4px 14px;
      }
      ul.stale-rows {
        opacity: 0.45;
      }
      li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        column-gap: 6px;
        align-items: center;
        min-width: 0;
      }
      li .value {
        grid-column: 2;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .name {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        min-width: 0;
        font-weight: 600;
      }
      .value {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
        color: var(--dl-text-muted);
      }
      .value b {
        color: var(--dl-text);
      }
      .swatch {
        flex: none;
      }
    `,
  ];

  declare result: SimulationResult | null;
  /** Display names (a lesson's translated names), else the result's. */
  declare names: readonly string[] | null;
  declare colors: readonly number[];
  /** Why the numbers are out of date, or '' when they are current. */
  declare stale: string;
  /** How far the numbers are (e.g. "So far: 40 runs") while a run streams in. */
  declare note: string;
  declare perSpend: boolean;

  constructor() {
    super();
    new LocaleController(this);
    new CurrencyController(this);
    this.result = null;
    this.names = null;
    this.colors = [];
    this.stale = '';
    this.note = '';
    this.perSpend = false;
  }

  private toggle(e: Event): void {
    this.perSpend = (e.target as HTMLInputElement).checked;
  }

  protected override render() {
    const result = this.result;
    if (!result) return nothing;
    const rows = spendRows(result);
    const money = rows.some((r) => r.cost !== null);
    const locale = currentLocale();
    const currency = currentCurrency() || undefined;
    const perSpend = this.perSpend && money;
    return html`<div class="head">
        <strong id="summary-h">${t('editing.summary')}</strong>
        <span class="value">${perSpend ? `${t('editing.extraSales')} ${t('editing.per1000')}` : `${t('editing.extraSales')} ${t('editing.perRun')}`}</span>
        ${money
          ? html`<label title=${t('editing.perSpendTitle')}><input type="checkbox" id="per-spend" .checked=${this.perSpend} @change=${this.toggle} />${t('editing.perSpend')}</label>`
          : nothing}
        ${this.stale ? html`<span class="stale" id="summary-stale" role="status">${this.stale}</span>` : this.note ? html`<span class="value">${this.note}</span>` : nothing}
      </div>
      <ul aria-labelledby="summary-h" class=${this.stale ? 'stale-rows' : ''}>
        ${rows.map((r, i) => {
          const name = this.names?.[i] ?? result.strategies[i].name;
          const values = perSpend
            ? r.salesPerSpend === null
              ? html`<span class="value">${t('editing.noSpend')}</span>`
              : html`<span class="value"><b>${count(r.salesPerSpend)}</b> · ${t('editing.reachedPer1000', { n: count(r.reachedPerSpend) })}</span>`
            : html`<span class="value"><b>${r.sales >= 0 ? '+' : ''}${count(r.sales)}</b>${r.cost === null ? nothing : ` · ${t('editing.costPerRun', { cost: formatMoney(r.cost, locale, currency) })}`}</span>`;
          return html`<li data-strategy=${i}><span class="swatch c${this.colors[i] ?? i}" aria-hidden="true"></span><span class="name" title=${name}>${name}</span>${values}</li>`;
        })}
      </ul>`;
  }
}

if (!customElements.get('dl-edit-summary')) customElements.define('dl-edit-summary', DlEditSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dl-edit-summary': DlEditSummary;
  }
}
