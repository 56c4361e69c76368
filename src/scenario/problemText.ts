/**
 * Words for scenario problems, and the one function that puts a reason into words. The English
 * table below renders exactly the `path: reason` lines the CLI prints; the app's message
 * catalogue includes this table (src/ui/i18n/messages.en.ts) and translates every entry
 * (messages.zh-CN.ts), and renders a problem with `renderReason(reason, itsWords, locale)`.
 *
 * Templates use `{name}` placeholders. Numbers are written as they appear in a scenario file
 * (no digit grouping: "between 1 and 2000000"), except arc and line counts, which get the
 * locale's grouping as they always had ("about 60,000,000 arcs").
 */
import { escapeControl } from './controlText';
import type { EdgeListError } from '../core/networks/edgeList';
import type { Got, RangeNote, Reason, ScenarioProblem } from './reasons';

export const PROBLEM_TEXT_EN = {
  // ── How a reason is completed ──
  'problem.required': 'required; {reason}',
  'problem.got': '{reason} (got {got})',
  'problem.note': '{reason} ({note})',
  'problem.list': '{a}, {b}',
  // ── What a field held ──
  'problem.gotNull': 'null',
  'problem.gotList': 'a list',
  'problem.gotObject': 'an object',
  'problem.gotLongText': 'a text of {length} characters',
  'problem.gotNumberType': 'a number',
  'problem.gotStringType': 'a string',
  'problem.gotBooleanType': 'a boolean',
  'problem.gotUndefinedType': 'a undefined',
  'problem.gotOtherType': 'a {type}',
  // ── One field's own value ──
  'problem.intRange': 'must be an integer between {min} and {max}',
  'problem.numberRange': 'must be a number between {min} and {max}',
  'problem.evenIntRange': 'must be an even integer between {min} and {max}',
  'problem.positiveNumber': 'must be a number greater than 0 and at most {max}',
  'problem.minDegreeRange': 'must be an integer between 1 and maxDegree ({max})',
  'problem.textUpTo': 'must be a text of at most {max} characters',
  'problem.textLength': 'must be a text of {min} to {max} characters',
  'problem.boolean': 'must be true or false',
  'problem.oneOf': 'must be one of {values}',
  'problem.object': 'must be an object',
  'problem.objectFields': 'must be an object {fields}',
  'problem.objectOrNull': 'must be an object {fields} or null',
  'problem.objectWithKind': 'must be an object with a kind',
  'problem.scenarioObject': 'must be a JSON object {fields}',
  'problem.equals': 'must be {value}',
  'problem.unsupportedVersion': 'unsupported version {version}; this build reads versions 1 and {expected}',
  'problem.requiredField': 'required',
  'problem.unknownField': 'unknown field',
  'problem.stepList': 'must be a list of steps',
  'problem.nodeList': 'must be a list of node indices',
  'problem.strategyList': 'must be a list of {min} to {max} strategies',
  'problem.tooManyWaves': 'must have at most {max} entries (waves)',
  // ── Why a bound is what it is ──
  'problem.noteNodes': 'the number of nodes',
  'problem.noteNodesAndKols': 'the number of nodes, {nodes} + {kols} KOL accounts',
  'problem.noteNodeIndex': 'a node index; {what} is {total}',
  'problem.noteOrdinaryUsers': 'ordinary users; KOL accounts are hired through kols',
  'problem.noteKolAccounts': "the network's KOL accounts",
  'problem.noteNodesMinusOne': 'nodes − 1',
  'problem.noteBelowNodes': 'below nodes',
  'problem.notePerCommunity': 'nodes / {size}',
  // ── Strategies and seeding ──
  'problem.duplicateName': 'must be unique; {other} has the same name',
  'problem.dividendOnly': 'only used by the dividend model',
  'problem.dividendOnlyMethod': '{method} is only used by the dividend model; must be one of {values}',
  'problem.manualNeedsNodes': 'required with method manual; a list of node indices',
  'problem.countMismatch': 'must equal the number of nodes listed ({listed}), or be left out',
  'problem.duplicateNode': 'node {node} is listed twice',
  'problem.seedCountRequired': 'required; the number of seed users',
  'problem.nodesOnlyManual': 'only used with method manual; remove it',
  'problem.moreNodeIndices': '{count} more node indices are out of range',
  // ── Network ──
  'problem.fullyMixedKols': 'a fully mixed population has no KOL accounts; remove kols or set it to null',
  'problem.tooManyArcs': 'the network would have about {arcs} arcs; at most {max} fit (lower nodes or degree)',
  'problem.edgeListLines': 'has {lines} lines; at most {max} edges fit',
  'problem.edgeListTooManyNodes': 'has {nodes} nodes; at most {max} fit',
  'problem.edgeListNodeCount': 'the edge list has {nodes} nodes; leave nodes out or set it to {nodes}',
  'problem.edgeListFields.one': 'line {line}: expected "source,target[,weight]", got {count} field',
  'problem.edgeListFields.other': 'line {line}: expected "source,target[,weight]", got {count} fields',
  'problem.edgeListEmptySource': 'line {line}: empty source id',
  'problem.edgeListEmptyTarget': 'line {line}: empty target id',
  'problem.edgeListWeight': 'line {line}: weight "{text}" is not a number in (0, 1]',
  'problem.edgeListDistinctNodes': 'line {line}: more than {max} distinct nodes',
  'problem.edgeListTooManyEdges': 'line {line}: more than {max} edges; sample the network first',
  'problem.edgeListNoEdges': 'no edges',
  'problem.edgeListNotHeld': 'the uploaded edge list is no longer held by this page; upload the file again',
  // ── Dividend model ──
  'problem.dividendFullyMixed': 'the dividend model needs explicit ties; fully-mixed is not supported (use erdos-renyi with a high meanDegree instead)',
  'problem.noKolsToHire': 'must be 0: the network has no KOL accounts (add network.kols to hire some)',
  'problem.stepBeforeEnd': 'must be a step between 0 and {max} (before the end of the simulation, steps = {steps})',
  'problem.adsToAfterFrom': 'must be null or a step at or after ads.from ({from})',
  'problem.communities': 'the network has {communities} communities',
  'problem.noCommunities': 'the network has no communities, so everyone is community 0',
  'problem.relevanceEntries': 'has {entries} entries but {what} (one entry per community)',
  'problem.relevanceCommunity': 'community {id} does not exist: {what} (ids 0–{last})',
  'problem.relevanceTooMany': 'must have at most {max} entries (one per community)',
  'problem.relevanceEntry': 'entry {index} must be a number between {min} and {max}',
  'problem.relevanceUnknownField': 'has an unknown field; use {fields}',
  'problem.relevanceDefault': 'default must be a number between {min} and {max}',
  'problem.byCommunityObject': 'byCommunity must be an object {fields}',
  'problem.byCommunityTooMany': 'byCommunity must have at most {max} entries',
  'problem.byCommunityKeys': 'byCommunity keys must be community ids (0, 1, 2, …)',
  'problem.byCommunityValue': 'byCommunity["{id}"] must be a number between {min} and {max}',
  'problem.relevance': 'must be a number between {min} and {max}, a list of such numbers (one per community) or {fields}',
  // ── Uncertainty ──
  'problem.uncertaintyList': 'must be a list of at most {max} uncertain parameters {path, distribution}',
  'problem.lowBelowHigh': 'must be above low ({low})',
  'problem.posteriorNoPath': 'a posterior names its paths in distribution.paths; remove path',
  'problem.uncertainPathSyntax': 'not a parameter path; write a path like model.conversion.plateau or strategies[*].content.quality',
  'problem.uncertainPathUnknown': 'names no number of this scenario (check the field names and list indices)',
  'problem.uncertainPathNotNumber': 'names a field that is not a number; only numbers can be uncertain',
  'problem.uncertainNotWorld':
    "must be a parameter of the world (model.…, or network.… other than its sizes and counts) or of the content (strategies[…].content.…); a strategy's other levers are decisions: compare them as strategies or sweep them",
  'problem.uncertainTwice': 'draws the same field as {other}; give each field one distribution',
  'problem.uncertainRange': 'must lie within the range of {field}, {min} to {max}',
  'problem.posteriorPaths': 'must be a list of 1 to {max} parameter paths',
  'problem.particleList': 'must be a list of 1 to {max} particles {weight, values}',
  'problem.valuesLength': 'must be a list of {count} numbers, one per path',
  'problem.weightsSum': 'the particle weights must add up to more than 0',
  // ── The whole scenario ──
  'problem.timelineCells': 'runs × steps × strategies must be at most {max} (got {runs} × {steps} × {strategies} = {cells})',
  'problem.moreProblems': 'and {count} more problems',
  'problem.invalidJson': 'invalid JSON: {detail}',
  // ── Warnings ──
  'problem.bassAbove1': 'innovation + imitation is above 1; the per-step adoption probability is capped at 1',
  'problem.edgeListResample': 'an edge list is the same every run; resample only redraws KOL follows',
  'problem.fullyMixedSeeding': 'everyone is alike in a fully mixed population, so {method} seeding is the same as random',
  'problem.noWaves': 'empty, so the {seeds} seed users never post',
  'problem.secondWaveEarly': "at or before the first seed wave (step {step}); only the brand's own posters have shared by then",
  'problem.dividendVersion1':
    'written for the first dividend model (version 1), so its numbers will differ: buying is dose–response now, the defaults follow published findings and ROI counts incremental sales only; save it as version 2 to confirm',
  'problem.retiredField': 'no longer exists: replaced by {replacement}',
  'problem.kolSeed': 'node {node} is a KOL account; KOLs take part only by being hired (kols.hire, kols.fromRank), at their fee',
  'problem.kolRanks': 'fromRank + hire − 1 must be at most {kols} (the network\'s KOL accounts)',
  // ── zod's own issues ──
  'problem.mustBeNumber': 'must be a number',
  'problem.mustBeText': 'must be a text',
  'problem.mustBeList': 'must be a list',
  'problem.mustBeType': 'must be of type {type}',
  'problem.tooBigNumber': 'must be at most {max}',
  'problem.tooBigList': 'must have at most {max} entries',
  'problem.tooBigText': 'must be at most {max} characters long',
  'problem.tooSmallNumber': 'must be at least {min}',
  'problem.tooSmallList': 'must have at least {min} entries',
  'problem.tooSmallText': 'must be at least {min} characters long',
  'problem.invalidUnion': 'does not match any accepted form',
  // ── The raw input (boundedJson.ts) ──
  'problem.inputTooLong': 'the scenario text is {length} characters long; at most {max} are read',
  'problem.tooDeep': 'nested deeper than {max} levels',
  'problem.tooManyFields': 'has more than {max} fields',
  'problem.tooManyEntries': 'has more than {max} entries',
} as const;

export type ProblemTextKey = keyof typeof PROBLEM_TEXT_EN;
/** The words of one language for every problem. */
export type ProblemWords = Readonly<Record<ProblemTextKey, string>>;

/** Shapes written in reasons as they appear in a file (not translated: they are JSON). */
const SCENARIO_FIELDS = '{version, name, network, model, strategies, …}';
const RELEVANCE_FIELDS = '{default, byCommunity}';
const BY_COMMUNITY_FIELDS = '{"<community id>": relevance}';

/** Longest edge-list parser message kept (it may quote a line of the user's text). */
const MAX_PARSER_MESSAGE = 200;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** A parser message on one line, cut to MAX_PARSER_MESSAGE characters. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > MAX_PARSER_MESSAGE ? `${flat.slice(0, MAX_PARSER_MESSAGE)}…` : flat;
}

/** Renders reasons in one language. `locale` only groups the digits of large counts. */
export function reasonRenderer(words: ProblemWords, locale = 'en-US') {
  const w = (key: ProblemTextKey, params: Readonly<Record<string, string | number>> = {}) => fill(words[key], params);
  const grouped = (n: number) => n.toLocaleString(locale);
  const list = (values: readonly string[]) => (values.length === 0 ? '' : values.reduce((a, b) => w('problem.list', { a, b })));

  const note = (n: RangeNote): string => {
    switch (n.kind) {
      case 'nodes':
        return w('problem.noteNodes');
      case 'nodesAndKols':
        return w('problem.noteNodesAndKols', { nodes: n.nodes, kols: n.kols });
      case 'nodeIndex': {
        const what = n.kols > 0 ? note({ kind: 'nodesAndKols', nodes: n.nodes, kols: n.kols }) : note({ kind: 'nodes' });
        return w('problem.noteNodeIndex', { what, total: n.nodes + n.kols });
      }
      case 'ordinaryUsers':
        return w('problem.noteOrdinaryUsers');
      case 'kolAccounts':
        return w('problem.noteKolAccounts');
      case 'nodesMinusOne':
        return w('problem.noteNodesMinusOne');
      case 'belowNodes':
        return w('problem.noteBelowNodes');
      case 'perCommunity':
        return w('problem.notePerCommunity', { size: n.size });
    }
  };

  const got = (g: Exclude<Got, { kind: 'missing' }>): string => {
    switch (g.kind) {
      case 'null':
        return w('problem.gotNull');
      case 'list':
        return w('problem.gotList');
      case 'object':
        return w('problem.gotObject');
      case 'value':
        return g.text;
      case 'longText':
        return w('problem.gotLongText', { length: g.length });
      case 'type':
        return g.type === 'number'
          ? w('problem.gotNumberType')
          : g.type === 'string'
            ? w('problem.gotStringType')
            : g.type === 'boolean'
              ? w('problem.gotBooleanType')
              : g.type === 'undefined'
                ? w('problem.gotUndefinedType')
                : w('problem.gotOtherType', { type: g.type });
    }
  };

  const edgeList = (e: EdgeListError): string => {
    switch (e.kind) {
      case 'fields':
        return w(e.count === 1 ? 'problem.edgeListFields.one' : 'problem.edgeListFields.other', { line: e.line, count: e.count });
      case 'emptyId':
        return w(e.which === 'source' ? 'problem.edgeListEmptySource' : 'problem.edgeListEmptyTarget', { line: e.line });
      case 'weight':
        return w('problem.edgeListWeight', { line: e.line, text: e.text });
      case 'distinctNodes':
        return w('problem.edgeListDistinctNodes', { line: e.line, max: grouped(e.max) });
      case 'tooManyEdges':
        return w('problem.edgeListTooManyEdges', { line: e.line, max: grouped(e.max) });
      case 'noEdges':
        return w('problem.edgeListNoEdges');
    }
  };

  const communities = (n: number) => (n > 0 ? w('problem.communities', { communities: n }) : w('problem.noCommunities'));

  /** The reason itself, without "required" / "(got …)". */
  const body = (r: Reason): string => {
    switch (r.code) {
      case 'intRange':
      case 'numberRange':
      case 'evenIntRange': {
        const range = w(`problem.${r.code}`, { min: r.min, max: r.max });
        return r.note ? w('problem.note', { reason: range, note: note(r.note) }) : range;
      }
      case 'positiveNumber':
      case 'minDegreeRange':
      case 'tooManyWaves':
      case 'relevanceTooMany':
      case 'byCommunityTooMany':
        return w(`problem.${r.code}`, { max: r.max });
      case 'textLength':
        return r.min === 0 ? w('problem.textUpTo', { max: r.max }) : w('problem.textLength', { min: r.min, max: r.max });
      case 'oneOf':
        return w('problem.oneOf', { values: list(r.values) });
      case 'object':
        return r.fields === undefined ? w('problem.object') : w('problem.objectFields', { fields: r.fields });
      case 'objectOrNull':
        return w('problem.objectOrNull', { fields: r.fields });
      case 'scenarioObject':
        return w('problem.scenarioObject', { fields: SCENARIO_FIELDS });
      case 'equals':
        return w('problem.equals', { value: r.value });
      case 'unsupportedVersion':
        return w('problem.unsupportedVersion', { version: r.version, expected: r.expected });
      case 'required':
        return w('problem.requiredField');
      case 'strategyList':
        return w('problem.strategyList', { min: r.min, max: r.max });
      case 'duplicateName':
        return w('problem.duplicateName', { other: r.other });
      case 'dividendOnlyMethod':
        return w('problem.dividendOnlyMethod', { method: r.method, values: list(r.values) });
      case 'countMismatch':
        return w('problem.countMismatch', { listed: r.listed });
      case 'duplicateNode':
        return w('problem.duplicateNode', { node: r.node });
      case 'moreNodeIndices':
        return w('problem.moreNodeIndices', { count: r.count });
      case 'tooManyArcs':
        return w('problem.tooManyArcs', { arcs: grouped(Math.round(r.arcs)), max: grouped(r.max) });
      case 'edgeListLines':
        return w('problem.edgeListLines', { lines: r.lines, max: r.max });
      case 'edgeListTooManyNodes':
        return w('problem.edgeListTooManyNodes', { nodes: r.nodes, max: r.max });
      case 'edgeListNodeCount':
        return w('problem.edgeListNodeCount', { nodes: r.nodes });
      case 'edgeListNotHeld':
        return w('problem.edgeListNotHeld');
      case 'edgeList':
        return oneLine(edgeList(r.error));
      case 'stepBeforeEnd':
        return w('problem.stepBeforeEnd', { max: r.max, steps: r.steps });
      case 'adsToAfterFrom':
        return w('problem.adsToAfterFrom', { from: r.from });
      case 'relevanceEntries':
        return w('problem.relevanceEntries', { entries: r.entries, what: communities(r.communities) });
      case 'relevanceCommunity':
        return w('problem.relevanceCommunity', { id: r.id, what: communities(r.communities), last: Math.max(1, r.communities) - 1 });
      case 'relevanceEntry':
        return w('problem.relevanceEntry', { index: r.index, min: r.min, max: r.max });
      case 'relevanceUnknownField':
        return w('problem.relevanceUnknownField', { fields: RELEVANCE_FIELDS });
      case 'relevanceDefault':
        return w('problem.relevanceDefault', { min: r.min, max: r.max });
      case 'byCommunityObject':
        return w('problem.byCommunityObject', { fields: BY_COMMUNITY_FIELDS });
      case 'byCommunityValue':
        return w('problem.byCommunityValue', { id: r.id, min: r.min, max: r.max });
      case 'relevance':
        return w('problem.relevance', { min: r.min, max: r.max, fields: RELEVANCE_FIELDS });
      case 'uncertaintyList':
      case 'posteriorPaths':
      case 'particleList':
        return w(`problem.${r.code}`, { max: r.max });
      case 'lowBelowHigh':
        return w('problem.lowBelowHigh', { low: r.low });
      case 'uncertainPath':
        return w(r.problem === 'syntax' ? 'problem.uncertainPathSyntax' : r.problem === 'unknown' ? 'problem.uncertainPathUnknown' : 'problem.uncertainPathNotNumber');
      case 'uncertainTwice':
        return w('problem.uncertainTwice', { other: r.other });
      case 'uncertainRange':
        return w('problem.uncertainRange', { field: r.field, min: r.min, max: r.max });
      case 'valuesLength':
        return w('problem.valuesLength', { count: r.count });
      case 'timelineCells':
        return w('problem.timelineCells', { max: r.max, runs: r.runs, steps: r.steps, strategies: r.strategies, cells: r.cells });
      case 'moreProblems':
        return w('problem.moreProblems', { count: r.count });
      case 'invalidJson':
        return w('problem.invalidJson', { detail: r.detail });
      case 'fullyMixedSeeding':
        return w('problem.fullyMixedSeeding', { method: r.method });
      case 'noWaves':
        return w('problem.noWaves', { seeds: r.seeds });
      case 'secondWaveEarly':
        return w('problem.secondWaveEarly', { step: r.step });
      case 'retiredField':
        return w('problem.retiredField', { replacement: r.replacement });
      case 'kolSeed':
        return w('problem.kolSeed', { node: r.node });
      case 'kolRanks':
        return w('problem.kolRanks', { kols: r.kols });
      case 'mustBeType':
        if (r.expected === 'number') return w('problem.mustBeNumber');
        if (r.expected === 'string') return w('problem.mustBeText');
        if (r.expected === 'array') return w('problem.mustBeList');
        if (r.expected === 'boolean') return w('problem.boolean');
        if (r.expected === 'object') return w('problem.object');
        return w('problem.mustBeType', { type: r.expected });
      case 'tooBig':
        return w(r.what === 'list' ? 'problem.tooBigList' : r.what === 'text' ? 'problem.tooBigText' : 'problem.tooBigNumber', { max: r.max });
      case 'tooSmall':
        return w(r.what === 'list' ? 'problem.tooSmallList' : r.what === 'text' ? 'problem.tooSmallText' : 'problem.tooSmallNumber', { min: r.min });
      case 'other':
        return r.text;
      case 'inputTooLong':
        return w('problem.inputTooLong', { max: r.max, length: r.length });
      case 'tooDeep':
      case 'tooManyFields':
      case 'tooManyEntries':
        return w(`problem.${r.code}`, { max: r.max });
      case 'boolean':
      case 'objectWithKind':
      case 'unknownField':
      case 'stepList':
      case 'nodeList':
      case 'dividendOnly':
      case 'manualNeedsNodes':
      case 'seedCountRequired':
      case 'nodesOnlyManual':
      case 'fullyMixedKols':
      case 'dividendFullyMixed':
      case 'noKolsToHire':
      case 'byCommunityKeys':
      case 'bassAbove1':
      case 'edgeListResample':
      case 'invalidUnion':
      case 'dividendVersion1':
      case 'posteriorNoPath':
      case 'uncertainNotWorld':
      case 'weightsSum':
        return w(`problem.${r.code}`);
    }
  };

  /** The reason in words: "required; …" when the field is missing, "… (got …)" when it held something else. */
  const reason = (r: Reason): string => {
    const text = body(r);
    // A reason may quote the user's text (a strategy name, a parser's message): never its control characters.
    if (r.got === undefined) return escapeControl(text);
    return escapeControl(r.got.kind === 'missing' ? w('problem.required', { reason: text }) : w('problem.got', { reason: text, got: got(r.got) }));
  };

  /** `path: reason`, or the reason alone for a problem with the file as a whole (invalid JSON). */
  const problem = (p: ScenarioProblem): string => (p.path === null ? reason(p.reason) : `${escapeControl(p.path)}: ${reason(p.reason)}`);

  return { reason, problem };
}

const english = reasonRenderer(PROBLEM_TEXT_EN);

/** A reason in English, as the CLI prints it. */
export const reasonText: (reason: Reason) => string = english.reason;
/** A problem as the CLI's English `path: reason` line. */
export const problemLine: (problem: ScenarioProblem) => string = english.problem;
