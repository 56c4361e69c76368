/**
 * `lab best-seeds FILE --method imm` on an Independent Cascade scenario (model.kind
 * "independent-cascade"): OPIM-C's seeds on IC's live arcs (cascadeArcRule: an arc is live with
 * probability p × weight, the model's 'ic:arc' coins) beside degree, bridges, k-core and random
 * seeding, all evaluated by the model on runs 0 … runs−1 (src/runtime/cascadeBestSeeds.ts).
 * CELF needs the dividend model's levers, so `--method celf` stays refused for IC.
 */
import { csvFormatRows } from 'd3-dsv';
import { cascadeArcRule } from '../../core/influence/rrSets';
import type { IndependentCascadeSpec } from '../../core/models/modelSpec';
import { rootKey } from '../../core/random';
import type { Scenario } from '../../core/scenario';
import { compareCascadeSeeding } from '../../runtime/cascadeBestSeeds';
import { NetworkCache } from '../../runtime/networkCache';
import { prettyJson } from '../../runtime/prettyJson';
import type { CliIO } from '../cli';
import { sinkFor, writeAll } from '../output';
import { labMeta } from '../labMeta';
import { UserError } from '../userError';
import type { BestSeedsArgs } from './bestSeedsCommand';
import { IMM_CASCADE_NOTE, immJson, immSeeds } from './immSeeds';

export type CascadeScenario = Scenario & { model: IndependentCascadeSpec };

export const CASCADE_CSV_HEADER = ['method', 'seeds', 'sharedMean', 'sharedStdError', 'minusImm', 'minusImmLow95', 'minusImmHigh95'] as const;

/** What an IC request needs beyond validity: one network, k within the ordinary accounts, no dividend-only options. */
export function checkCascadeScenario(file: string, scenario: Scenario, k: number, options: { strategy?: string } = {}): CascadeScenario {
  if (scenario.model.kind !== 'independent-cascade') throw new UserError(`${file}: best-seeds: not an Independent Cascade scenario`);
  if (scenario.network.resample)
    throw new UserError(`${file}: best-seeds: network.resample: best-seeds needs one shared network (a seed set names accounts of one world); set it to false`);
  if (options.strategy !== undefined) throw new UserError('best-seeds: --strategy: an Independent Cascade scenario has no levers to keep; leave it out');
  const nodes = scenario.network.nodes;
  if (!(Number.isInteger(k) && k >= 1 && k <= nodes))
    throw new UserError(`best-seeds: --k must be a whole number between 1 and ${nodes} (the seed users this network has: its ordinary accounts; KOL accounts are hired, never seed users); got ${k}`);
  return scenario as CascadeScenario;
}

/** Run and write the IC comparison. */
export async function cascadeBestSeeds(args: BestSeedsArgs, scenario: CascadeScenario, io: CliIO, started: number): Promise<void> {
  const root = rootKey(scenario.seed);
  const graph = new NetworkCache().get(scenario.network, scenario.seed, root, 0).graph;
  const networkMs = performance.now() - started;
  if (args.candidates !== null && args.candidates < args.k)
    throw new UserError(`best-seeds: --k must be a whole number between 1 and ${args.candidates} (the candidates considered); got ${args.k}`);
  const rr = await immSeeds(args, graph, cascadeArcRule(scenario.model.probability), root, io);
  const rows = compareCascadeSeeding(graph, scenario.model, rr.result.seeds, args.k, root, scenario.runs, scenario.steps, () => io.signal?.aborted === true);
  const sink = await sinkFor(args.out, io.stdout);
  if (args.format === 'csv') {
    const cells = rows.map((r) => [
      r.method,
      r.seeds === null ? '' : r.seeds.join(' '),
      String(r.shared.mean),
      String(r.shared.stdError),
      r.vsImm === null ? '' : String(r.vsImm.mean),
      r.vsImm?.ci95 ? String(r.vsImm.ci95[0]) : '',
      r.vsImm?.ci95 ? String(r.vsImm.ci95[1]) : '',
    ]);
    await writeAll(sink, [(args.bom ? '\uFEFF' : '') + csvFormatRows([[...CASCADE_CSV_HEADER], ...cells]) + '\n']);
    return;
  }
  const result = {
    scenario: { name: scenario.name, seed: scenario.seed, model: scenario.model },
    k: args.k,
    evaluationRuns: scenario.runs,
    note: 'Independent Cascade: every method is evaluated by the model on runs 0 … runs−1 (the same runs for every method); OPIM-C learned from reverse-reachable sets of runs 1,000,000 on. shared = activated people, seeds included; vsImm = the method − OPIM-C, paired over the runs, with its 95 % interval. KOL accounts are never seed users.',
    imm: immJson(rr, IMM_CASCADE_NOTE),
    methods: rows,
    meta: labMeta({ timings: { networkMs, totalMs: performance.now() - started } }),
  };
  await writeAll(sink, [`${prettyJson(result)}\n`]);
}
