/**
 * `<dl-strategy-card>`: one launch strategy — its name, colour, seeding (who posts first) and,
 * with the dividend model, its levers (content, KOLs, rewards, brand replies, ads, waves).
 * Edits bubble up as `dl-edit`; card actions as `dl-strategy` {op, index, value}.
 */
import { css, html, LitElement, nothing, svg } from 'lit';
import { MAX_STRATEGIES } from '../../../scenario/limits';
import { DIVIDEND_SEEDING_METHODS } from '../../../scenario/strategySchema';
import { DIVIDEND_STRATEGY_DEFAULTS } from '../../../core/dividend/dividendSpec';
import { getPath, problemsAt, type Draft, type PlacedProblem } from '../draft';
import { reasonIn } from '../../i18n/problemText';
import { dependentMax, SEEDING_LABELS, strategyFields, type PlacedField } from '../fieldSpecs';
import { localizedField, localizedOptions } from '../fieldText';
import { LocaleController } from '../../i18n/localeController';
import { formatNumber, t, tPlural, type MessageKey } from '../../i18n/t';
import { controlStyles } from '../styles';
import './dlField';
import { SHARED_LEVER_PATHS } from '../editing/strategyEdits';
import { fieldProblemText } from '../fieldProblemText';

/** Card actions; `apply-shared` copies the shared content settings to all, `scale` matches the baseline's budget. */
export type StrategyOp = 'duplicate' | 'delete' | 'up' | 'down' | 'color' | 'apply-shared' | 'scale';

export interface StrategyOpDetail {
  op: StrategyOp;
  index: number;
  value?: number;
}

const COPY_ICON = svg`<svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H11" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`;

/** Names of the palette colours, in palette order (theme.ts STRATEGY_PALETTE). */
export const COLOR_NAMES = ['Blue', 'Orange', 'Green', 'Red', 'Violet', 'Grey', 'Brown', 'Magenta'];

export class DlStrategyCard extends LitElement {
  static override properties = {
    draft: { attribute: false },
    index: { type: Number },
    color: { type: Number },
    problems: { attribute: false },
    highlight: { attribute: false },
    canScale: { type: Boolean },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        box-sizing: border-box;
        border: 1px solid var(--dl-border);
        border-radius: 10px;
        background: var(--dl-bg);
        min-width: 0;
      }
      .bar {
        height: 5px;
        border-radius: 10px 10px 0 0;
      }
      .body {
        padding: 10px 14px 4px;
      }
      header {
        display: flex;
        align-items: center;
        gap: 6px;
        margin-bottom: 8px;
      }
      header input {
        flex: 1;
        min-width: 0;
        font-weight: 600;
        font-size: calc(14px * var(--dl-scale, 1));
      }
      .badge {
        font-size: calc(11px * var(--dl-scale, 1));
        padding: 1px 6px;
        border-radius: 8px;
        border: 1px solid var(--dl-border);
        color: var(--dl-text-muted);
        white-space: nowrap;
      }
      .badge.differs {
        border-color: var(--dl-warning);
        color: var(--dl-text);
        font-weight: 400;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
        margin: -2px 0 8px;
      }
      .actions select {
        min-height: 32px;
        max-width: 100px;
      }
      .actions button.icon {
        min-width: 30px;
        min-height: 30px;
        padding: 2px 4px;
      }
      .spacer {
        flex: 1;
      }
      details {
        margin: 0 0 10px;
      }
      summary {
        cursor: pointer;
        font-size: calc(13px * var(--dl-scale, 1));
        font-weight: 600;
        margin-bottom: 10px;
      }
      .lever-summary {
        font-weight: 400;
        color: var(--dl-text-muted);
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0 0 10px;
      }
      .tools button {
        font-size: calc(12px * var(--dl-scale, 1));
        min-height: 28px;
        padding: 3px 8px;
      }
      .error {
        color: var(--dl-error);
        font-size: calc(12px * var(--dl-scale, 1));
        font-weight: 600;
        margin: -6px 0 10px;
      }
    `,
  ];

  declare draft: Draft;
  declare index: number;
  declare color: number;
  declare problems: readonly PlacedProblem[];
  /** Paths of the controls a lesson step points at (outlined; their lever list opens). */
  declare highlight: readonly string[];
  /** A finished, current result exists, so "match baseline budget" can use its costs. */
  declare canScale: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.problems = [];
    this.highlight = [];
    this.index = 0;
    this.color = 0;
    this.canScale = false;
  }

  private op(op: StrategyOp, value?: number): void {
    this.dispatchEvent(new CustomEvent<StrategyOpDetail>('dl-strategy', { detail: { op, index: this.index, value }, bubbles: true, composed: true }));
  }

  private edit(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent('dl-edit', { detail: { path, value }, bubbles: true, composed: true }));
  }

  private field(placed: PlacedField) {
    const problems = problemsAt(this.problems, placed.path).map((p) => fieldProblemText(p.reason, placed.spec));
    let options;
    let max: number | undefined;
    if (placed.spec.path === 'seeding.method') {
      const current = getPath(this.draft, placed.path);
      const dividend = getPath(this.draft, 'model.kind') === 'dividend';
      options = (DIVIDEND_SEEDING_METHODS as readonly string[])
        .filter((m) => (m !== 'manual' || current === 'manual') && (m !== 'core-fans' || dividend))
        .map((m) => ({ value: m, label: SEEDING_LABELS[m] ?? m }));
      options = localizedOptions('seeding.method', options);
    }
    max = dependentMax(this.draft, placed.path);
    // Settings every strategy usually shares are compared with the baseline's (missing = default: null).
    const relative = placed.path.slice(`strategies[${this.index}].`.length);
    const baselineValue = this.index > 0 && (SHARED_LEVER_PATHS as readonly string[]).includes(relative) ? (getPath(this.draft, `strategies[0].${relative}`) ?? null) : undefined;
    return html`<dl-field
      .baselineValue=${baselineValue}
      compact
      data-path="${placed.path}"
      ?highlight=${(this.highlight ?? []).includes(placed.path)}
      .spec=${localizedField(placed.spec)}
      .path=${placed.path}
      .value=${getPath(this.draft, placed.path)}
      .problems=${problems}
      .options=${options}
      .max=${max}
    ></dl-field>`;
  }

  /** Whether a shared content setting differs from the baseline's (a setting left out is its default). */
  private differsFromBaseline(): boolean {
    if (this.index === 0) return false;
    const at = (i: number, path: string) => JSON.stringify(getPath(this.draft, `strategies[${i}].${path}`) ?? getPath(DIVIDEND_STRATEGY_DEFAULTS, path) ?? null);
    return SHARED_LEVER_PATHS.some((path) => at(this.index, path) !== at(0, path));
  }

  /** The levers at a glance, for the closed lever list. */
  private leverSummary(): string {
    const at = (path: string, fallback: number) => {
      const v = getPath(this.draft, `strategies[${this.index}].${path}`);
      return typeof v === 'number' ? v : fallback;
    };
    // Realistic qualities are a few percent: one decimal below 10 % (1.5 %, not "2 %").
    const quality = at('content.quality', DIVIDEND_STRATEGY_DEFAULTS.content.quality) * 100;
    const parts = [t('card.sumQuality', { value: `${formatNumber(Number(quality.toFixed(quality < 10 ? 1 : 0)))}%` })];
    const kols = at('kols.hire', 0);
    const fromRank = at('kols.fromRank', 1);
    if (kols > 0) parts.push(tPlural('card.sumKols', kols) + (fromRank > 1 ? ` ${t('card.sumFromRank', { rank: fromRank })}` : ''));
    const reward = at('incentives.rewardPerShare', 0);
    if (reward > 0) parts.push(t('card.sumReward', { value: formatNumber(reward) }));
    const replies = at('brandReplies', 0);
    if (replies > 0) parts.push(t('card.sumReplies', { value: `${Math.round(replies * 100)}%` }));
    const ads = at('ads.reach', 0);
    if (ads > 0) parts.push(t('card.sumAds', { value: `${(ads * 100).toFixed(2)}%` }));
    return parts.join(' · ');
  }

  protected override render() {
    if (!this.draft) return nothing;
    const i = this.index;
    const count = Array.isArray(this.draft.strategies) ? this.draft.strategies.length : 0;
    const name = getPath(this.draft, `strategies[${i}].name`);
    const fields = strategyFields(this.draft, i);
    const seeding = fields.slice(0, 2);
    const levers = fields.slice(2);
    const nameProblems = problemsAt(this.problems, `strategies[${i}].name`).map((p) => reasonIn(p.reason));
    const other = this.problems.filter((p) => p.path === `strategies[${i}]` || p.path === `strategies[${i}].seeding`);
    const leverProblems = levers.some((f) => problemsAt(this.problems, f.path).length > 0 || (this.highlight ?? []).includes(f.path));
    return html`<div class="bar c${this.color}"></div>
      <div class="body">
        <header>
          <span class="swatch c${this.color}" aria-hidden="true"></span>
          <input
            type="text"
            aria-label=${t('card.nameLabel', { n: i + 1 })}
            aria-invalid="${nameProblems.length > 0}"
            maxlength="100"
            .value=${typeof name === 'string' ? name : ''}
            @change=${(e: Event) => this.edit(`strategies[${i}].name`, (e.target as HTMLInputElement).value)}
          />
        </header>
        ${nameProblems.length ? html`<p class="error" role="alert">${nameProblems.join('; ')}</p>` : nothing}
        ${other.map((p) => html`<p class="error" role="alert">${reasonIn(p.reason)}</p>`)}
        <div class="actions">
          <button class="icon" type="button" aria-label=${t('card.moveEarlierLabel', { name: String(name) })} title=${t('card.moveEarlier')} ?disabled=${i === 0} @click=${() => this.op('up')}>↑</button>
          <button class="icon" type="button" aria-label=${t('card.moveLaterLabel', { name: String(name) })} title=${t('card.moveLater')} ?disabled=${i === count - 1} @click=${() => this.op('down')}>↓</button>
          <button class="icon" type="button" aria-label=${t('card.duplicateLabel', { name: String(name) })} title=${t('card.duplicate')} ?disabled=${count >= MAX_STRATEGIES} @click=${() => this.op('duplicate')}>${COPY_ICON}</button>
          <button class="icon" type="button" aria-label=${t('card.deleteLabel', { name: String(name) })} title=${t('card.delete')} ?disabled=${count <= 1} @click=${() => this.op('delete')}>✕</button>
          <span class="spacer"></span>
          ${i === 0 ? html`<span class="badge" title=${t('card.baselineTitle')}>${t('card.baseline')}</span>` : nothing}
          <select aria-label=${t('card.colorLabel', { name: String(name) })} @change=${(e: Event) => this.op('color', Number((e.target as HTMLSelectElement).value))}>
            ${COLOR_NAMES.map((_, k) => html`<option value="${k}" ?selected=${k === this.color}>${t(`color.${k}` as MessageKey & `color.${number}`)}</option>`)}
          </select>
        </div>
        ${seeding.map((f) => this.field(f))}
        ${levers.length
          ? html`<details ?open=${leverProblems}>
              <summary>${t('card.levers')} <span class="lever-summary">${this.leverSummary()}</span>${this.differsFromBaseline() ? html` <span class="badge differs" title=${t('editing.applyAllTitle')}>${t('editing.differs')}</span>` : nothing}</summary>
              ${levers.map((f) => this.field(f))}
              <div class="tools">
                <button type="button" class="apply-all" title=${t('editing.applyAllTitle')} ?disabled=${count <= 1} @click=${() => this.op('apply-shared')}>${t('editing.applyAll')}</button>
                ${i > 0
                  ? html`<button type="button" class="scale" title=${this.canScale ? t('editing.scaleTitle') : t('editing.scaleNeedsRun')} ?disabled=${!this.canScale} @click=${() => this.op('scale')}>${t('editing.scale')}</button>`
                  : nothing}
              </div>
            </details>`
          : nothing}
      </div>`;
  }
}

if (!customElements.get('dl-strategy-card')) customElements.define('dl-strategy-card', DlStrategyCard);

declare global {
  interface HTMLElementTagNameMap {
    'dl-strategy-card': DlStrategyCard;
  }
}
