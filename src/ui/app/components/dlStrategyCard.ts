/**
 * `<dl-strategy-card>`: one launch strategy — its name, colour, seeding (who posts first) and,
 * with the dividend model, its levers (content, KOLs, rewards, brand replies, ads, waves).
 * Edits bubble up as `dl-edit`; card actions as `dl-strategy` {op, index, value}.
 */
import { css, html, LitElement, nothing, svg } from 'lit';
import { DIVIDEND_SEEDING_METHODS } from '../../../scenario/strategySchema';
import { getPath, problemsAt, type Draft, type Problem } from '../draft';
import { dependentMax, SEEDING_LABELS, strategyFields, type PlacedField } from '../fieldSpecs';
import { controlStyles } from '../styles';
import './dlField';

export type StrategyOp = 'duplicate' | 'delete' | 'up' | 'down' | 'color';

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
        font-size: 14px;
      }
      .badge {
        font-size: 11px;
        padding: 1px 6px;
        border-radius: 8px;
        border: 1px solid var(--dl-border);
        color: var(--dl-text-muted);
        white-space: nowrap;
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
        font-size: 13px;
        font-weight: 600;
        margin-bottom: 10px;
      }
      .lever-summary {
        font-weight: 400;
        color: var(--dl-text-muted);
      }
      .error {
        color: var(--dl-error);
        font-size: 12px;
        font-weight: 600;
        margin: -6px 0 10px;
      }
    `,
  ];

  declare draft: Draft;
  declare index: number;
  declare color: number;
  declare problems: readonly Problem[];

  constructor() {
    super();
    this.problems = [];
    this.index = 0;
    this.color = 0;
  }

  private op(op: StrategyOp, value?: number): void {
    this.dispatchEvent(new CustomEvent<StrategyOpDetail>('dl-strategy', { detail: { op, index: this.index, value }, bubbles: true, composed: true }));
  }

  private edit(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent('dl-edit', { detail: { path, value }, bubbles: true, composed: true }));
  }

  private field(placed: PlacedField) {
    const problems = problemsAt(this.problems, placed.path).map((p) => p.reason);
    let options;
    let max: number | undefined;
    if (placed.spec.path === 'seeding.method') {
      const current = getPath(this.draft, placed.path);
      const dividend = getPath(this.draft, 'model.kind') === 'dividend';
      options = (DIVIDEND_SEEDING_METHODS as readonly string[])
        .filter((m) => (m !== 'manual' || current === 'manual') && (m !== 'core-fans' || dividend))
        .map((m) => ({ value: m, label: SEEDING_LABELS[m] ?? m }));
    }
    max = dependentMax(this.draft, placed.path);
    return html`<dl-field
      compact
      data-path="${placed.path}"
      .spec=${placed.spec}
      .path=${placed.path}
      .value=${getPath(this.draft, placed.path)}
      .problems=${problems}
      .options=${options}
      .max=${max}
    ></dl-field>`;
  }

  /** The levers at a glance, for the closed lever list. */
  private leverSummary(): string {
    const at = (path: string, fallback: number) => {
      const v = getPath(this.draft, `strategies[${this.index}].${path}`);
      return typeof v === 'number' ? v : fallback;
    };
    const parts = [`quality ${Math.round(at('content.quality', 0.3) * 100)}%`];
    const kols = at('kols.hire', 0);
    if (kols > 0) parts.push(`${kols} KOL${kols === 1 ? '' : 's'}`);
    const reward = at('incentives.rewardPerShare', 0);
    if (reward > 0) parts.push(`reward ${reward}`);
    const replies = at('brandReplies', 0);
    if (replies > 0) parts.push(`replies ${Math.round(replies * 100)}%`);
    const ads = at('ads.reach', 0);
    if (ads > 0) parts.push(`ads ${(ads * 100).toFixed(2)}%/h`);
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
    const nameProblems = problemsAt(this.problems, `strategies[${i}].name`).map((p) => p.reason);
    const other = this.problems.filter((p) => p.path === `strategies[${i}]` || p.path === `strategies[${i}].seeding`);
    const leverProblems = levers.some((f) => problemsAt(this.problems, f.path).length > 0);
    return html`<div class="bar c${this.color}"></div>
      <div class="body">
        <header>
          <span class="swatch c${this.color}" aria-hidden="true"></span>
          <input
            type="text"
            aria-label="Strategy ${i + 1} name"
            aria-invalid="${nameProblems.length > 0}"
            maxlength="100"
            .value=${typeof name === 'string' ? name : ''}
            @change=${(e: Event) => this.edit(`strategies[${i}].name`, (e.target as HTMLInputElement).value)}
          />
        </header>
        ${nameProblems.length ? html`<p class="error" role="alert">${nameProblems.join('; ')}</p>` : nothing}
        ${other.map((p) => html`<p class="error" role="alert">${p.reason}</p>`)}
        <div class="actions">
          <button class="icon" type="button" aria-label="Move ${String(name)} earlier" title="Move earlier" ?disabled=${i === 0} @click=${() => this.op('up')}>↑</button>
          <button class="icon" type="button" aria-label="Move ${String(name)} later" title="Move later" ?disabled=${i === count - 1} @click=${() => this.op('down')}>↓</button>
          <button class="icon" type="button" aria-label="Duplicate ${String(name)}" title="Duplicate" ?disabled=${count >= 8} @click=${() => this.op('duplicate')}>${COPY_ICON}</button>
          <button class="icon" type="button" aria-label="Delete ${String(name)}" title="Delete" ?disabled=${count <= 1} @click=${() => this.op('delete')}>✕</button>
          <span class="spacer"></span>
          ${i === 0 ? html`<span class="badge" title="Every other strategy is compared with this one">baseline</span>` : nothing}
          <select aria-label="Colour of ${String(name)}" @change=${(e: Event) => this.op('color', Number((e.target as HTMLSelectElement).value))}>
            ${COLOR_NAMES.map((c, k) => html`<option value="${k}" ?selected=${k === this.color}>${c}</option>`)}
          </select>
        </div>
        ${seeding.map((f) => this.field(f))}
        ${levers.length
          ? html`<details ?open=${leverProblems}>
              <summary>Levers <span class="lever-summary">${this.leverSummary()}</span></summary>
              ${levers.map((f) => this.field(f))}
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
