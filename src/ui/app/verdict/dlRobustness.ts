/**
 * `<dl-robustness>`: under the verdict, when the scenario declares uncertain parameters (or carries
 * a calibration's posterior), whether each goal's winner holds across the plausible worlds —
 * "robust" or "depends on X" — and which parameters the ranking is most sensitive to.
 * Properties down: `robustness` (the result's), `shown` (how a strategy name is displayed).
 */
import { css, html, LitElement, nothing } from 'lit';
import type { Robustness } from '../../../runtime/robustness';
import { LocaleController } from '../../i18n/localeController';
import { formatNumber, t } from '../../i18n/t';
import { robustnessLines } from './robustnessText';

/** Sensitivities listed (most sensitive first). */
const SHOWN_SENSITIVITIES = 3;

export class DlRobustness extends LitElement {
  static override properties = {
    robustness: { attribute: false },
    shown: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      margin: -6px 0 16px;
    }
    section {
      padding: 10px 18px;
      border: 1px solid var(--dl-border);
      border-radius: 10px;
      background: var(--dl-bg);
    }
    h3 {
      margin: 0 0 6px;
      font-size: calc(15px * var(--dl-scale, 1));
    }
    ul {
      margin: 0;
      padding-left: 18px;
    }
    li {
      margin: 2px 0;
      overflow-wrap: anywhere;
    }
    .word-robust {
      color: var(--dl-good, #1b7f3b);
      font-weight: 600;
    }
    .word-depends {
      color: var(--dl-warn, #9a5b00);
      font-weight: 600;
    }
    .muted {
      color: var(--dl-text-muted);
      font-size: calc(13px * var(--dl-scale, 1));
      margin: 6px 0 0;
      overflow-wrap: anywhere;
    }
  `;

  robustness: Robustness | null = null;
  shown: (name: string) => string = (name) => name;
  private readonly locale = new LocaleController(this);

  protected override render() {
    void this.locale;
    const r = this.robustness;
    if (r === null) return nothing;
    const lines = robustnessLines(r, this.shown);
    const sensitivities = r.sensitivity
      .filter((s) => s.rankCorrelation !== null)
      .slice(0, SHOWN_SENSITIVITIES)
      .map((s) => `${s.path} (ρ ${formatNumber(s.rankCorrelation!, undefined, 2)})`);
    return html`<section id="robustness" aria-labelledby="robustness-h">
      <h3 id="robustness-h">${t('robustness.title', { worlds: formatNumber(r.worlds, undefined, 0) })}</h3>
      <ul>
        ${lines.map(
          (l) => html`<li>
            <strong>${l.goal}:</strong>
            <span class=${l.robust ? 'word-robust' : 'word-depends'}>${l.robust ? t('robustness.wordRobust') : t('robustness.wordDepends')}</span>
            — ${l.text}
          </li>`,
        )}
      </ul>
      ${sensitivities.length > 0 ? html`<p class="muted">${t('robustness.sensitivity', { list: sensitivities.join(', ') })}</p>` : nothing}
    </section>`;
  }
}

if (!customElements.get('dl-robustness')) customElements.define('dl-robustness', DlRobustness);

declare global {
  interface HTMLElementTagNameMap {
    'dl-robustness': DlRobustness;
  }
}
