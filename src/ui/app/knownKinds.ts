/**
 * A user's string picks a table entry in many places (the controls of a network or model kind,
 * a template, a label). A plain object answers `constructor`, `toString` or `__proto__` with
 * something from Object.prototype, and the page then threw while drawing: the strategy cards,
 * the problem list and the Lessons button all went. Lookups by a user's string go through
 * `ownEntry` (own properties only), and the field tables see only kinds they know.
 */
import { MODEL_KINDS } from '../../scenario/modelSchema';
import { NETWORK_KINDS } from '../../scenario/networkSchema';
import type { Draft, Json } from './draft';

/** `table[key]` when `key` is the table's own entry, else undefined (never a prototype member). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function knownKind(section: Json | undefined, kinds: readonly string[]): Json | undefined {
  if (!isObject(section) || typeof section.kind !== 'string' || kinds.includes(section.kind)) return section;
  // An unknown kind: the section's controls are those of no kind; the validator names the problem.
  return { ...section, kind: '' };
}

/**
 * The draft as the field tables (fieldSpecs.ts) should see it: a network or model kind that is
 * not one of the format's kinds becomes '' (no kind-specific controls). Only for choosing
 * controls — the draft itself, and what the page shows and saves, keep what the user wrote.
 */
export function knownKindsOnly(draft: Draft): Draft {
  const network = knownKind(draft.network, NETWORK_KINDS);
  const model = knownKind(draft.model, MODEL_KINDS);
  if (network === draft.network && model === draft.model) return draft;
  const out: Draft = { ...draft };
  if (network !== undefined) out.network = network;
  if (model !== undefined) out.model = model;
  return out;
}
