/**
 * `<dl-scenario-panel>`: the world the strategies are compared on — network kind and size,
 * KOL accounts, the model and its parameters (platform preset for the dividend model), steps,
 * runs and random seed. Every control is a `<dl-field>`; edits bubble up as `dl-edit`.
 * Advanced fields (those with a `group`) sit in collapsed groups, so the panel opens on the few
 * levers that matter most; a group opens by itself when one of its fields has a problem or a
 * lesson points at it.
 */
import { css, html, LitElement, nothing } from 'lit';
import { MODEL_KINDS } from '../../../scenario/modelSchema';
import { getPath, problemsAt, type Draft, type PlacedProblem } from '../draft';
import { reasonIn } from '../../i18n/problemText';
import { dependentMax, FIELD_GROUPS, MODEL_KIND_LABELS, scenarioFields, type FieldGroup, type PlacedField, type ScenarioSection } from '../fieldSpecs';
import { knownKindsOnly } from '../knownKinds';
import { localizedField, localizedOptions } from '../fieldText';
import '../editing/dlCurrencySelect';
import { LocaleController } from '../../i18n/localeController';
import { t, type MessageKey } from '../../i18n/t';
import { controlStyles } from '../styles';
import './dlField';
import { fieldProblemText } from '../fieldProblemText';

const SECTION_TITLES: Record<ScenarioSection, MessageKey & `panel.${ScenarioSection}`> = {
  network: 'panel.network',
  model: 'panel.model',
  run: 'panel.run',
};

export class DlScenarioPanel extends LitElement {
  static override properties = {
    draft: { attribute: false },
    problems: { attribute: false },
    highlight: { attribute: false },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      section {
        padding: 14px 16px 4px;
        border-bottom: 1px solid var(--dl-border);
      }
      section:last-child {
        border-bottom: none;
      }
      h2 {
        margin: 0 0 10px;
        font-size: calc(12px * var(--dl-scale, 1));
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: var(--dl-text-muted);
      }
      .note {
        font-size: calc(12px * var(--dl-scale, 1));
        color: var(--dl-text-muted);
        margin: 0 0 12px;
      }
      details {
        margin: 0 0 10px;
        border-top: 1px dashed var(--dl-border);
        padding-top: 8px;
      }
      summary {
        cursor: pointer;
        font-size: calc(13px * var(--dl-scale, 1));
        font-weight: 600;
        margin-bottom: 8px;
      }
      .group-note {
        display: block;
        font-weight: 400;
        font-size: calc(12px * var(--dl-scale, 1));
        color: var(--dl-text-muted);
        margin: 2px 0 0 1.1em;
      }
    `,
  ];

  declare draft: Draft;
  declare problems: readonly PlacedProblem[];
  /** Paths of the controls a lesson step points at (outlined). */
  declare highlight: readonly string[];

  constructor() {
    super();
    new LocaleController(this);
    this.problems = [];
    this.highlight = [];
  }

  private field(placed: PlacedField) {
    const problems = problemsAt(this.problems, placed.path).map((p) => fieldProblemText(p.reason, placed.spec));
    let options;
    const spec = localizedField(placed.spec);
    if (placed.path === 'model.kind') options = localizedOptions('model.kind', MODEL_KINDS.map((k) => ({ value: k, label: MODEL_KIND_LABELS[k] ?? k })));
    if (placed.path === 'network.kind' && getPath(this.draft, 'network.kind') === 'edge-list')
      options = [{ value: 'edge-list', label: t('panel.edgeListOption') }, ...(spec.options ?? [])];
    return html`<dl-field
      data-path="${placed.path}"
      ?highlight=${this.highlight.includes(placed.path)}
      .spec=${spec}
      .path=${placed.path}
      .value=${getPath(this.draft, placed.path)}
      .problems=${problems}
      .options=${options}
      .max=${dependentMax(this.draft, placed.path)}
    ></dl-field>`;
  }

  /** A section's fields: the ungrouped ones, then each advanced group collapsed. */
  private fields(placed: readonly PlacedField[]) {
    const plain = placed.filter((f) => f.spec.group === undefined);
    const groups = FIELD_GROUPS.map((g) => [g, placed.filter((f) => f.spec.group === g)] as const).filter(([, fs]) => fs.length > 0);
    const wanted = (fs: readonly PlacedField[]) => fs.some((f) => problemsAt(this.problems, f.path).length > 0 || this.highlight.includes(f.path));
    return html`${plain.map((f) => this.field(f))}
    ${groups.map(
      ([g, fs]) => html`<details data-group=${g} ?open=${wanted(fs)}>
        <summary>${t(`panel.group.${g}` as MessageKey & `panel.group.${FieldGroup}`)}<span class="group-note">${t(`panel.group.${g}Note` as MessageKey & `panel.group.${FieldGroup}Note`)}</span></summary>
        ${g === 'money' ? html`<dl-currency-select></dl-currency-select>` : nothing}
        ${fs.map((f) => this.field(f))}
      </details>`,
    )}`;
  }

  protected override render() {
    if (!this.draft) return nothing;
    const fields = scenarioFields(knownKindsOnly(this.draft));
    const edgeList = getPath(this.draft, 'network.kind') === 'edge-list';
    return (['network', 'model', 'run'] as const).map(
      (section) => html`<section aria-labelledby="h-${section}">
        <h2 id="h-${section}">${t(SECTION_TITLES[section])}</h2>
        ${section === 'network' && edgeList
          ? html`<p class="note">${t('panel.edgeListNote', { n: String(getPath(this.draft, 'network.nodes') ?? '?') })}</p>`
          : nothing}
        ${this.fields(fields[section])}
      </section>`,
    );
  }
}

if (!customElements.get('dl-scenario-panel')) customElements.define('dl-scenario-panel', DlScenarioPanel);

declare global {
  interface HTMLElementTagNameMap {
    'dl-scenario-panel': DlScenarioPanel;
  }
}
