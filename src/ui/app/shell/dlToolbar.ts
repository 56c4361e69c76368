/**
 * `<dl-toolbar>`: the page's top bar — open a preset or the blank template, the lessons, the
 * first-visit introduction, upload / download / share the scenario, export results, language,
 * presenter mode and theme. Properties down: what the buttons show (pressed, enabled, selected).
 * Events up: one `dl-toolbar` event whose detail says what was asked for (ToolbarAction); the page
 * does it. In presenter mode the advanced groups are hidden.
 */
import { css, html, LitElement } from 'lit';
import { LOCALE_NAMES, LOCALES, currentLocale, type Locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import type { ResultExport } from '../exportResults';
import { presetChoices } from '../presetText';
import type { ThemeChoice } from '../storage';
import { controlStyles } from '../styles';
import '../intro/dlIntro';
import '../classroom/dlSkipLink';

/** What a toolbar control asks the page to do. */
export type ToolbarAction =
  | { kind: 'preset'; id: string }
  | { kind: 'lessons' }
  | { kind: 'upload'; file: File }
  | { kind: 'download' }
  | { kind: 'share' }
  | { kind: 'export'; format: ResultExport }
  | { kind: 'locale'; locale: Locale }
  | { kind: 'present' }
  | { kind: 'theme'; theme: ThemeChoice };

const THEME_LABELS = { auto: 'toolbar.themeAuto', light: 'toolbar.themeLight', dark: 'toolbar.themeDark' } as const;

export class DlToolbar extends LitElement {
  static override properties = {
    lessonsOpen: { type: Boolean },
    inLesson: { type: Boolean },
    introAutoOpen: { type: Boolean },
    canExport: { type: Boolean },
    presenter: { type: Boolean, reflect: true },
    theme: { type: String },
  };

  static override styles = [controlStyles, css`
    :host { display: block; position: sticky; top: 0; z-index: 5; }
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; padding: 10px 20px;
      background: var(--dl-bg); border-bottom: 1px solid var(--dl-border); }
    .brand { display: flex; flex-direction: column; margin-right: 10px; }
    h1 { margin: 0; font-size: calc(19px * var(--dl-scale, 1)); line-height: 1.1; }
    .tagline { font-size: calc(12px * var(--dl-scale, 1)); color: var(--dl-text-muted); }
    @media (max-width: 1500px) { .tagline { display: none; } }
    .group { display: flex; align-items: center; gap: 6px; }
    .sep { width: 1px; align-self: stretch; background: var(--dl-border); margin: 2px 4px; }
    .grow { flex: 1; }
    .muted { color: var(--dl-text-muted); font-size: calc(13px * var(--dl-scale, 1)); }
    select { max-width: 230px; }
    .lang select { max-width: 120px; }
    @media (max-width: 1400px) {
      select { max-width: 160px; }
      /* Room for the intro's "?" so the bar stays one line at 1280 px ("Open a preset…" still whole). */
      div.group.advanced > select { max-width: 144px; }
      .brand { margin-right: 0; }
      header { gap: 6px 5px; padding: 10px 14px; }
      .sep { display: none; }
    }
    .menu { position: relative; }
    .menu summary { list-style: none; cursor: pointer; min-height: 32px; box-sizing: border-box; padding: 6px 12px; border-radius: 6px;
      border: 1px solid var(--dl-border); background: var(--dl-surface); font-size: calc(13px * var(--dl-scale, 1)); }
    .menu summary::after { content: ' ▾'; }
    .menu-items { position: absolute; top: 38px; left: 0; z-index: 10; display: flex; flex-direction: column; gap: 6px; padding: 10px; min-width: 230px;
      background: var(--dl-bg); border: 1px solid var(--dl-border); border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / 18%); }
    .menu-items button { text-align: left; }
    input[type='file'] { display: none; }
    button[aria-pressed='true'] { background: var(--dl-focus); border-color: var(--dl-focus); color: var(--dl-on-focus, #ffffff); }
    :host([presenter]) .advanced { display: none; }
  `];

  /** The lesson list is open (the Lessons button is pressed). */
  declare lessonsOpen: boolean;
  /** A lesson is on screen (the skip link goes into it). */
  declare inLesson: boolean;
  /** The introduction may greet a first visit now. */
  declare introAutoOpen: boolean;
  /** A finished simulation can be exported. */
  declare canExport: boolean;
  declare presenter: boolean;
  declare theme: ThemeChoice;

  constructor() {
    super();
    this.lessonsOpen = false;
    this.inLesson = false;
    this.introAutoOpen = false;
    this.canExport = false;
    this.presenter = false;
    this.theme = 'auto';
    new LocaleController(this);
  }

  /** Put the focus on the Lessons button (the lesson list was closed). */
  focusLessons(): void {
    this.renderRoot.querySelector<HTMLElement>('#lessons-button')?.focus();
  }

  private ask(action: ToolbarAction): void {
    this.dispatchEvent(new CustomEvent<ToolbarAction>('dl-toolbar', { detail: action }));
  }

  protected override render() {
    const locale = currentLocale();
    const done = this.canExport;
    return html`<header><dl-skip-link .inLesson=${this.inLesson}></dl-skip-link>
      <div class="brand" title=${t('app.formula')}><h1>${t('app.title')}</h1><span class="tagline">${t('app.tagline')}</span></div>
      <div class="group advanced">
        <select aria-label=${t('toolbar.openPresetLabel')} @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          this.ask({ kind: 'preset', id: select.value });
          select.value = '';
        }}>
          <option value="" selected>${t('toolbar.openPreset')}</option>
          <option value="new">${t('toolbar.newTemplate')}</option>
          ${presetChoices(locale).map((p) => html`<option value="${p.id}">${p.name}</option>`)}
        </select>
      </div>
      <div class="group">
        <button type="button" id="lessons-button" aria-pressed=${this.lessonsOpen ? 'true' : 'false'} @click=${() => this.ask({ kind: 'lessons' })}>${t('toolbar.lessons')}</button>
        <dl-intro .autoOpen=${this.introAutoOpen}></dl-intro>
      </div>
      <span class="sep advanced"></span>
      <div class="group advanced">
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()} title=${t('toolbar.uploadTitle')}>${t('toolbar.upload')}</button>
        <input type="file" id="scenario-upload" accept=".json,application/json" aria-label=${t('toolbar.fileLabel')} @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) this.ask({ kind: 'upload', file });
        }} />
        <button type="button" @click=${() => this.ask({ kind: 'download' })} title=${t('toolbar.downloadTitle')}>${t('toolbar.download')}</button>
        <button type="button" @click=${() => this.ask({ kind: 'share' })}>${t('toolbar.share')}</button>
      </div>
      <span class="sep advanced"></span>
      <details class="menu advanced" id="export-menu">
        <summary>${t('toolbar.export')}</summary>
        <div class="menu-items" role="group" aria-label=${t('toolbar.export')}>
          <button type="button" ?disabled=${!done} @click=${() => this.ask({ kind: 'export', format: 'json' })}>${t('toolbar.exportJson')}</button>
          <button type="button" ?disabled=${!done} @click=${() => this.ask({ kind: 'export', format: 'runs-csv' })}>${t('toolbar.exportRunsCsv')}</button>
          <button type="button" ?disabled=${!done} @click=${() => this.ask({ kind: 'export', format: 'steps-csv' })}>${t('toolbar.exportStepsCsv')}</button>
          <span class="muted">${done ? t('toolbar.exportChartsHint') : t('toolbar.exportWhenDone')}</span>
        </div>
      </details>
      <span class="grow"></span>
      <label class="group lang">
        <select id="language" aria-label=${t('toolbar.languageLabel')} @change=${(e: Event) => this.ask({ kind: 'locale', locale: (e.target as HTMLSelectElement).value as Locale })}>
          ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${LOCALE_NAMES[l]}</option>`)}
        </select>
      </label>
      <button type="button" id="present" aria-pressed=${this.presenter ? 'true' : 'false'} title=${this.presenter ? t('toolbar.presentExit') : t('toolbar.presentTitle')}
        @click=${() => this.ask({ kind: 'present' })}>${t('toolbar.present')}</button>
      <label class="group muted advanced">
        <select aria-label=${t('toolbar.themeLabel')} @change=${(e: Event) => this.ask({ kind: 'theme', theme: (e.target as HTMLSelectElement).value as ThemeChoice })}>
          ${(['auto', 'light', 'dark'] as const).map((th) => html`<option value="${th}" ?selected=${th === this.theme}>${t(THEME_LABELS[th])}</option>`)}
        </select>
      </label></header>`;
  }
}

if (!customElements.get('dl-toolbar')) customElements.define('dl-toolbar', DlToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'dl-toolbar': DlToolbar;
  }
}
