/**
 * Checks of a dividend scenario that compare sections: the network must have explicit ties,
 * KOLs can only be hired if the network has them, relevance lists must fit the communities,
 * and every scheduled push must fall inside the simulated steps.
 */
import type { DividendStrategy } from '../core/scenario';
import { problem } from './issues';
import type { NetworkSize } from './networkChecks';
import type { Reason, ScenarioProblem } from './reasons';

/** The one network kind the dividend model refuses, and why. */
export function dividendNetworkProblems(network: NetworkSize | null): ScenarioProblem[] {
  if (network === null || network.kind !== 'fully-mixed') return [];
  return [problem(['network', 'kind'], { code: 'dividendFullyMixed' })];
}

/**
 * Check each dividend strategy against the network (may be null when it has its own problems)
 * and the step count (null when invalid); `null` strategies are skipped.
 */
export function checkDividendStrategies(
  strategies: readonly (DividendStrategy | null)[],
  network: NetworkSize | null,
  steps: number | null,
): { problems: ScenarioProblem[]; warnings: ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  const warnings: ScenarioProblem[] = [];
  strategies.forEach((s, i) => {
    if (s === null) return;
    const at = (path: (string | number)[], reason: Reason) => problems.push(problem(['strategies', i, ...path], reason));

    if (network !== null) {
      if (s.kols.hire > network.kols)
        at(
          ['kols', 'hire'],
          network.kols === 0 ? { code: 'noKolsToHire' } : { code: 'intRange', min: 0, max: network.kols, note: { kind: 'kolAccounts' } },
        );
      else if (s.kols.hire > 0 && s.kols.fromRank + s.kols.hire - 1 > network.kols) at(['kols', 'fromRank'], { code: 'kolRanks', kols: network.kols });
      if (s.seeding.method === 'manual' && network.kols > 0) {
        // KOL accounts are the last nodes; they take part only by being hired.
        const k = s.seeding.nodes.findIndex((v) => v >= network.nodes);
        if (k >= 0) at(['seeding', 'nodes', k], { code: 'kolSeed', node: s.seeding.nodes[k] });
      }
      checkRelevance(s, network, at);
      const total = network.nodes + network.kols;
      if (s.secondWave !== null && s.secondWave.count > total)
        at(['secondWave', 'count'], { code: 'intRange', min: 0, max: total, note: { kind: 'nodes' } });
    }

    if (steps !== null) {
      const reason: Reason = { code: 'stepBeforeEnd', max: steps - 1, steps };
      s.content.waves.forEach((w, k) => {
        if (w >= steps) at(['content', 'waves', k], reason);
      });
      if (s.kols.hire > 0 && s.kols.step >= steps) at(['kols', 'step'], reason);
      if (s.secondWave !== null && s.secondWave.count > 0 && s.secondWave.step >= steps) at(['secondWave', 'step'], reason);
      if (s.ads.reach > 0 && s.ads.from >= steps) at(['ads', 'from'], reason);
    }

    if (s.ads.to !== null && s.ads.to < s.ads.from) at(['ads', 'to'], { code: 'adsToAfterFrom', from: s.ads.from });

    if (s.seeding.count > 0 && s.content.waves.length === 0)
      warnings.push(problem(['strategies', i, 'content', 'waves'], { code: 'noWaves', seeds: s.seeding.count }));
    const firstWave = s.content.waves.length > 0 ? Math.min(...s.content.waves) : Infinity;
    if (s.secondWave !== null && s.secondWave.count > 0 && s.seeding.count > 0 && s.secondWave.step <= firstWave)
      warnings.push(problem(['strategies', i, 'secondWave', 'step'], { code: 'secondWaveEarly', step: firstWave }));
  });
  return { problems, warnings };
}

/** Relevance entries must name communities the network has (a network without communities is one community, 0). */
function checkRelevance(s: DividendStrategy, network: NetworkSize, at: (path: (string | number)[], reason: Reason) => void): void {
  const relevance = s.content.relevance;
  const { communities } = network;
  const count = Math.max(1, communities);
  if (Array.isArray(relevance)) {
    if (relevance.length > count) at(['content', 'relevance'], { code: 'relevanceEntries', entries: relevance.length, communities });
  } else if (typeof relevance === 'object') {
    const outside = Object.keys(relevance.byCommunity).filter((id) => Number(id) >= count);
    if (outside.length > 0) at(['content', 'relevance', 'byCommunity'], { code: 'relevanceCommunity', id: outside[0], communities });
  }
}
