/**
 * The best-seeds result on the page: every method's "reaches X % of the best found", then who
 * greedy's seeds are — account id, roles (hub, bridge, …), community, audience and price, each at
 * the price of what it is — with downloads: the seeds as CSV (one row per seed), the methods as
 * CSV (the CLI's `--format csv`) and the JSON of `lab best-seeds` (without its `meta`).
 * A template function of `dl-analysis` (it owns the state); pure apart from the downloads.
 */
import { html, nothing } from 'lit';
import type { DividendScenario } from '../../../core/scenario';
import { bestSeedsCsv, bestSeedsJson, seedProfilesCsv } from '../../../runtime/bestSeedsFormat';
import type { BestSeedsResult } from '../../../runtime/bestSeedsJob';
import { prettyJson } from '../../../runtime/prettyJson';
import { formatCount, formatMoney } from '../../charts/format';
import { downloadBlob } from '../../export/chartExport';
import { currentLocale } from '../../i18n/locale';
import { ANALYSIS_TEXT as T } from './analysisText';

function download(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

/** The methods table, the seeds table and the downloads of a best-seeds result. */
export function seedsResultView(r: BestSeedsResult, scenario: DividendScenario, strategy: number, useSeeds: (seeds: number[]) => void) {
  const locale = currentLocale();
  const greedy = r.rows.find((row) => row.method === 'greedy');
  return html`<table id="seeds-table"><thead><tr><th>${T.method}</th><th class="ratio">${T.ofBest}</th><th>${T.shared}</th><th>${T.reached}</th><th>${T.converted}</th></tr></thead>
      <tbody>${r.rows.map((row) => {
        const ratio = row.ratioToBest.converted ?? row.ratioToBest.reached ?? 0;
        return html`<tr data-method=${row.method}><td>${T.methods[row.method]}</td>
          <td class="ratio"><span class="bar" data-w=${Math.round(ratio * 100)}></span>${T.reachesPct(Math.round(ratio * 100))}</td>
          <td>${row.shared.mean.toFixed(1)}</td><td>${row.reached.mean.toFixed(1)}</td><td>${row.converted.mean.toFixed(1)}</td></tr>`;
      })}</tbody></table>
    <h4>${T.seedsTitle}</h4>
    <table id="seed-profiles"><thead><tr><th>${T.seedOrder}</th><th>${T.seedNode}</th><th class="ratio">${T.seedRoles}</th><th>${T.seedCommunity}</th><th>${T.seedAudience}</th><th>${T.seedPrice}</th></tr></thead>
      <tbody>${r.seedProfiles.map(
        (p, i) => html`<tr data-node=${p.node} data-roles=${p.roles.join('+')} data-price=${p.price}><td>${i + 1}</td><td>${p.node}</td>
          <td class="ratio">${p.roles.map((role) => T.roles[role]).join(', ')}</td><td>${p.community ?? '—'}</td><td>${formatCount(p.audience, locale)}</td><td>${formatMoney(p.price, locale)}</td></tr>`,
      )}</tbody></table>
    <p class="muted" id="seeds-cost">${T.seedCostLine(r.seedProfiles.length, formatMoney(r.seedCost, locale))}</p>
    <div class="run">
      ${greedy?.seeds ? html`<button type="button" id="seeds-use" @click=${() => useSeeds(greedy.seeds!)}>${T.useSeeds(greedy.seeds.length)}</button>` : nothing}
      <button type="button" id="seeds-csv" @click=${() => download(seedProfilesCsv(scenario, strategy, r, true), 'best-seeds-seeds.csv', 'text/csv')}>${T.seedsCsv}</button>
      <button type="button" id="seeds-methods-csv" @click=${() => download(bestSeedsCsv(scenario, strategy, r, true), 'best-seeds-methods.csv', 'text/csv')}>${T.methodsCsv}</button>
      <button type="button" id="seeds-json" @click=${() => download(`${prettyJson({ ...bestSeedsJson(scenario, strategy, r), imm: undefined, meta: undefined })}\n`, 'best-seeds.json', 'application/json')}>JSON</button>
    </div>`;
}
