/**
 * `<dl-scenario-intro>`: the scenario's name and description above the strategy cards (a preset's
 * own text in the UI language). A long description shows two lines and a "More" button.
 * Properties down: name, description.
 */
import { css, html, LitElement, nothing } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import { shownScenarioText } from '../presetText';
import { controlStyles } from '../styles';

/** Descriptions wider than this (in Latin characters) are clamped to two lines with "More". */
const CLAMP_WIDTH = 220;

/**
 * A text's width in Latin characters: CJK characters and full-width punctuation take about two,
 * so a Chinese description is long enough for the two-line clamp at about half the characters.
 */
export function lineWidth(text: string): number {
  return text.length + (text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/g)?.length ?? 0);
}

export class DlScenarioIntro extends LitElement {
  static override properties = {
    name: { type: String },
    description: { attribute: false },
    open: { state: true },
  };

  static override styles = [controlStyles, css`
    :host { display: block; margin: 0 0 16px; max-width: 1100px; }
    h2 { font-size: calc(20px * var(--dl-scale, 1)); margin: 0 0 4px; }
    p { margin: 0; font-size: calc(14px * var(--dl-scale, 1)); line-height: 1.5; color: var(--dl-text-muted); }
    p.clamped { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
    button.link { border: none; background: none; padding: 0; min-height: 0; color: var(--dl-focus); text-decoration: underline; }
  `];

  declare name: string;
  /** The scenario's description (any value a file holds; only a non-empty string is shown). */
  declare description: unknown;
  /** The description is shown in full. */
  declare open: boolean;

  constructor() {
    super();
    this.name = '';
    this.description = undefined;
    this.open = false;
    new LocaleController(this);
  }

  protected override render() {
    const shown = typeof this.description === 'string' && this.description ? shownScenarioText('description', this.description) : '';
    return html`<section aria-label=${t('app.aboutScenario')}>
      <h2 id="scenario-name">${shownScenarioText('name', this.name)}</h2>
      ${shown
        ? html`<p id="scenario-description" class=${this.open ? '' : 'clamped'}>${shown}</p>
            ${lineWidth(shown) > CLAMP_WIDTH
              ? html`<button type="button" class="link" aria-expanded=${this.open} @click=${() => (this.open = !this.open)}>${this.open ? t('app.less') : t('app.more')}</button>`
              : nothing}`
        : nothing}
    </section>`;
  }
}

if (!customElements.get('dl-scenario-intro')) customElements.define('dl-scenario-intro', DlScenarioIntro);

declare global {
  interface HTMLElementTagNameMap {
    'dl-scenario-intro': DlScenarioIntro;
  }
}
