/** Checks on strategies that need the network: seed counts and manual node indices within the node count. */
import type { DividendStrategy, StrategySpec } from '../core/scenario';
import { problem } from './issues';
import type { NetworkSize } from './networkChecks';

/** Only the first few bad indices of one list are reported; the rest are counted. */
const MAX_BAD_INDICES_SHOWN = 3;

/** Check each strategy against the network; `null` entries (strategies with their own problems) are skipped. */
export function checkStrategies(strategies: readonly (StrategySpec | DividendStrategy | null)[], network: NetworkSize): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const total = network.nodes + network.kols;
  const what = network.kols > 0 ? `the number of nodes, ${network.nodes} + ${network.kols} KOL accounts` : 'the number of nodes';
  strategies.forEach((strategy, i) => {
    if (strategy === null) return;
    const { seeding } = strategy;
    if (seeding.method === 'manual') {
      let bad = 0;
      seeding.nodes.forEach((node, j) => {
        if (node < total) return;
        if (bad++ < MAX_BAD_INDICES_SHOWN)
          problems.push(
            problem(['strategies', i, 'seeding', 'nodes', j], `must be an integer between 0 and ${total - 1} (a node index; ${what} is ${total})`),
          );
      });
      if (bad > MAX_BAD_INDICES_SHOWN)
        problems.push(problem(['strategies', i, 'seeding', 'nodes'], `${bad - MAX_BAD_INDICES_SHOWN} more node indices are out of range`));
    } else if (seeding.method === 'core-fans') {
      // KOL accounts are hired through `kols`, never picked as fans.
      if (seeding.count > network.nodes)
        problems.push(problem(['strategies', i, 'seeding', 'count'], `must be an integer between 0 and ${network.nodes} (ordinary users; KOL accounts are hired through kols)`));
    } else if (seeding.count > total) {
      problems.push(problem(['strategies', i, 'seeding', 'count'], `must be an integer between 0 and ${total} (${what})`));
    }
    if (network.kind === 'fully-mixed' && (seeding.method === 'degree' || seeding.method === 'bridges' || seeding.method === 'kcore'))
      warnings.push(
        `strategies[${i}].seeding.method: everyone is alike in a fully mixed population, so ${seeding.method} seeding is the same as random`,
      );
  });
  return { problems, warnings };
}
