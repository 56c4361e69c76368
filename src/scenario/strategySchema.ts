/**
 * Scenario section `strategies`: 1–8 named ways to launch, each with a seeding strategy
 * (how the initial sharers are picked — not the random seed). Checks that need the network
 * (count ≤ nodes, manual nodes in range) are in strategyChecks.ts.
 */
import { z } from 'zod';
import type { SeedingMethod } from '../core/seeding/seedingSpec';
import { integerField, isPlainObject, objectField, oneOfField, reasonFor, stringField } from './fields';
import { MAX_KOLS, MAX_NAME_LENGTH, MAX_NODES, MAX_STRATEGIES, MIN_STRATEGIES } from './limits';

export const SEEDING_METHODS = ['random', 'degree', 'bridges', 'kcore', 'manual'] as const satisfies readonly SeedingMethod[];

/** Largest node index any network can have. */
const MAX_NODE_INDEX = MAX_NODES + MAX_KOLS - 1;

const seedingSchema = objectField(
  {
    method: oneOfField(SEEDING_METHODS),
    count: integerField(0, MAX_NODE_INDEX + 1).optional(),
    nodes: z
      .array(integerField(0, MAX_NODE_INDEX), {
        error: (issue) => reasonFor('must be a list of node indices', issue.input),
      })
      .optional(),
  },
  'an object {method, count, nodes?}',
)
  // Runs even when a field above failed (`when`), so every problem is reported at once; hence the
  // defensive reading of fields that may not have their types yet.
  .superRefine(
    (seeding, ctx) => {
      const nodes = Array.isArray(seeding.nodes) ? seeding.nodes : undefined;
      if (seeding.method === 'manual') {
        if (seeding.nodes === undefined) {
          ctx.addIssue({ code: 'custom', path: ['nodes'], message: 'required with method manual; a list of node indices' });
          return;
        }
        if (nodes === undefined) return;
        if (typeof seeding.count === 'number' && seeding.count !== nodes.length)
          ctx.addIssue({
            code: 'custom',
            path: ['count'],
            message: `must equal the number of nodes listed (${nodes.length}), or be left out`,
          });
        const seen = new Set<unknown>();
        for (let i = 0; i < nodes.length; i++) {
          if (typeof nodes[i] === 'number' && seen.has(nodes[i])) {
            ctx.addIssue({ code: 'custom', path: ['nodes', i], message: `node ${nodes[i]} is listed twice` });
            break;
          }
          seen.add(nodes[i]);
        }
      } else if (typeof seeding.method === 'string' && (SEEDING_METHODS as readonly string[]).includes(seeding.method)) {
        if (seeding.count === undefined)
          ctx.addIssue({ code: 'custom', path: ['count'], message: 'required; the number of seed users' });
        if (seeding.nodes !== undefined && (nodes === undefined || nodes.length > 0))
          ctx.addIssue({ code: 'custom', path: ['nodes'], message: 'only used with method manual; remove it' });
      }
    },
    { when: (payload) => isPlainObject(payload.value) },
  )
  .transform((seeding) => ({
    method: seeding.method,
    count: seeding.method === 'manual' ? seeding.nodes!.length : seeding.count!,
    nodes: seeding.method === 'manual' ? seeding.nodes! : [],
  }));

/** One strategy: a name and its seeding. */
export const strategySchema = objectField(
  {
    name: stringField(1, MAX_NAME_LENGTH),
    seeding: seedingSchema,
  },
  'an object {name, seeding}',
);

const listReason = `must be a list of ${MIN_STRATEGIES} to ${MAX_STRATEGIES} strategies`;

/** The `strategies` section; names must be unique so results and charts can be told apart. */
export const strategiesSchema = z
  .array(strategySchema, { error: (issue) => reasonFor(listReason, issue.input) })
  .min(MIN_STRATEGIES, { error: listReason })
  .max(MAX_STRATEGIES, { error: listReason })
  .superRefine(
    (strategies, ctx) => {
      const first = new Map<string, number>();
      strategies.forEach((s, i) => {
        const name: unknown = isPlainObject(s) ? s.name : undefined;
        if (typeof name !== 'string') return;
        const earlier = first.get(name);
        if (earlier !== undefined)
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `must be unique; strategies[${earlier}] has the same name` });
        else first.set(name, i);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );

export type ParsedStrategies = z.output<typeof strategiesSchema>;
