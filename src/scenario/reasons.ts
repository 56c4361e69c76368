/**
 * Scenario problems as data: a path and a reason code with its parameters, e.g.
 * `{ path: 'strategies[1].seeding.count', reason: { code: 'intRange', min: 0, max: 100, note: { kind: 'nodes' } } }`.
 * The English `path: reason` line the CLI prints is rendered from this (problemText.ts), and the
 * app renders the same reason in the UI language from its message catalogue, so a translation
 * never has to parse English. The path stays as written in the file: it is a JSON identifier.
 */
import type { EdgeListError } from '../core/networks/edgeList';

/** What a field held instead, for the "(got …)" part of a reason; `missing` makes it "required; …". */
export type Got =
  | { kind: 'missing' }
  | { kind: 'null' }
  | { kind: 'list' }
  | { kind: 'object' }
  /** A number, a quoted short text or true/false, exactly as echoed ("1.5", "NaN", "\"5\"", "true"). */
  | { kind: 'value'; text: string }
  /** A text too long (or too odd) to quote, measured instead. */
  | { kind: 'longText'; length: number }
  /** A JavaScript type named by its `typeof` ("a number", "a string"): what the whole scenario was. */
  | { kind: 'type'; type: string };

/** Why a range has the bound it has ("the number of nodes"). */
export type RangeNote =
  | { kind: 'nodes' }
  | { kind: 'nodesAndKols'; nodes: number; kols: number }
  /** A node index: below the node count (`kols` KOL accounts included when > 0). */
  | { kind: 'nodeIndex'; nodes: number; kols: number }
  | { kind: 'ordinaryUsers' }
  | { kind: 'kolAccounts' }
  | { kind: 'nodesMinusOne' }
  | { kind: 'belowNodes' }
  | { kind: 'perCommunity'; size: number };

/** Every reason the validator gives, for problems and warnings. */
export type ReasonBody =
  // ── One field's own value ──
  | { code: 'intRange'; min: number; max: number; note?: RangeNote }
  | { code: 'numberRange'; min: number; max: number; note?: RangeNote }
  | { code: 'evenIntRange'; min: number; max: number; note?: RangeNote }
  | { code: 'positiveNumber'; max: number }
  | { code: 'minDegreeRange'; max: number }
  | { code: 'textLength'; min: number; max: number }
  | { code: 'boolean' }
  | { code: 'oneOf'; values: readonly string[] }
  | { code: 'object'; fields?: string }
  | { code: 'objectOrNull'; fields: string }
  | { code: 'objectWithKind' }
  | { code: 'scenarioObject' }
  | { code: 'equals'; value: number }
  | { code: 'unsupportedVersion'; version: number; expected: number }
  | { code: 'required' }
  | { code: 'unknownField' }
  | { code: 'stepList' }
  | { code: 'nodeList' }
  | { code: 'strategyList'; min: number; max: number }
  | { code: 'tooManyWaves'; max: number }
  // ── Strategies and seeding ──
  | { code: 'duplicateName'; other: string }
  | { code: 'dividendOnly' }
  | { code: 'dividendOnlyMethod'; method: string; values: readonly string[] }
  | { code: 'manualNeedsNodes' }
  | { code: 'countMismatch'; listed: number }
  | { code: 'duplicateNode'; node: number }
  | { code: 'seedCountRequired' }
  | { code: 'nodesOnlyManual' }
  | { code: 'moreNodeIndices'; count: number }
  // ── Network ──
  | { code: 'fullyMixedKols' }
  | { code: 'tooManyArcs'; arcs: number; max: number }
  | { code: 'edgeListLines'; lines: number; max: number }
  | { code: 'edgeListTooManyNodes'; nodes: number; max: number }
  | { code: 'edgeListNodeCount'; nodes: number }
  /** An uploaded edge list held by reference (edgeListRef.ts) that this page no longer holds. */
  | { code: 'edgeListNotHeld' }
  /** The edge-list parser's error (a weight's text cut to a few hundred characters). */
  | { code: 'edgeList'; error: EdgeListError }
  // ── Dividend model ──
  | { code: 'dividendFullyMixed' }
  | { code: 'noKolsToHire' }
  | { code: 'stepBeforeEnd'; max: number; steps: number }
  | { code: 'adsToAfterFrom'; from: number }
  | { code: 'relevanceEntries'; entries: number; communities: number }
  | { code: 'relevanceCommunity'; id: string; communities: number }
  | { code: 'relevanceTooMany'; max: number }
  | { code: 'relevanceEntry'; index: number; min: number; max: number }
  | { code: 'relevanceUnknownField' }
  | { code: 'relevanceDefault'; min: number; max: number }
  | { code: 'byCommunityObject' }
  | { code: 'byCommunityTooMany'; max: number }
  | { code: 'byCommunityKeys' }
  | { code: 'byCommunityValue'; id: string; min: number; max: number }
  | { code: 'relevance'; min: number; max: number }
  // ── Uncertainty (src/scenario/uncertaintyChecks.ts) ──
  | { code: 'uncertaintyList'; max: number }
  | { code: 'lowBelowHigh'; low: number }
  | { code: 'posteriorNoPath' }
  | { code: 'uncertainPath'; problem: 'syntax' | 'unknown' | 'notNumber' }
  | { code: 'uncertainNotWorld' }
  | { code: 'uncertainTwice'; other: string }
  | { code: 'uncertainRange'; field: string; min: number; max: number }
  | { code: 'posteriorPaths'; max: number }
  | { code: 'particleList'; max: number }
  | { code: 'valuesLength'; count: number }
  | { code: 'weightsSum' }
  // ── The whole scenario ──
  | { code: 'timelineCells'; max: number; runs: number; steps: number; strategies: number; cells: number }
  | { code: 'moreProblems'; count: number }
  /** Not JSON at all: the parser's own (English) message. */
  | { code: 'invalidJson'; detail: string }
  // ── Warnings ──
  | { code: 'bassAbove1' }
  | { code: 'edgeListResample' }
  | { code: 'fullyMixedSeeding'; method: string }
  | { code: 'noWaves'; seeds: number }
  | { code: 'secondWaveEarly'; step: number }
  | { code: 'dividendVersion1' }
  | { code: 'retiredField'; replacement: string }
  | { code: 'kolSeed'; node: number }
  | { code: 'kolRanks'; kols: number }
  // ── zod's own issues (none is reachable today: every field has its own reason) ──
  | { code: 'mustBeType'; expected: string }
  | { code: 'tooBig'; max: number; what: 'list' | 'text' | 'number' }
  | { code: 'tooSmall'; min: number; what: 'list' | 'text' | 'number' }
  | { code: 'invalidUnion' }
  /** Anything unforeseen: its English text, shown as is in every language. */
  | { code: 'other'; text: string }
  // ── The raw input, measured by the bounded parser before anything reads it (boundedJson.ts) ──
  | { code: 'inputTooLong'; max: number; length: number }
  | { code: 'tooDeep'; max: number }
  | { code: 'tooManyFields'; max: number }
  | { code: 'tooManyEntries'; max: number };

export type Reason = ReasonBody & { got?: Got };
export type ReasonCode = Reason['code'];

/** One problem (or warning) of a scenario: the field's path as written in the file, or null for the file as a whole. */
export interface ScenarioProblem {
  path: string | null;
  reason: Reason;
}

/** Texts up to this length are quoted in "(got …)"; longer ones are only measured. */
const MAX_QUOTED_TEXT = 20;

/** What was given, for the "(got …)" part: short values echoed, strings never longer than 20 characters. */
export function describeValue(value: unknown): Got {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  switch (typeof value) {
    case 'number':
      return { kind: 'value', text: Number.isNaN(value) ? 'NaN' : String(value) };
    case 'string':
      // Short texts are quoted ("5" where a number belongs); long ones only measured.
      return value.length <= MAX_QUOTED_TEXT && !/[\u0000-\u001f\u007f]/.test(value)
        ? { kind: 'value', text: JSON.stringify(value) }
        : { kind: 'longText', length: value.length };
    case 'boolean':
      return { kind: 'value', text: String(value) };
    case 'object':
      return { kind: 'object' };
    case 'undefined':
      return { kind: 'missing' };
    default:
      return { kind: 'type', type: typeof value };
  }
}

/** `reason` for a field given `input`: "required" when it is missing, else with what it held. */
export function withInput(reason: ReasonBody, input: unknown): Reason {
  return { ...reason, got: describeValue(input) };
}

/**
 * zod carries one string per issue, so the schemas' error callbacks hand their reason over as
 * this marker and JSON; issues.ts decodes it. Zod's own messages never start with the marker.
 */
const MARK = '\u0001reason:';

export function encodeReason(reason: Reason): string {
  return MARK + JSON.stringify(reason);
}

/** The reason an issue message carries, or null for a message zod wrote itself. */
export function decodeReason(message: string): Reason | null {
  return message.startsWith(MARK) ? (JSON.parse(message.slice(MARK.length)) as Reason) : null;
}
