/**
 * `<dl-messages>`: the messages above the comparison — a refused upload and its problems, a long
 * run waiting for a yes, "Back to your scenario", "Back to the previous scenario", the count of
 * the draft's problems with those no control on the page shows (a field only a file can set),
 * the validator's warnings, passing notices and a share link to copy. Properties down: the state
 * of each. Events up: `dl-message` whose detail says which button was pressed (MessageAction).
 */
import { css, html, LitElement, nothing } from 'lit';
import type { ScenarioProblem } from '../../../scenario/reasons';
import { reasonIn } from '../../i18n/problemText';
import { LocaleController } from '../../i18n/localeController';
import { t, tPlural } from '../../i18n/t';
import { problemsAt, strategiesOf, type Draft, type PlacedProblem } from '../draft';
import { scenarioFields, strategyFields } from '../fieldSpecs';
import { knownKindsOnly } from '../knownKinds';
import type { RunEstimate } from '../../../runtime/runEstimate';
import { controlStyles } from '../styles';
import type { Notice } from './noticeList';
import { MAX_UPLOAD_BYTES, type UploadFailure } from './uploadController';
import type { KeptScenario } from './yourScenario';

/** A button of a message. */
export type MessageAction =
  | { kind: 'open-upload' | 'dismiss-upload' | 'run-long' | 'back-to-yours' | 'forget-yours' | 'restore-previous' | 'dismiss-previous' | 'dismiss-share' }
  | { kind: 'dismiss-notice'; id: number };

/** Problems no control on the page shows (e.g. a field only a file can set). */
export function unplacedProblems(draft: Draft, problems: readonly PlacedProblem[]): PlacedProblem[] {
  if (problems.length === 0) return [];
  const sections = scenarioFields(knownKindsOnly(draft));
  const fieldPaths = [...sections.network, ...sections.model, ...sections.run].map((f) => f.path);
  const exactPaths: string[] = [];
  strategiesOf(draft).forEach((_, i) => {
    for (const f of strategyFields(draft, i)) fieldPaths.push(f.path);
    fieldPaths.push(`strategies[${i}].name`);
    exactPaths.push(`strategies[${i}]`, `strategies[${i}].seeding`);
  });
  return problems.filter((p) => !exactPaths.includes(p.path) && !fieldPaths.some((path) => problemsAt([p], path).length > 0));
}

/** One problem for a list: the path as written in the file, the reason in the current language. */
function problemItem(p: { path: string | null; reason: ScenarioProblem['reason'] }) {
  return html`<li>${p.path === null ? nothing : html`<code>${p.path}</code>: `}${reasonIn(p.reason)}</li>`;
}

export class DlMessages extends LitElement {
  static override properties = {
    draft: { attribute: false },
    problems: { attribute: false },
    warnings: { attribute: false },
    notices: { attribute: false },
    upload: { attribute: false },
    longRun: { attribute: false },
    yours: { attribute: false },
    hasPrevious: { type: Boolean },
    shareLink: { attribute: false },
  };

  static override styles = [controlStyles, css`
    :host { display: block; }
    .messages { display: flex; flex-direction: column; gap: 8px; margin-bottom: 12px; }
    .message { display: flex; gap: 10px; align-items: flex-start; padding: 10px 14px; border-radius: 8px; border: 1px solid var(--dl-border);
      background: var(--dl-bg); font-size: calc(14px * var(--dl-scale, 1)); }
    .message.warning { border-color: var(--dl-warning); }
    .message.error { border-color: var(--dl-error); }
    .message .text { flex: 1; }
    .message ul { margin: 6px 0 0; padding-left: 20px; }
    .message li { margin: 2px 0; }
    code { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: calc(12.5px * var(--dl-scale, 1)); }
    .share { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
    .share input { flex: 1; min-width: 0; }
  `];

  /** The working draft (to tell which problems a control shows). */
  declare draft: Draft;
  declare problems: readonly PlacedProblem[];
  declare warnings: readonly ScenarioProblem[];
  declare notices: readonly Notice[];
  declare upload: UploadFailure | null;
  declare longRun: { estimate: RunEstimate } | null;
  declare yours: KeptScenario | null;
  /** An upload replaced the page's scenario ("Back to the previous scenario"). */
  declare hasPrevious: boolean;
  declare shareLink: string | null;

  constructor() {
    super();
    this.draft = {};
    this.problems = [];
    this.warnings = [];
    this.notices = [];
    this.upload = null;
    this.longRun = null;
    this.yours = null;
    this.hasPrevious = false;
    this.shareLink = null;
    new LocaleController(this);
  }

  private ask(action: MessageAction): void {
    this.dispatchEvent(new CustomEvent<MessageAction>('dl-message', { detail: action }));
  }

  protected override render() {
    const items = [];
    const dismiss = t('msg.dismiss');
    const close = (action: MessageAction) => html`<button class="icon" type="button" aria-label=${dismiss} @click=${() => this.ask(action)}>✕</button>`;
    if (this.upload) {
      items.push(html`<div class="message error" role="alert" id="upload-error">
        <div class="text">
          <strong>${t('msg.notOpened', { file: this.upload.file })}</strong>${t('msg.unchanged')}
          <ul>${this.upload.tooLarge ? html`<li><code>${t('msg.uploadTooLarge', { mb: MAX_UPLOAD_BYTES / 1e6 })}</code></li>` : nothing}${this.upload.problems.map(problemItem)}</ul>
          ${this.upload.value ? html`<button type="button" @click=${() => this.ask({ kind: 'open-upload' })}>${t('msg.openAnyway')}</button>` : nothing}
        </div>
        ${close({ kind: 'dismiss-upload' })}
      </div>`);
    }
    if (this.longRun) {
      const { estimate } = this.longRun;
      items.push(html`<div class="message warning" role="alert" id="long-run"><div class="text">${t('msg.longRun', { minutes: Math.max(1, Math.round(estimate.seconds / 60)), mb: Math.round(estimate.bytes / 1e6) })}</div>
        <button type="button" id="run-long" @click=${() => this.ask({ kind: 'run-long' })}>${t('msg.longRunStart')}</button></div>`);
    }
    if (this.yours) {
      const back = this.yours.lastValid ? t('msg.backToLastValid') : t('msg.backToYours');
      items.push(html`<div class="message info" id="yours-kept"><div class="text">${this.yours.lastValid ? t('msg.lastValidKept') : t('msg.yoursKept')}</div>
        <button type="button" id="back-to-yours" @click=${() => this.ask({ kind: 'back-to-yours' })}>${back}</button>
        ${close({ kind: 'forget-yours' })}</div>`);
    }
    if (this.hasPrevious) {
      items.push(html`<div class="message info"><div class="text">${t('msg.openedNew')}</div>
        <button type="button" @click=${() => this.ask({ kind: 'restore-previous' })}>${t('msg.backToPrevious')}</button>
        ${close({ kind: 'dismiss-previous' })}</div>`);
    }
    if (this.problems.length > 0) {
      const unplaced = unplacedProblems(this.draft, this.problems);
      items.push(html`<div class="message error" role="status" id="problems">
        <div class="text"><strong>${tPlural('msg.problems', this.problems.length)}</strong>${t('msg.problemsTail')}
          ${unplaced.length ? html`<ul>${unplaced.map(problemItem)}</ul>` : nothing}
        </div></div>`);
    }
    for (const w of this.warnings)
      items.push(html`<div class="message warning"><div class="text">${w.path === null ? nothing : html`<code>${w.path}</code>: `}${reasonIn(w.reason)}</div></div>`);
    for (const n of this.notices)
      items.push(html`<div class="message ${n.kind}" role=${n.kind === 'info' ? 'status' : 'alert'}>
        <div class="text">${n.text}</div>
        ${close({ kind: 'dismiss-notice', id: n.id })}
      </div>`);
    if (this.shareLink)
      items.push(html`<div class="message info"><div class="text">${t('msg.shareThis')}
        <div class="share"><input type="text" readonly aria-label=${t('msg.shareLabel')} id="share-link" .value=${this.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></div></div>
        ${close({ kind: 'dismiss-share' })}</div>`);
    return items.length ? html`<div class="messages">${items}</div>` : nothing;
  }
}

if (!customElements.get('dl-messages')) customElements.define('dl-messages', DlMessages);

declare global {
  interface HTMLElementTagNameMap {
    'dl-messages': DlMessages;
  }
}
