/**
 * Scenario section `network`: one strict shape per network kind, picked by `kind`.
 * Field ranges here are the per-field ones; checks that compare fields (mean degree below
 * the node count, estimated size) live in networkChecks.ts.
 */
import { z } from 'zod';
import type { NetworkSpec } from '../core/networks/networkSpec';
import {
  booleanField,
  integerField,
  kindUnion,
  numberField,
  objectField,
  stringField,
} from './fields';
import {
  DEFAULT_COMMUNITY_SIZE_EXPONENT,
  DEFAULT_KOL_HOME_BIAS,
  MAX_EDGE_LIST_LENGTH,
  MAX_KOLS,
  MAX_NODES,
} from './limits';

/** Network kinds, in the order they are listed in error messages and docs. */
export const NETWORK_KINDS = [
  'erdos-renyi',
  'barabasi-albert',
  'watts-strogatz',
  'communities',
  'configuration',
  'fully-mixed',
  'edge-list',
] as const satisfies readonly NetworkSpec['kind'][];

/** Largest power-law exponent accepted; beyond ~10 a power law is indistinguishable from its minimum. */
export const MAX_EXPONENT = 10;

const kolSchema = objectField(
  {
    count: integerField(0, MAX_KOLS),
    reach: numberField(0, 1),
    homeBias: numberField(0, 1).default(DEFAULT_KOL_HOME_BIAS),
  },
  { fields: '{count, reach, homeBias}', orNull: true },
);

/** Fields every kind has. */
const common = {
  resample: booleanField().default(false),
  kols: kolSchema.nullable().default(null),
};

const nodes = integerField(1, MAX_NODES);
// Upper bounds that need the node count are checked in networkChecks.ts.
const degree = numberField(0, MAX_NODES);

const erdosRenyi = objectField({
  kind: kindLiteral('erdos-renyi'),
  nodes,
  meanDegree: degree,
  ...common,
});

const barabasiAlbert = objectField({
  kind: kindLiteral('barabasi-albert'),
  nodes,
  edgesPerNode: integerField(1, MAX_NODES),
  ...common,
});

const wattsStrogatz = objectField({
  kind: kindLiteral('watts-strogatz'),
  nodes,
  meanDegree: integerField(2, MAX_NODES),
  rewire: numberField(0, 1),
  ...common,
});

const communities = objectField({
  kind: kindLiteral('communities'),
  nodes,
  communities: integerField(1, MAX_NODES),
  meanDegree: degree,
  mixing: numberField(0, 1),
  sizeExponent: numberField(1, MAX_EXPONENT).default(DEFAULT_COMMUNITY_SIZE_EXPONENT),
  degreeExponent: numberField(1, MAX_EXPONENT).nullable().default(null),
  ...common,
});

const configuration = objectField({
  kind: kindLiteral('configuration'),
  nodes,
  degreeExponent: numberField(1, MAX_EXPONENT),
  minDegree: integerField(1, MAX_NODES),
  maxDegree: integerField(1, MAX_NODES),
  ...common,
});

const fullyMixed = objectField({
  kind: kindLiteral('fully-mixed'),
  nodes,
  ...common,
});

const edgeList = objectField({
  kind: kindLiteral('edge-list'),
  edges: stringField(1, MAX_EDGE_LIST_LENGTH),
  directed: booleanField().default(false),
  // Derived from the edges; accepted (and checked) so that a validated scenario re-validates.
  nodes: nodes.optional(),
  ...common,
});

/** The `network` section. Adding a kind: add its shape here and to NETWORK_KINDS. */
export const networkSchema = kindUnion(
  [erdosRenyi, barabasiAlbert, wattsStrogatz, communities, configuration, fullyMixed, edgeList],
  NETWORK_KINDS,
);

/** Parsed network section: a NetworkSpec except that an edge list's `nodes` may still be missing. */
export type ParsedNetwork = z.output<typeof networkSchema>;

/** The union has already reported a wrong kind; this literal only narrows the type. */
function kindLiteral<K extends string>(kind: K) {
  return z.literal(kind);
}
