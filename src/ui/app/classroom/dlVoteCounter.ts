/**
 * `<dl-vote-counter>`: on the prediction step, optional boxes for how many students chose each
 * answer (the teacher counts hands). A typed count that is not a whole number 0…9999 is shown
 * as a problem under its box and not kept. Properties down: choices (their texts in the current
 * language), counts. Events up: `dl-votes` {counts} on every valid change.
 */
import { css, html, LitElement, nothing } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { t, tPlural } from '../../i18n/t';
import { controlStyles } from '../styles';
import { hasVotes, MAX_VOTES_PER_CHOICE, parseVoteCount } from './classVotes';

export interface VotesDetail {
  counts: number[];
}

export class DlVoteCounter extends LitElement {
  static override properties = {
    choices: { attribute: false },
    counts: { attribute: false },
    invalid: { state: true },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        margin: 0 0 12px;
      }
      summary {
        cursor: pointer;
        font-size: calc(15px * var(--dl-scale, 1));
        font-weight: 600;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(calc(230px * var(--dl-scale, 1)), 1fr));
        gap: 8px 16px;
        margin: 10px 0 6px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        font-size: calc(14px * var(--dl-scale, 1));
      }
      input[type='number'] {
        width: calc(110px * var(--dl-scale, 1));
        font-size: calc(16px * var(--dl-scale, 1));
        min-height: calc(34px * var(--dl-scale, 1));
      }
      .error {
        color: var(--dl-error);
        font-size: calc(13px * var(--dl-scale, 1));
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 14px;
      }
      .hint {
        margin: 4px 0 0;
        color: var(--dl-text-muted);
        font-size: calc(13px * var(--dl-scale, 1));
      }
    `,
  ];

  declare choices: readonly string[];
  declare counts: readonly number[];
  /** Indices of boxes whose text is not a count. */
  declare invalid: readonly number[];

  constructor() {
    super();
    new LocaleController(this);
    this.choices = [];
    this.counts = [];
    this.invalid = [];
  }

  private emit(counts: number[]): void {
    this.dispatchEvent(new CustomEvent<VotesDetail>('dl-votes', { detail: { counts }, bubbles: true, composed: true }));
  }

  private onInput(index: number, text: string): void {
    const n = parseVoteCount(text);
    this.invalid = n === null ? [...new Set([...this.invalid, index])] : this.invalid.filter((i) => i !== index);
    if (n === null) return;
    const counts = this.choices.map((_, i) => this.counts[i] ?? 0);
    counts[index] = n;
    this.emit(counts);
  }

  private clear(): void {
    this.invalid = [];
    for (const input of this.renderRoot.querySelectorAll('input')) input.value = '';
    this.emit(this.choices.map(() => 0));
  }

  protected override render() {
    const total = this.counts.reduce((s, c) => s + c, 0);
    return html`<details ?open=${hasVotes(this.counts)}>
      <summary id="votes-summary">${t('classroom.votesSummary')}</summary>
      <div class="grid">
        ${this.choices.map((choice, i) => {
          const bad = this.invalid.includes(i);
          return html`<label>
            <span>${choice}</span>
            <input
              type="number"
              min="0"
              max=${MAX_VOTES_PER_CHOICE}
              step="1"
              inputmode="numeric"
              data-choice=${i}
              aria-label=${t('classroom.votesLabel', { choice })}
              aria-invalid=${bad ? 'true' : 'false'}
              .value=${this.counts[i] ? String(this.counts[i]) : ''}
              @input=${(e: Event) => this.onInput(i, (e.target as HTMLInputElement).value)}
            />
            ${bad ? html`<span class="error" role="alert">${t('classroom.votesInvalid', { max: MAX_VOTES_PER_CHOICE })}</span>` : nothing}
          </label>`;
        })}
      </div>
      <div class="row">
        <span id="votes-total" aria-live="polite">${tPlural('classroom.votesTotal', total)}</span>
        <button type="button" id="votes-clear" ?disabled=${total === 0 && this.invalid.length === 0} @click=${this.clear}>${t('classroom.votesClear')}</button>
      </div>
      <p class="hint">${t('classroom.votesHint')}</p>
    </details>`;
  }
}

if (!customElements.get('dl-vote-counter')) customElements.define('dl-vote-counter', DlVoteCounter);

declare global {
  interface HTMLElementTagNameMap {
    'dl-vote-counter': DlVoteCounter;
  }
}
