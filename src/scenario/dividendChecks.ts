/**
 * Checks of a dividend scenario that compare sections: the network must have explicit ties,
 * KOLs can only be hired if the network has them, relevance lists must fit the communities,
 * and every scheduled push must fall inside the simulated steps.
 */
import type { DividendStrategy } from '../core/scenario';
import { problem } from './issues';
import type { NetworkSize } from './networkChecks';

/** The one network kind the dividend model refuses, and why. */
export function dividendNetworkProblems(network: NetworkSize | null): string[] {
  if (network === null || network.kind !== 'fully-mixed') return [];
  return [
    problem(['network', 'kind'], 'the dividend model needs explicit ties; fully-mixed is not supported (use erdos-renyi with a high meanDegree instead)'),
  ];
}

/**
 * Check each dividend strategy against the network (may be null when it has its own problems)
 * and the step count (null when invalid); `null` strategies are skipped.
 */
export function checkDividendStrategies(
  strategies: readonly (DividendStrategy | null)[],
  network: NetworkSize | null,
  steps: number | null,
): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  strategies.forEach((s, i) => {
    if (s === null) return;
    const at = (path: (string | number)[], reason: string) => problems.push(problem(['strategies', i, ...path], reason));

    if (network !== null) {
      if (s.kols.hire > network.kols)
        at(
          ['kols', 'hire'],
          network.kols === 0
            ? 'must be 0: the network has no KOL accounts (add network.kols to hire some)'
            : `must be an integer between 0 and ${network.kols} (the network's KOL accounts)`,
        );
      checkRelevance(s, network, at);
      const total = network.nodes + network.kols;
      if (s.secondWave !== null && s.secondWave.count > total)
        at(['secondWave', 'count'], `must be an integer between 0 and ${total} (the number of nodes)`);
    }

    if (steps !== null) {
      const reason = `must be a step between 0 and ${steps - 1} (before the end of the simulation, steps = ${steps})`;
      s.content.waves.forEach((w, k) => {
        if (w >= steps) at(['content', 'waves', k], reason);
      });
      if (s.kols.hire > 0 && s.kols.step >= steps) at(['kols', 'step'], reason);
      if (s.secondWave !== null && s.secondWave.count > 0 && s.secondWave.step >= steps) at(['secondWave', 'step'], reason);
      if (s.ads.reach > 0 && s.ads.from >= steps) at(['ads', 'from'], reason);
    }

    if (s.ads.to !== null && s.ads.to < s.ads.from) at(['ads', 'to'], `must be null or a step at or after ads.from (${s.ads.from})`);

    if (s.seeding.count > 0 && s.content.waves.length === 0)
      warnings.push(`strategies[${i}].content.waves: empty, so the ${s.seeding.count} seed users never post`);
    const firstWave = s.content.waves.length > 0 ? Math.min(...s.content.waves) : Infinity;
    if (s.secondWave !== null && s.secondWave.count > 0 && s.seeding.count > 0 && s.secondWave.step <= firstWave)
      warnings.push(
        `strategies[${i}].secondWave.step: at or before the first seed wave (step ${firstWave}); only the brand's own posters have shared by then`,
      );
  });
  return { problems, warnings };
}

/** Relevance entries must name communities the network has (a network without communities is one community, 0). */
function checkRelevance(s: DividendStrategy, network: NetworkSize, at: (path: (string | number)[], reason: string) => void): void {
  const relevance = s.content.relevance;
  const count = Math.max(1, network.communities);
  const what = network.communities > 0 ? `the network has ${network.communities} communities` : 'the network has no communities, so everyone is community 0';
  if (Array.isArray(relevance)) {
    if (relevance.length > count) at(['content', 'relevance'], `has ${relevance.length} entries but ${what} (one entry per community)`);
  } else if (typeof relevance === 'object') {
    const outside = Object.keys(relevance.byCommunity).filter((id) => Number(id) >= count);
    if (outside.length > 0)
      at(['content', 'relevance', 'byCommunity'], `community ${outside[0]} does not exist: ${what} (ids 0–${count - 1})`);
  }
}
