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
import { downloadText } from '../../export/download';
import { currentLocale, type Locale } from '../../i18n/locale';
import type { SeedingComparisonRow } from '../../../core/influence/compareSeeding';
import type { OpimcRun } from '../../../runtime/opimcBestSeeds';
import type { OpimcAtFeeResult } from '../../../core/influence/opimcAtFee';
import type { SeedProfile } from '../../../core/influence/seedProfiles';
import { t } from '../../i18n/t';


/** A fraction as a percentage rounded down (a guarantee is never overstated): 0.5327 → "53.2%". */
function floorPct(x: number): string {
  // One decimal, as written in both languages ("53.2%"); Intl's rounding could round up.
  return `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
}

/** OPIM-C's guarantee, honestly: α = guaranteed (never more), the proven ratio, the target, sets, cap and time. */
function guaranteeView(imm: OpimcRun, k: number, locale: Locale, atFee: boolean) {
  const r = imm.result;
  const words = { delta: r.delta.toPrecision(2), k, alpha: floorPct(r.guaranteed) };
  return html`<div id="seeds-guarantee" class="guarantee">
    <p><strong>${atFee ? t('analysis.atFee.guarantee', words) : t('analysis.imm.guarantee', words)}</strong></p>
    <p class="muted">${t('analysis.imm.details', { ratio: floorPct(r.ratio), target: floorPct(r.target), sets: new Intl.NumberFormat(locale).format(r.sets), rounds: r.rounds, time: `${(imm.ms / 1000).toFixed(1)} s` })}</p>
    ${r.capped ? html`<p class="caveat" id="seeds-capped">${t('analysis.imm.capped')}</p>` : nothing}
  </div>`;
}

/** Money in the decision line to the cent (396.67 of 400: the table's rounding of sums ≥ 100 would hide what is left over). */
function centMoney(x: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: Number.isInteger(x) ? 0 : 2, maximumFractionDigits: 2 }).format(x);
}

/** KOLs at their fee: the decision in one line — the range and its fees, the seed users, cost of the budget. */
function decisionView(atFee: OpimcAtFeeResult, locale: Locale) {
  const { hired } = atFee;
  const money = { users: atFee.seedUsers.length, cost: centMoney(atFee.cost, locale), budget: centMoney(atFee.budget, locale) };
  return html`<p id="seeds-decision" data-from=${hired.fromRank} data-hire=${hired.hire} data-users=${atFee.seedUsers.length}><strong>${hired.hire === 0
    ? t('analysis.atFee.decisionNone', money)
    : t('analysis.atFee.decision', { ...money, from: hired.fromRank, to: hired.fromRank + hired.hire - 1, fees: centMoney(hired.fee, locale) })}</strong></p>`;
}

/** Rows of the who-they-are table: the hired KOL accounts first (at their fees), then the seed users. */
function profileRows(r: BestSeedsResult, locale: Locale) {
  const hired = (r.atFee && r.hiredKols?.accounts) || [];
  const row = (p: SeedProfile, order: string, kind: 'kol' | 'seed') =>
    html`<tr data-node=${p.node} data-roles=${p.roles.join('+')} data-price=${p.price} data-kind=${kind}><td>${order}</td><td>${p.node}</td>
      <td class="ratio">${p.roles.map((role) => t(`analysis.roles.${role}`)).join(', ')}</td><td>${p.community ?? '—'}</td><td>${formatCount(p.audience, locale)}</td><td>${formatMoney(p.price, locale)}</td></tr>`;
  const from = r.hiredKols?.fromRank ?? 1;
  return [...hired.map((p, i) => row(p, t('analysis.atFee.hiredRank', { rank: from + i }), 'kol')), ...r.seedProfiles.map((p, i) => row(p, String(i + 1), 'seed'))];
}

/** The methods table, the seeds table and the downloads of a best-seeds result; `useSeeds` gets the KOL range too when KOLs were hired at their fee. */
export function seedsResultView(r: BestSeedsResult, scenario: DividendScenario, strategy: number, useSeeds: (seeds: number[], kols?: { fromRank: number; hire: number }) => void) {
  const locale = currentLocale();
  const atFee = r.atFee;
  const greedy = r.rows.find((row) => row.method === 'greedy');
  // With OPIM-C the benchmark row is its set (the comparison keeps the row's name, as the CLI's JSON).
  const label = (method: SeedingComparisonRow['method']) => (method === 'greedy' && r.imm ? t('analysis.methods.opimc') : t(`analysis.methods.${method}`));
  return html`${atFee ? decisionView(atFee, locale) : nothing}${r.imm ? guaranteeView(r.imm, r.k, locale, atFee !== undefined) : nothing}<table id="seeds-table"><thead><tr><th>${t('analysis.method')}</th><th class="ratio">${t('analysis.ofBest')}</th><th>${t('analysis.shared')}</th><th>${t('analysis.reached')}</th><th>${t('analysis.converted')}</th></tr></thead>
      <tbody>${r.rows.map((row) => {
        const ratio = row.ratioToBest.converted ?? row.ratioToBest.reached ?? 0;
        return html`<tr data-method=${row.method}><td>${label(row.method)}</td>
          <td class="ratio"><span class="bar" data-w=${Math.round(ratio * 100)}></span>${t('analysis.reachesPct', { p: Math.round(ratio * 100) })}</td>
          <td>${row.shared.mean.toFixed(1)}</td><td>${row.reached.mean.toFixed(1)}</td><td>${row.converted.mean.toFixed(1)}</td></tr>`;
      })}</tbody></table>
    ${atFee ? html`<p class="muted" id="seeds-heuristics">${t('analysis.atFee.heuristics', { k: r.k })}</p>` : nothing}
    <h4>${t(atFee ? 'analysis.atFee.title' : r.imm ? 'analysis.seedsTitleImm' : 'analysis.seedsTitle')}</h4>
    <table id="seed-profiles"><thead><tr><th>${t('analysis.seedOrder')}</th><th>${t('analysis.seedNode')}</th><th class="ratio">${t('analysis.seedRoles')}</th><th>${t('analysis.seedCommunity')}</th><th>${t('analysis.seedAudience')}</th><th>${t('analysis.seedPrice')}</th></tr></thead>
      <tbody>${profileRows(r, locale)}</tbody></table>
    <p class="muted" id="seeds-cost">${atFee
      ? t('analysis.atFee.costLine', { users: r.seedProfiles.length, total: formatMoney(r.seedCost, locale) })
      : t('analysis.seedCostLine', { k: r.seedProfiles.length, total: formatMoney(r.seedCost, locale) })}</p>
    <div class="run">
      ${greedy?.seeds
        ? html`<button type="button" id="seeds-use" @click=${() => useSeeds(greedy.seeds!, atFee && { fromRank: atFee.hired.fromRank, hire: atFee.hired.hire })}>${atFee && atFee.hired.hire > 0
            ? t('analysis.atFee.use', { k: greedy.seeds.length, from: atFee.hired.fromRank, to: atFee.hired.fromRank + atFee.hired.hire - 1 })
            : t('analysis.useSeeds', { k: greedy.seeds.length })}</button>`
        : nothing}
      <button type="button" id="seeds-csv" @click=${() => downloadText(seedProfilesCsv(scenario, strategy, r, true), 'best-seeds-seeds.csv', 'text/csv')}>${t('analysis.seedsCsv')}</button>
      <button type="button" id="seeds-methods-csv" @click=${() => downloadText(bestSeedsCsv(scenario, strategy, r, true), 'best-seeds-methods.csv', 'text/csv')}>${t('analysis.methodsCsv')}</button>
      <button type="button" id="seeds-json" @click=${() => downloadText(`${prettyJson({ ...bestSeedsJson(scenario, strategy, r), meta: undefined })}\n`, 'best-seeds.json', 'application/json')}>JSON</button>
    </div>`;
}
