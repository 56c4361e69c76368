/**
 * `<dl-currency-select>`: the currency money is labelled in (currency.ts: a UI preference; labels
 * only, the numbers never change). Shown at the top of the scenario panel's money settings.
 */
import { css, html, LitElement } from 'lit';
import { currentLocale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { controlStyles } from '../styles';
import { CURRENCIES, CurrencyController, currencySymbol, currentCurrency, setCurrency } from './currency';
import { t } from '../../i18n/t';

export class DlCurrencySelect extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        margin: 0 0 12px;
      }
      label {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        font-size: calc(13px * var(--dl-scale, 1));
        font-weight: 600;
      }
      select {
        width: 150px;
      }
      p {
        margin: 3px 0 0;
        font-size: calc(12px * var(--dl-scale, 1));
        color: var(--dl-text-muted);
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
    new CurrencyController(this);
  }

  protected override render() {
    const locale = currentLocale();
    return html`<label>${t('editing.currency')}
        <select id="currency" aria-describedby="currency-help" @change=${(e: Event) => setCurrency((e.target as HTMLSelectElement).value)}>
          ${CURRENCIES.map((c) => html`<option value=${c} ?selected=${c === currentCurrency()}>${c === '' ? t('editing.currencyNone') : `${c} (${currencySymbol(c, locale)})`}</option>`)}
        </select></label
      >
      <p id="currency-help">${t('editing.currencyTitle')}</p>`;
  }
}

if (!customElements.get('dl-currency-select')) customElements.define('dl-currency-select', DlCurrencySelect);

declare global {
  interface HTMLElementTagNameMap {
    'dl-currency-select': DlCurrencySelect;
  }
}
