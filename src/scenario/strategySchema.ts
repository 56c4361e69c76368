/**
 * Scenario section `strategies`: 1–8 named ways to launch, each with a seeding strategy
 * (how the initial sharers are picked — not the random seed). Checks that need the network
 * (count ≤ nodes, manual nodes in range) are in strategyChecks.ts.
 *
 * Strategies of a dividend scenario also carry the dividend levers (dividendStrategySchema.ts)
 * and may seed by `core-fans`; in any other scenario those fields are reported as
 * "only used by the dividend model".
 */
import { z } from 'zod';
import { DIVIDEND_STRATEGY_DEFAULTS } from '../core/dividend/dividendSpec';
import type { SeedingMethod } from '../core/seeding/seedingSpec';
import { customField, integerField, isPlainObject, objectField, reasonFor, stringField } from './fields';
import { encodeReason, withInput } from './reasons';
import { MAX_KOLS, MAX_NAME_LENGTH, MAX_NODES, MAX_STRATEGIES, MIN_STRATEGIES } from './limits';

export const SEEDING_METHODS = ['random', 'degree', 'bridges', 'kcore', 'manual'] as const satisfies readonly SeedingMethod[];
/** Seeding methods of a dividend strategy: the engine's plus core-fans. */
export const DIVIDEND_SEEDING_METHODS = [...SEEDING_METHODS, 'core-fans'] as const;

/** Strategy fields that only the dividend model reads. */
const DIVIDEND_STRATEGY_FIELDS = Object.keys(DIVIDEND_STRATEGY_DEFAULTS) as (keyof typeof DIVIDEND_STRATEGY_DEFAULTS)[];

/** Largest node index any network can have. */
const MAX_NODE_INDEX = MAX_NODES + MAX_KOLS - 1;

/** The seeding method: one of `methods`; a dividend-only method in another scenario says so. */
function methodField<const M extends readonly string[]>(methods: M) {
  return customField<M[number]>(
    (v) => typeof v === 'string' && methods.includes(v),
    (input) =>
      typeof input === 'string' && (DIVIDEND_SEEDING_METHODS as readonly string[]).includes(input)
        ? { code: 'dividendOnlyMethod', method: input, values: methods }
        : withInput({ code: 'oneOf', values: methods }, input),
  );
}

/** `seeding` for the given methods; every method but manual needs a count. */
function seedingSchemaFor<const M extends readonly [string, ...string[]]>(methods: M) {
  return objectField(
    {
      method: methodField(methods),
      count: integerField(0, MAX_NODE_INDEX + 1).optional(),
      nodes: z
        .array(integerField(0, MAX_NODE_INDEX), {
          error: (issue) => reasonFor({ code: 'nodeList' }, issue.input),
        })
        .optional(),
    },
    { fields: '{method, count, nodes?}' },
  )
    // Runs even when a field above failed (`when`), so every problem is reported at once; hence the
    // defensive reading of fields that may not have their types yet.
    .superRefine(
      (seeding, ctx) => {
        const nodes = Array.isArray(seeding.nodes) ? seeding.nodes : undefined;
        if (seeding.method === 'manual') {
          if (seeding.nodes === undefined) {
            ctx.addIssue({ code: 'custom', path: ['nodes'], message: encodeReason({ code: 'manualNeedsNodes' }) });
            return;
          }
          if (nodes === undefined) return;
          if (typeof seeding.count === 'number' && seeding.count !== nodes.length)
            ctx.addIssue({
              code: 'custom',
              path: ['count'],
              message: encodeReason({ code: 'countMismatch', listed: nodes.length }),
            });
          const seen = new Set<unknown>();
          for (let i = 0; i < nodes.length; i++) {
            if (typeof nodes[i] === 'number' && seen.has(nodes[i])) {
              ctx.addIssue({ code: 'custom', path: ['nodes', i], message: encodeReason({ code: 'duplicateNode', node: nodes[i] as number }) });
              break;
            }
            seen.add(nodes[i]);
          }
        } else if (typeof seeding.method === 'string' && (methods as readonly string[]).includes(seeding.method)) {
          if (seeding.count === undefined)
            ctx.addIssue({ code: 'custom', path: ['count'], message: encodeReason({ code: 'seedCountRequired' }) });
          if (seeding.nodes !== undefined && (nodes === undefined || nodes.length > 0))
            ctx.addIssue({ code: 'custom', path: ['nodes'], message: encodeReason({ code: 'nodesOnlyManual' }) });
        }
      },
      { when: (payload) => isPlainObject(payload.value) },
    )
    .transform((seeding) => ({
      method: seeding.method,
      count: seeding.method === 'manual' ? seeding.nodes!.length : seeding.count!,
      nodes: seeding.method === 'manual' ? seeding.nodes! : [],
    }));
}

/** `seeding` of a canonical-model strategy. */
const seedingSchema = seedingSchemaFor(SEEDING_METHODS);
/** `seeding` of a dividend strategy (core-fans allowed). */
export const dividendSeedingSchema = seedingSchemaFor(DIVIDEND_SEEDING_METHODS);

/** A dividend lever written in a scenario of another model: always a problem, with the reason. */
const dividendOnly = customField<never>(() => false, () => ({ code: 'dividendOnly' })).optional();
const dividendOnlyFields = Object.fromEntries(DIVIDEND_STRATEGY_FIELDS.map((k) => [k, dividendOnly])) as Record<
  (typeof DIVIDEND_STRATEGY_FIELDS)[number],
  typeof dividendOnly
>;

/** One strategy of a canonical-model scenario: a name and its seeding. */
export const strategySchema = objectField(
  {
    name: stringField(1, MAX_NAME_LENGTH),
    seeding: seedingSchema,
    ...dividendOnlyFields,
  },
  { fields: '{name, seeding}' },
).transform((s) => ({ name: s.name, seeding: s.seeding }));

const listReason = { code: 'strategyList', min: MIN_STRATEGIES, max: MAX_STRATEGIES } as const;

/** A `strategies` list of `item`s; names must be unique so results and charts can be told apart. */
export function strategyListSchema<T extends z.ZodType>(item: T) {
  return z
    .array(item, { error: (issue) => reasonFor(listReason, issue.input) })
    .min(MIN_STRATEGIES, { error: encodeReason(listReason) })
    .max(MAX_STRATEGIES, { error: encodeReason(listReason) })
    .superRefine(
      (strategies, ctx) => {
        const first = new Map<string, number>();
        strategies.forEach((s, i) => {
          const name: unknown = isPlainObject(s) ? s.name : undefined;
          if (typeof name !== 'string') return;
          const earlier = first.get(name);
          if (earlier !== undefined)
            ctx.addIssue({ code: 'custom', path: [i, 'name'], message: encodeReason({ code: 'duplicateName', other: `strategies[${earlier}]` }) });
          else first.set(name, i);
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    );
}

/** The `strategies` section of a canonical-model scenario. */
export const strategiesSchema = strategyListSchema(strategySchema);

export type ParsedStrategies = z.output<typeof strategiesSchema>;
