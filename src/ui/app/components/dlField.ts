/**
 * `<dl-field>`: one labelled control — slider with a number box, select, text or toggle — with
 * its value and unit visible, a one-line explanation, and the validator's problems for its path
 * right under it. Native inputs, so it is keyboard operable (arrows, Page Up/Down, Home/End on
 * sliders). Emits `dl-edit` {path, value} (bubbles, composed); `value: undefined` removes the field.
 */
import { html, LitElement, nothing } from 'lit';
import type { FieldSpec, SelectOption } from '../fieldSpecs';
import { controlStyles } from '../styles';
import { fieldStyles } from './fieldStyles';
import { currentLocale, LOCALES } from '../../i18n/locale';
import { messageIn, t } from '../../i18n/t';
import { CurrencyController, currencySymbol, currentCurrency } from '../editing/currency';

/** The unit word of money controls, in every language (a money unit shows the currency's symbol). */
const MONEY_UNITS = new Set(LOCALES.map((locale) => messageIn(locale, 'control.model.economics.costPerSeed.unit')));

export interface EditDetail {
  path: string;
  value: unknown;
}

let nextId = 0;

/** Slider position resolution for log sliders. */
const LOG_STEPS = 1000;

const valueFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per language: building one per value and render was the top cost of a slider drag (profiled). */
function valueFormat(locale: string): Intl.NumberFormat {
  let format = valueFormats.get(locale);
  if (!format) valueFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })));
  return format;
}

/** Round away floating-point noise (0.07 × 100 = 7.000000000000001). */
function tidy(v: number): number {
  return Number(v.toPrecision(10));
}

export class DlField extends LitElement {
  static override properties = {
    spec: { attribute: false },
    value: { attribute: false },
    path: { type: String },
    problems: { attribute: false },
    options: { attribute: false },
    max: { type: Number },
    disabled: { type: Boolean },
    compact: { type: Boolean, reflect: true },
    highlight: { type: Boolean, reflect: true },
    baselineValue: { attribute: false },
    helpOpen: { state: true },
  };

  static override styles = [controlStyles, fieldStyles];

  declare spec: FieldSpec;
  declare value: unknown;
  /** Absolute path in the scenario (e.g. `strategies[1].seeding.count`). */
  declare path: string;
  declare problems: readonly string[];
  /** Options of a select (overrides spec.options). */
  declare options: readonly SelectOption[] | undefined;
  /** Upper bound overriding spec.max (e.g. seed users ≤ people). */
  declare max: number | undefined;
  declare disabled: boolean;
  /** Explanation as a tooltip (ⓘ) instead of an inline line; still read by screen readers. */
  declare compact: boolean;
  /** Outlined: the control a lesson step is about. */
  declare highlight: boolean;
  /** The baseline strategy's value of this field (cards after the first): a marker shows when it differs. */
  declare baselineValue: unknown;
  /** The explanation is open (compact fields show it on the "i" button). */
  declare helpOpen: boolean;
  private readonly uid = `f${nextId++}`;

  constructor() {
    super();
    this.problems = [];
    this.disabled = false;
    this.compact = false;
    this.highlight = false;
    this.helpOpen = false;
    new CurrencyController(this);
  }

  /** The unit as shown: money in the chosen currency's symbol. */
  private get unit(): string | undefined {
    const unit = this.spec.unit;
    if (unit === undefined || !MONEY_UNITS.has(unit)) return unit;
    return currencySymbol(currentCurrency(), currentLocale()) || unit;
  }

  /** Whether this strategy's value differs from the baseline's (missing values read as the default). */
  private differs(): boolean {
    if (this.baselineValue === undefined) return false;
    const own = this.current;
    const base = this.baselineValue === null ? (this.spec.fallback ?? null) : this.baselineValue;
    return JSON.stringify(own ?? null) !== JSON.stringify(base ?? null);
  }

  private onInfoKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.helpOpen) {
      e.preventDefault();
      e.stopPropagation();
      this.helpOpen = false;
    }
  }

  private emit(value: unknown): void {
    this.dispatchEvent(new CustomEvent<EditDetail>('dl-edit', { detail: { path: this.path, value }, bubbles: true, composed: true }));
  }

  private get current(): unknown {
    return this.value === undefined || this.value === null ? (this.spec.fallback ?? this.value) : this.value;
  }

  private get scale(): number {
    return this.spec.percent !== undefined ? 100 : 1;
  }

  private get upper(): number {
    return this.max ?? this.spec.max ?? 1;
  }

  private sliderBounds(): [number, number] {
    const lo = Math.max(this.spec.min ?? 0, this.spec.sliderMin ?? this.spec.min ?? 0);
    const hi = Math.min(this.upper, this.spec.sliderMax ?? this.upper);
    return [lo, Math.max(lo, hi)];
  }

  /** Slider position of a value (log sliders use 0 … LOG_STEPS). */
  private toPosition(v: number): number {
    const [lo, hi] = this.sliderBounds();
    if (!this.spec.log) return Math.min(hi, Math.max(lo, v));
    const a = Math.max(lo, 1e-9);
    if (hi <= a) return 0;
    return Math.round((Math.log(Math.min(hi, Math.max(a, v)) / a) / Math.log(hi / a)) * LOG_STEPS);
  }

  private fromPosition(p: number): number {
    const [lo, hi] = this.sliderBounds();
    if (!this.spec.log) return p;
    const a = Math.max(lo, 1e-9);
    const v = a * Math.pow(hi / a, p / LOG_STEPS);
    return this.spec.integer ? Math.round(v) : tidy(v);
  }

  private display(v: unknown): string {
    if (typeof v !== 'number' || !Number.isFinite(v)) return v === null || v === undefined ? '—' : String(v);
    if (this.spec.percent !== undefined) return `${(v * 100).toFixed(this.spec.percent)}%`;
    return valueFormat(currentLocale()).format(v);
  }

  private onNumber(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (input.value.trim() === '') return;
    const n = Number(input.value);
    // An unparsable entry goes to the validator as typed, which explains what is expected.
    this.emit(Number.isFinite(n) ? tidy(n / this.scale) : input.value);
  }

  private onText(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    if (Array.isArray(this.spec.fallback)) {
      // A list of numbers typed as "0, 48".
      const parts = text.split(/[,\s;]+/).filter((p) => p !== '');
      const numbers = parts.map(Number);
      this.emit(numbers.every((n) => Number.isFinite(n)) ? numbers : text);
    } else this.emit(text);
  }

  protected override render() {
    const s = this.spec;
    const invalid = this.problems.length > 0;
    const describedBy = `${this.uid}-help${invalid ? ` ${this.uid}-err` : ''}`;
    const value = this.current;
    let control;
    let shown: unknown = nothing;
    switch (s.control) {
      case 'slider':
      case 'number': {
        const numeric = typeof value === 'number' && Number.isFinite(value);
        const [lo, hi] = this.sliderBounds();
        const unit = this.unit;
        shown = html`<output for="${this.uid}">${this.display(value)}${unit ? html` <span class="unit">${unit}</span>` : nothing}</output>`;
        control = html`<div class="row">
          ${s.control === 'slider'
            ? html`<input
                type="range"
                aria-label="${s.label}"
                aria-describedby="${describedBy}"
                aria-valuetext="${this.display(value)}${this.unit ? ` ${this.unit}` : ''}"
                min="${s.log ? 0 : lo}"
                max="${s.log ? LOG_STEPS : hi}"
                step="${s.log ? 1 : (s.step ?? 1)}"
                .value="${String(numeric ? this.toPosition(value) : lo)}"
                ?disabled=${this.disabled}
                @input=${(e: Event) => this.emit(this.fromPosition(Number((e.target as HTMLInputElement).value)))}
              />`
            : nothing}
          <input
            id="${this.uid}"
            type="number"
            inputmode="decimal"
            aria-invalid="${invalid}"
            aria-describedby="${describedBy}"
            min="${(s.min ?? 0) * this.scale}"
            max="${this.upper * this.scale}"
            step="${(s.step ?? 1) * this.scale}"
            .value="${numeric ? String(tidy(value * this.scale)) : value === undefined || value === null ? '' : String(value)}"
            ?disabled=${this.disabled}
            @change=${this.onNumber}
          />
        </div>`;
        break;
      }
      case 'select': {
        const options = this.options ?? s.options ?? [];
        const known = options.some((o) => o.value === value);
        control = html`<div class="row"><select
          id="${this.uid}"
          aria-invalid="${invalid}"
          aria-describedby="${describedBy}"
          ?disabled=${this.disabled}
          @change=${(e: Event) => this.emit((e.target as HTMLSelectElement).value)}
        >
          ${known ? nothing : html`<option value="" selected>${value === undefined ? t('field.choose') : String(value)}</option>`}
          ${options.map((o) => html`<option value="${o.value}" ?selected=${o.value === value}>${o.label}</option>`)}
        </select></div>`;
        break;
      }
      case 'text':
        control = html`<div class="row"><input
          id="${this.uid}"
          type="text"
          aria-invalid="${invalid}"
          aria-describedby="${describedBy}"
          maxlength="${s.max ?? 200}"
          .value="${Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value)}"
          ?disabled=${this.disabled}
          @change=${this.onText}
        /></div>`;
        break;
      case 'toggle':
        return html`<div class="toggle">
            <input id="${this.uid}" type="checkbox" aria-describedby="${describedBy}" .checked=${value === true} ?disabled=${this.disabled}
              @change=${(e: Event) => this.emit((e.target as HTMLInputElement).checked)} />
            <label for="${this.uid}">${s.label}</label>
          </div>
          <p class="help" id="${this.uid}-help">${s.help}</p>
          ${this.renderProblems()}`;
    }
    const info = this.compact
      ? html`<button type="button" class="info" aria-label=${t('editing.about', { label: s.label })} aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="${this.uid}-help"
          @click=${() => (this.helpOpen = !this.helpOpen)} @keydown=${this.onInfoKey}>i</button>`
      : nothing;
    const differs = this.differs()
      ? html`<span class="differs" title=${t('editing.differsTitle', { value: this.display(this.baselineValue === null ? this.spec.fallback : this.baselineValue) })}>${t('editing.differs')}</span>`
      : nothing;
    return html`<div class="top"><span class="label"><label for="${this.uid}" title="${s.help}">${s.label}</label>${info}${differs}</span>${shown}</div>
      ${control}
      <p class="help ${this.helpOpen ? 'open' : ''}" id="${this.uid}-help" @keydown=${this.onInfoKey}>${s.help}</p>
      ${this.renderProblems()}`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return nothing;
    return html`<p class="error" id="${this.uid}-err" role="alert">${this.problems.join('; ')}</p>`;
  }
}

if (!customElements.get('dl-field')) customElements.define('dl-field', DlField);

declare global {
  interface HTMLElementTagNameMap {
    'dl-field': DlField;
  }
}
