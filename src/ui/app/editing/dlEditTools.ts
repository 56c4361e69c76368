/**
 * `<dl-edit-tools>`: the editing bar at the top of the scenario panel (always in view) — Undo
 * and Redo buttons and "My scenarios" (save the scenario under a name in this browser, open or
 * delete a saved one: scenarioLibrary.ts). Properties down, events up: `dl-undo`, `dl-redo`,
 * `dl-library-open` {name, draft, colors} and `dl-edit-notice` {kind, text}.
 */
import { css, html, LitElement, nothing } from 'lit';
import { currentLocale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { draftText, type Draft } from '../draft';
import { controlStyles } from '../styles';
import { browserStore, deleteFromLibrary, entryProblems, MAX_LIBRARY_ENTRIES, openFromLibrary, readLibrary, saveToLibrary, type Library } from './scenarioLibrary';
import { t, tPlural } from '../../i18n/t';

export interface LibraryOpenDetail {
  name: string;
  draft: Draft;
  colors: number[];
}

export interface EditNoticeDetail {
  kind: 'info' | 'warning';
  text: string;
}

export class DlEditTools extends LitElement {
  static override properties = {
    canUndo: { type: Boolean },
    canRedo: { type: Boolean },
    draft: { attribute: false },
    colors: { attribute: false },
    library: { state: true },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
      }
      .menu {
        display: contents;
      }
      .menu[open] .panel {
        flex-basis: 100%;
      }
      .menu summary {
        list-style: none;
        cursor: pointer;
        min-height: 32px;
        box-sizing: border-box;
        padding: 6px 12px;
        border-radius: 6px;
        border: 1px solid var(--dl-border);
        background: var(--dl-surface);
        font-size: calc(13px * var(--dl-scale, 1));
        white-space: nowrap;
      }
      .menu summary::after {
        content: ' ▾';
      }
      .panel {
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 10px;
        width: 100%;
        background: var(--dl-surface);
        border: 1px solid var(--dl-border);
        border-radius: 8px;
        font-size: calc(13px * var(--dl-scale, 1));
      }
      form {
        display: flex;
        gap: 6px;
      }
      form input {
        flex: 1;
        min-width: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-height: 320px;
        overflow-y: auto;
      }
      li {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      li .name {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      li button {
        min-height: 28px;
        padding: 2px 8px;
      }
      .problems {
        flex: none;
        font-size: calc(11px * var(--dl-scale, 1));
        color: var(--dl-error);
        white-space: nowrap;
      }
      .muted {
        color: var(--dl-text-muted);
        font-size: calc(12px * var(--dl-scale, 1));
      }
    `,
  ];

  declare canUndo: boolean;
  declare canRedo: boolean;
  declare draft: Draft;
  declare colors: readonly number[];
  declare library: Library;
  /** Problems the validator finds per stored scenario text (validated once per text). */
  private readonly problemsByText = new Map<string, number>();

  constructor() {
    super();
    new LocaleController(this);
    this.canUndo = false;
    this.canRedo = false;
    this.draft = {};
    this.colors = [];
    this.library = readLibrary(browserStore());
  }

  private emit<D>(type: string, detail?: D): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private notice(kind: EditNoticeDetail['kind'], text: string): void {
    this.emit<EditNoticeDetail>('dl-edit-notice', { kind, text });
  }

  private problemsOf(entry: Library['entries'][number]): number {
    let n = this.problemsByText.get(entry.scenarioText);
    if (n === undefined) this.problemsByText.set(entry.scenarioText, (n = entryProblems(entry)));
    return n;
  }

  private onToggle(e: Event): void {
    // Re-read when opened: another tab may have saved meanwhile.
    if ((e.target as HTMLDetailsElement).open) {
      this.library = readLibrary(browserStore());
      if (this.library.damaged) this.notice('warning', t('editing.libraryDamaged'));
    }
  }

  private save(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#library-name');
    const name = input?.value ?? '';
    const saved = saveToLibrary(browserStore(), name, draftText(this.draft), this.colors, Date.now());
    if (!saved.ok) {
      this.notice('warning', t(`editing.saveRefused.${saved.reason}`));
      return;
    }
    this.library = saved.library;
    this.notice('info', t('editing.savedAs', { name: saved.library.entries[0].name }));
  }

  private open(name: string): void {
    const opened = openFromLibrary(browserStore(), name);
    if (!opened) {
      this.library = readLibrary(browserStore());
      this.notice('warning', t('editing.libraryDamaged'));
      return;
    }
    this.renderRoot.querySelector('details')?.removeAttribute('open');
    this.emit<LibraryOpenDetail>('dl-library-open', { name, ...opened });
  }

  private removeSaved(name: string): void {
    this.library = deleteFromLibrary(browserStore(), name);
  }

  protected override render() {
    const locale = currentLocale();
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    const suggested = typeof this.draft.name === 'string' ? this.draft.name : '';
    return html`<button type="button" id="undo" title=${t('editing.undoTitle')} ?disabled=${!this.canUndo} @click=${() => this.emit('dl-undo')}>↶ ${t('editing.undo')}</button>
      <button type="button" id="redo" title=${t('editing.redoTitle')} ?disabled=${!this.canRedo} @click=${() => this.emit('dl-redo')}>↷ ${t('editing.redo')}</button>
      <details class="menu" id="library-menu" @toggle=${this.onToggle}>
        <summary>${t('editing.library')}</summary>
        <div class="panel" role="group" aria-label=${t('editing.library')}>
          <form @submit=${this.save}>
            <input type="text" id="library-name" maxlength="100" aria-label=${t('editing.libraryName')} placeholder=${t('editing.libraryName')} .value=${suggested} />
            <button type="submit" id="library-save">${t('editing.saveAs')}</button>
          </form>
          ${this.library.entries.length === 0
            ? html`<span class="muted">${t('editing.libraryEmpty')}</span>`
            : html`<ul id="library-list">
                ${this.library.entries.map(
                  (e) => html`<li>
                    <span class="name" title=${e.name}>${e.name}</span>
                    ${this.problemsOf(e) > 0 ? html`<span class="problems" title=${t('editing.libraryProblemsTitle')}>${tPlural('editing.libraryProblems', this.problemsOf(e))}</span>` : nothing}
                    <span class="muted">${e.savedAt > 0 ? when.format(e.savedAt) : ''}</span>
                    <button type="button" class="open" aria-label=${t('editing.openLabel', { name: e.name })} @click=${() => this.open(e.name)}>${t('editing.open')}</button>
                    <button type="button" class="delete" aria-label=${t('editing.removeLabel', { name: e.name })} @click=${() => this.removeSaved(e.name)}>✕</button>
                  </li>`,
                )}
              </ul>`}
          <span class="muted">${t('editing.libraryHint', { max: MAX_LIBRARY_ENTRIES })}</span>
        </div>
      </details>`;
  }
}

if (!customElements.get('dl-edit-tools')) customElements.define('dl-edit-tools', DlEditTools);

declare global {
  interface HTMLElementTagNameMap {
    'dl-edit-tools': DlEditTools;
  }
}
