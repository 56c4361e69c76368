/**
 * The charts' data contract accepts what the runtime and the core produce: a runtime strategy
 * result plus a colour is a chart StrategyResult, a core paired comparison plus a name and a metric
 * is a chart PairedComparison. Type tests: `npm run typecheck` (tsc over test/) fails when the
 * result format drifts. (It was a runtime test whose assertions could not fail.)
 */
import { expectTypeOf } from 'vitest';
import type { PairedComparison as CorePairedComparison } from '../../src/core/stats/pairedComparison';
import type { StrategyResult as RuntimeStrategyResult } from '../../src/runtime/resultFormat';
import type { PairedComparison, StrategyResult } from '../../src/ui/charts/chartData';

expectTypeOf<RuntimeStrategyResult & { color: string }>().toExtend<StrategyResult>();
expectTypeOf<CorePairedComparison & { name: string; metric: string }>().toExtend<PairedComparison>();
// A runtime result without its colour is not enough to draw.
expectTypeOf<RuntimeStrategyResult>().not.toExtend<StrategyResult>();
