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
import { currentLocale, type Locale } from '../../i18n/locale';
import type { SeedingComparisonRow } from '../../../core/influence/compareSeeding';
import type { OpimcRun } from '../../../runtime/opimcBestSeeds';
import { t } from '../../i18n/t';

function download(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

/** A fraction as a percentage rounded down (a guarantee is never overstated): 0.5327 → "53.2%". */
function floorPct(x: number): string {
  // One decimal, as written in both languages ("53.2%"); Intl's rounding could round up.
  return `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
}

/** OPIM-C's guarantee, honestly: α = guaranteed (never more), the proven ratio, the target, sets, cap and time. */
function guaranteeView(imm: OpimcRun, k: number, locale: Locale) {
  const r = imm.result;
  return html`<div id="seeds-guarantee" class="guarantee">
    <p><strong>${t('analysis.imm.guarantee', { delta: r.delta.toPrecision(2), k, alpha: floorPct(r.guaranteed) })}</strong></p>
    <p class="muted">${t('analysis.imm.details', { ratio: floorPct(r.ratio), target: floorPct(r.target), sets: new Intl.NumberFormat(locale).format(r.sets), rounds: r.rounds, time: `${(imm.ms / 1000).toFixed(1)} s` })}</p>
    ${r.capped ? html`<p class="caveat" id="seeds-capped">${t('analysis.imm.capped')}</p>` : nothing}
  </div>`;
}

/** The methods table, the seeds table and the downloads of a best-seeds result. */
export function seedsResultView(r: BestSeedsResult, scenario: DividendScenario, strategy: number, useSeeds: (seeds: number[]) => void) {
  const locale = currentLocale();
  const greedy = r.rows.find((row) => row.method === 'greedy');
  // With OPIM-C the benchmark row is its set (the comparison keeps the row's name, as the CLI's JSON).
  const label = (method: SeedingComparisonRow['method']) => (method === 'greedy' && r.imm ? t('analysis.methods.opimc') : t(`analysis.methods.${method}`));
  return html`${r.imm ? guaranteeView(r.imm, r.k, locale) : nothing}<table id="seeds-table"><thead><tr><th>${t('analysis.method')}</th><th class="ratio">${t('analysis.ofBest')}</th><th>${t('analysis.shared')}</th><th>${t('analysis.reached')}</th><th>${t('analysis.converted')}</th></tr></thead>
      <tbody>${r.rows.map((row) => {
        const ratio = row.ratioToBest.converted ?? row.ratioToBest.reached ?? 0;
        return html`<tr data-method=${row.method}><td>${label(row.method)}</td>
          <td class="ratio"><span class="bar" data-w=${Math.round(ratio * 100)}></span>${t('analysis.reachesPct', { p: Math.round(ratio * 100) })}</td>
          <td>${row.shared.mean.toFixed(1)}</td><td>${row.reached.mean.toFixed(1)}</td><td>${row.converted.mean.toFixed(1)}</td></tr>`;
      })}</tbody></table>
    <h4>${t(r.imm ? 'analysis.seedsTitleImm' : 'analysis.seedsTitle')}</h4>
    <table id="seed-profiles"><thead><tr><th>${t('analysis.seedOrder')}</th><th>${t('analysis.seedNode')}</th><th class="ratio">${t('analysis.seedRoles')}</th><th>${t('analysis.seedCommunity')}</th><th>${t('analysis.seedAudience')}</th><th>${t('analysis.seedPrice')}</th></tr></thead>
      <tbody>${r.seedProfiles.map(
        (p, i) => html`<tr data-node=${p.node} data-roles=${p.roles.join('+')} data-price=${p.price}><td>${i + 1}</td><td>${p.node}</td>
          <td class="ratio">${p.roles.map((role) => t(`analysis.roles.${role}`)).join(', ')}</td><td>${p.community ?? '—'}</td><td>${formatCount(p.audience, locale)}</td><td>${formatMoney(p.price, locale)}</td></tr>`,
      )}</tbody></table>
    <p class="muted" id="seeds-cost">${t('analysis.seedCostLine', { k: r.seedProfiles.length, total: formatMoney(r.seedCost, locale) })}</p>
    <div class="run">
      ${greedy?.seeds ? html`<button type="button" id="seeds-use" @click=${() => useSeeds(greedy.seeds!)}>${t('analysis.useSeeds', { k: greedy.seeds.length })}</button>` : nothing}
      <button type="button" id="seeds-csv" @click=${() => download(seedProfilesCsv(scenario, strategy, r, true), 'best-seeds-seeds.csv', 'text/csv')}>${t('analysis.seedsCsv')}</button>
      <button type="button" id="seeds-methods-csv" @click=${() => download(bestSeedsCsv(scenario, strategy, r, true), 'best-seeds-methods.csv', 'text/csv')}>${t('analysis.methodsCsv')}</button>
      <button type="button" id="seeds-json" @click=${() => download(`${prettyJson({ ...bestSeedsJson(scenario, strategy, r), meta: undefined })}\n`, 'best-seeds.json', 'application/json')}>JSON</button>
    </div>`;
}
