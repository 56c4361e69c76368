/**
 * `<dl-vote-result>`: the class's vote beside the simulation's answer — one bar per answer (its
 * share of the votes), the simulation's answer marked, and one sentence: how much of the class
 * chose it. Bars are SVG rectangles sized by attribute (the page's CSP forbids inline styles).
 * Properties down: choices (texts in the current language), counts, answer (the index of the
 * choice the simulation's number falls in; -1 outside every choice; null while it runs).
 */
import { css, html, LitElement, nothing, svg } from 'lit';
import { formatPercent } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import { tallyVotes } from './classVotes';

export class DlVoteResult extends LitElement {
  static override properties = {
    choices: { attribute: false },
    counts: { attribute: false },
    answer: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      /* Bars as long as a line of text, not the whole projector width. */
      max-width: calc(760px * var(--dl-scale, 1));
      margin: 4px 0 12px;
      font-size: calc(15px * var(--dl-scale, 1));
    }
    h3 {
      margin: 0 0 6px;
      font-size: calc(15px * var(--dl-scale, 1));
    }
    ol {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(calc(120px * var(--dl-scale, 1)), 1fr) max-content;
      gap: 6px 12px;
      align-items: center;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      display: contents;
    }
    .choice {
      overflow-wrap: anywhere;
    }
    .model .choice,
    .model .count {
      font-weight: 700;
    }
    svg {
      display: block;
      width: 100%;
      height: calc(18px * var(--dl-scale, 1));
    }
    rect.track {
      fill: var(--dl-grid, #eaeef2);
    }
    rect.bar {
      fill: var(--dl-text-muted, #57606a);
    }
    .model rect.bar {
      fill: var(--dl-focus, #0969da);
    }
    .count {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .mark {
      color: var(--dl-focus, #0969da);
      font-weight: 700;
      margin-left: 6px;
    }
    figure,
    p {
      margin: 0;
    }
  `;

  declare choices: readonly string[];
  declare counts: readonly number[];
  declare answer: number | null;

  constructor() {
    super();
    new LocaleController(this);
    this.choices = [];
    this.counts = [];
    this.answer = null;
  }

  protected override render() {
    const tally = tallyVotes(this.counts, this.answer);
    if (tally.total === 0) return nothing;
    const locale = currentLocale();
    const share = (v: number) => formatPercent(v, locale);
    const sentence =
      this.answer === null
        ? t('classroom.voteWaiting')
        : tally.onAnswer === null
          ? t('classroom.voteNoAnswer')
          : t('classroom.voteOnAnswer', { share: share(tally.onAnswer), count: this.counts[this.answer] ?? 0, total: tally.total });
    return html`<figure role="group" aria-labelledby="vote-title">
      <h3 id="vote-title">${t('classroom.voteTitle')}</h3>
      <ol id="vote-bars">
        ${this.choices.map((choice, i) => {
          const model = i === this.answer;
          const count = this.counts[i] ?? 0;
          return html`<li class=${model ? 'model' : ''} data-choice=${i} aria-label=${t('classroom.voteRowLabel', { choice, count, total: tally.total })}>
            <span class="choice">${choice}${model ? html`<span class="mark">${t('classroom.voteModel')}</span>` : nothing}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              ${svg`<rect class="track" x="0" y="0" width="100" height="10"></rect><rect class="bar" x="0" y="0" width=${(tally.shares[i] * 100).toFixed(2)} height="10"></rect>`}
            </svg>
            <span class="count">${t('classroom.voteCount', { count, share: share(tally.shares[i]) })}</span>
          </li>`;
        })}
      </ol>
      <p id="vote-sentence">${sentence}</p>
    </figure>`;
  }
}

if (!customElements.get('dl-vote-result')) customElements.define('dl-vote-result', DlVoteResult);

declare global {
  interface HTMLElementTagNameMap {
    'dl-vote-result': DlVoteResult;
  }
}
