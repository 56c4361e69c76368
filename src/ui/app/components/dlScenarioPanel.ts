/**
 * `<dl-scenario-panel>`: the world the strategies are compared on — network kind and size,
 * KOL accounts, the model and its parameters (platform preset for the dividend model), steps,
 * runs and random seed. Every control is a `<dl-field>`; edits bubble up as `dl-edit`.
 */
import { css, html, LitElement, nothing } from 'lit';
import { MODEL_KINDS } from '../../../scenario/modelSchema';
import { getPath, problemsAt, type Draft, type Problem } from '../draft';
import { dependentMax, MODEL_KIND_LABELS, scenarioFields, type PlacedField, type ScenarioSection } from '../fieldSpecs';
import { controlStyles } from '../styles';
import './dlField';

const SECTION_TITLES: Record<ScenarioSection, string> = {
  network: 'Relationship chain: the network',
  model: 'Interaction: the model',
  run: 'Simulation',
};

export class DlScenarioPanel extends LitElement {
  static override properties = {
    draft: { attribute: false },
    problems: { attribute: false },
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
        font-size: 12px;
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: var(--dl-text-muted);
      }
      .note {
        font-size: 12px;
        color: var(--dl-text-muted);
        margin: 0 0 12px;
      }
    `,
  ];

  declare draft: Draft;
  declare problems: readonly Problem[];

  constructor() {
    super();
    this.problems = [];
  }

  private field(placed: PlacedField) {
    const problems = problemsAt(this.problems, placed.path).map((p) => p.reason);
    let options;
    if (placed.path === 'model.kind') options = MODEL_KINDS.map((k) => ({ value: k, label: MODEL_KIND_LABELS[k] ?? k }));
    if (placed.path === 'network.kind' && getPath(this.draft, 'network.kind') === 'edge-list')
      options = [{ value: 'edge-list', label: 'Uploaded edge list' }, ...(placed.spec.options ?? [])];
    return html`<dl-field
      data-path="${placed.path}"
      .spec=${placed.spec}
      .path=${placed.path}
      .value=${getPath(this.draft, placed.path)}
      .problems=${problems}
      .options=${options}
      .max=${dependentMax(this.draft, placed.path)}
    ></dl-field>`;
  }

  protected override render() {
    if (!this.draft) return nothing;
    const fields = scenarioFields(this.draft);
    const edgeList = getPath(this.draft, 'network.kind') === 'edge-list';
    return (['network', 'model', 'run'] as const).map(
      (section) => html`<section aria-labelledby="h-${section}">
        <h2 id="h-${section}">${SECTION_TITLES[section]}</h2>
        ${section === 'network' && edgeList
          ? html`<p class="note">A network uploaded as an edge list (${String(getPath(this.draft, 'network.nodes') ?? '?')} people).</p>`
          : nothing}
        ${fields[section].map((f) => this.field(f))}
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
