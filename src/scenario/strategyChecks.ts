/** Checks on strategies that need the network: seed counts and manual node indices within the node count. */
import type { DividendStrategy, StrategySpec } from '../core/scenario';
import { problem } from './issues';
import type { NetworkSize } from './networkChecks';
import type { ScenarioProblem } from './reasons';

/** Only the first few bad indices of one list are reported; the rest are counted. */
const MAX_BAD_INDICES_SHOWN = 3;

/** Check each strategy against the network; `null` entries (strategies with their own problems) are skipped. */
export function checkStrategies(
  strategies: readonly (StrategySpec | DividendStrategy | null)[],
  network: NetworkSize,
  dividend = false,
): { problems: ScenarioProblem[]; warnings: ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  const warnings: ScenarioProblem[] = [];
  const { nodes, kols } = network;
  const total = nodes + kols;
  strategies.forEach((strategy, i) => {
    if (strategy === null) return;
    const { seeding } = strategy;
    if (seeding.method === 'manual') {
      let bad = 0;
      seeding.nodes.forEach((node, j) => {
        if (node < total) return;
        if (bad++ < MAX_BAD_INDICES_SHOWN)
          problems.push(
            problem(['strategies', i, 'seeding', 'nodes', j], { code: 'intRange', min: 0, max: total - 1, note: { kind: 'nodeIndex', nodes, kols } }),
          );
      });
      if (bad > MAX_BAD_INDICES_SHOWN)
        problems.push(problem(['strategies', i, 'seeding', 'nodes'], { code: 'moreNodeIndices', count: bad - MAX_BAD_INDICES_SHOWN }));
    } else if (seeding.method === 'core-fans' || dividend) {
      // In the dividend model KOL accounts are hired through `kols`, never picked as seed users.
      if (seeding.count > network.nodes)
        problems.push(problem(['strategies', i, 'seeding', 'count'], { code: 'intRange', min: 0, max: nodes, note: { kind: 'ordinaryUsers' } }));
    } else if (seeding.count > total) {
      const note = kols > 0 ? ({ kind: 'nodesAndKols', nodes, kols } as const) : ({ kind: 'nodes' } as const);
      problems.push(problem(['strategies', i, 'seeding', 'count'], { code: 'intRange', min: 0, max: total, note }));
    }
    if (network.kind === 'fully-mixed' && (seeding.method === 'degree' || seeding.method === 'bridges' || seeding.method === 'kcore'))
      warnings.push(problem(['strategies', i, 'seeding', 'method'], { code: 'fullyMixedSeeding', method: seeding.method }));
  });
  return { problems, warnings };
}
