/**
 * `<dl-node-inspector>`: the card that explains the hovered (or tapped) node — its role (KOL,
 * seed, bridge), group, audience, and for each strategy shown: its state now, when it was
 * reached and by whom, how many hops from the start, when it shared, bought or muted, and which
 * clusters it carried the content into. On the community map it explains a group instead.
 * Pure formatting of NodeDetails / GroupDetails (nodeDetails.ts).
 */
import { css, html, LitElement, nothing } from 'lit';
import { REACHED_BY_ADS, REACHED_BY_BRAND } from '../../core/dividend/dividendOutcome';
import type { GroupDetails, NodeDetails, NodeStory } from './nodeDetails';
import { networkText, stepLabel, type NetworkText } from './networkText';

export class DlNodeInspector extends LitElement {
  static override properties = {
    details: { attribute: false },
    stepHours: { type: Number, attribute: 'step-hours' },
    text: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: var(--dl-font, system-ui, sans-serif);
      font-size: 13px;
      line-height: 1.45;
      color: var(--dl-text, #1f2328);
    }
    .card {
      border: 1px solid var(--dl-border, #d0d7de);
      border-radius: 10px;
      background: var(--dl-surface, #f6f8fa);
      padding: 10px 12px;
    }
    h3 {
      margin: 0 0 2px;
      font-size: 15px;
    }
    .role {
      display: inline-block;
      margin-left: 6px;
      padding: 0 7px;
      border-radius: 10px;
      font-size: 12px;
      font-weight: 600;
      border: 1px solid var(--dl-text-muted, #57606a);
    }
    .facts {
      color: var(--dl-text-muted, #57606a);
      margin-bottom: 6px;
    }
    .stories {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 8px 14px;
    }
    .story h4 {
      margin: 0;
      font-size: 13px;
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 10px;
      height: 10px;
      border-radius: 2px;
      flex: none;
    }
    .state {
      font-weight: 600;
    }
    ul {
      margin: 2px 0 0;
      padding-left: 16px;
    }
    .empty {
      color: var(--dl-text-muted, #57606a);
    }
  `;

  declare details: NodeDetails | GroupDetails | null;
  declare stepHours: number;
  declare text: Partial<NetworkText> | undefined;

  constructor() {
    super();
    this.details = null;
    this.stepHours = 1;
  }

  protected override render() {
    const d = this.details;
    if (!d) return nothing;
    return html`<div class="card" role="status" aria-live="polite">${'node' in d ? this.renderNode(d) : this.renderGroup(d)}</div>`;
  }

  protected override updated(): void {
    // Strategy colours go through element.style: the CSP forbids inline style attributes.
    this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-color]').forEach((e) => (e.style.background = e.dataset.color!));
  }

  private when(step: number): string {
    return stepLabel(step, this.stepHours, networkText(this.text));
  }

  private groupName(group: number, kind: NodeDetails['groupKind']): string {
    const t = networkText(this.text);
    return `${kind === 'community' ? t.community : t.neighbourhood} ${group + 1}`;
  }

  private who(code: number): string {
    const t = networkText(this.text);
    if (code === REACHED_BY_BRAND) return t.byBrand;
    if (code === REACHED_BY_ADS) return t.byAd;
    return t.node(code);
  }

  private renderNode(d: NodeDetails) {
    const t = networkText(this.text);
    const roles: string[] = [];
    if (d.kolRank >= 0) roles.push(`${t.kol} ${d.kolRank + 1}`);
    if (d.stories.some((s) => s.isSeed)) roles.push(t.seed);
    if (d.stories.some((s) => s.carriedInto.length > 0)) roles.push(t.bridge);
    return html`
      <h3>${t.node(d.node)}${roles.map((r) => html`<span class="role">${r}</span>`)}</h3>
      <div class="facts">
        ${this.groupName(d.group, d.groupKind)} · ${t.audience} ${d.audience.toLocaleString()} · ${t.following} ${d.following.toLocaleString()}
        ${d.weakTies > 0 ? html` · ${t.weakTies} ${d.weakTies}` : nothing}
      </div>
      <div class="stories">${d.stories.map((s) => this.renderStory(s, d))}</div>
    `;
  }

  private renderStory(s: NodeStory, d: NodeDetails) {
    const t = networkText(this.text);
    const lines: string[] = [];
    if (s.reachedStep < 0) lines.push(t.notReached);
    else {
      lines.push(`${t.states.reached}: ${this.when(s.reachedStep)}, ${t.reachedBy(this.who(s.reachedBy))}`);
      if (s.path.nodes.length > 1) lines.push(t.pathLength(s.path.nodes.length - 1));
    }
    if (s.sharedStep >= 0) lines.push(`${t.states.shared}: ${this.when(s.sharedStep)}`);
    if (s.convertedStep >= 0) lines.push(`${t.states.converted}: ${this.when(s.convertedStep)}`);
    if (s.mutedStep >= 0) lines.push(`${t.states.muted}: ${this.when(s.mutedStep)}`);
    if (s.carriedInto.length > 0) lines.push(t.carriedInto(s.carriedInto.map((g) => this.groupName(g, d.groupKind)).join(', ')));
    const tags = [s.isSeed ? t.seed : '', s.hiredKol ? t.hiredKol : ''].filter(Boolean).join(', ');
    return html`<div class="story">
      <h4><span class="swatch" data-color=${s.color}></span>${s.strategy}</h4>
      <div><span class="state">${t.states[s.state]}</span>${tags ? html` · ${tags}` : nothing}</div>
      <ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
    </div>`;
  }

  private renderGroup(d: GroupDetails) {
    const t = networkText(this.text);
    return html`
      <h3>${this.groupName(d.group, d.groupKind)}</h3>
      <div class="facts">${d.members.toLocaleString()} ${t.members}</div>
      <div class="stories">
        ${d.stories.map(
          (s) => html`<div class="story">
            <h4><span class="swatch" data-color=${s.color}></span>${s.strategy}</h4>
            <ul>
              <li>${t.states.reached}: ${(d.members - s.counts.unaware).toLocaleString()}</li>
              ${(['shared', 'converted', 'muted'] as const).map(
                (state) => html`<li>${t.states[state]}: ${s.counts[state].toLocaleString()}</li>`,
              )}
              ${s.entry
                ? html`<li>${t.states.reached} ${this.when(s.entry.step)}, ${t.enteredVia(this.who(s.entry.from))}</li>`
                : html`<li class="empty">${t.notReached}</li>`}
            </ul>
          </div>`,
        )}
      </div>
    `;
  }
}

if (!customElements.get('dl-node-inspector')) customElements.define('dl-node-inspector', DlNodeInspector);

declare global {
  interface HTMLElementTagNameMap {
    'dl-node-inspector': DlNodeInspector;
  }
}
