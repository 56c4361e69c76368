/**
 * `<dl-intro>`: the short plain-language introduction — what the lab does, what to do first, and
 * a glossary (seeding vs random seed, reach, sharing, conversion, lift, R). It greets a first
 * visit by itself (unless the page opens on a lesson or in presenter mode: a class is waiting),
 * is remembered as dismissed once closed, and its "?" button in the top bar reopens it.
 * A native modal <dialog>: focus moves in and comes back, Esc closes it. Keys pressed inside it
 * stay inside (the page's L, arrows and Esc must not act behind it).
 *
 * Properties down: autoOpen (may greet a first visit). Events up: `dl-intro-lessons` ("Start a
 * lesson": the page opens the lesson list).
 */
import { css, html, LitElement, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import { controlStyles } from '../styles';
import { GLOSSARY_TERMS, glossaryKeys } from './glossary';
import { introDismissed, rememberIntroDismissed } from './introMemory';
import { introStyles } from './introStyles';

export class DlIntro extends LitElement {
  static override properties = { autoOpen: { type: Boolean } };

  static override styles = [controlStyles, introStyles];

  declare autoOpen: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.autoOpen = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Whether the introduction is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  show(): void {
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  /** Greets once, when the page says it may (after it knows whether a lesson link opened it). */
  private greeted = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('autoOpen') && this.autoOpen && !this.greeted) {
      this.greeted = true;
      if (!introDismissed()) this.show();
    }
  }

  private startLesson(): void {
    this.close();
    this.dispatchEvent(new CustomEvent('dl-intro-lessons', { bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<button type="button" class="icon" id="intro-button" aria-haspopup="dialog" aria-label=${t('intro.buttonLabel')} title=${t('intro.buttonLabel')} @click=${() => this.show()}>
        ${t('intro.button')}
      </button>
      <dialog id="intro" aria-labelledby="intro-title" @close=${rememberIntroDismissed} @keydown=${(e: KeyboardEvent) => e.stopPropagation()}>
        <header>
          <h2 id="intro-title">${t('intro.title')}</h2>
          <button type="button" class="icon" id="intro-close" aria-label=${t('msg.dismiss')} @click=${() => this.close()}>✕</button>
        </header>
        <p class="what">${t('intro.what')}</p>
        <div class="columns">
          <section aria-labelledby="intro-first">
            <h3 id="intro-first">${t('intro.firstTitle')}</h3>
            <ol>
              <li>${t('intro.first1')}</li>
              <li>${t('intro.first2')}</li>
              <li>${t('intro.first3')}</li>
            </ol>
          </section>
          <section aria-labelledby="intro-glossary">
            <h3 id="intro-glossary">${t('intro.glossaryTitle')}</h3>
            <dl id="glossary">
              ${GLOSSARY_TERMS.map((term) => {
                const keys = glossaryKeys(term);
                return html`<dt data-term=${term}>${t(keys.term)}</dt>
                  <dd>${t(keys.definition)}</dd>`;
              })}
            </dl>
          </section>
        </div>
        <footer>
          <button type="button" class="primary" id="intro-lessons" autofocus @click=${this.startLesson}>${t('intro.startLesson')}</button>
          <button type="button" id="intro-explore" @click=${() => this.close()}>${t('intro.explore')}</button>
          <span class="reopen">${t('intro.reopen')}</span>
        </footer>
      </dialog>`;
  }
}

if (!customElements.get('dl-intro')) customElements.define('dl-intro', DlIntro);

declare global {
  interface HTMLElementTagNameMap {
    'dl-intro': DlIntro;
  }
}
