/**
 * Words for scenario problems: the one function that puts a reason into words. With the English
 * table (problemText.en.ts) it renders exactly the `path: reason` lines the CLI prints; the app
 * renders a problem in its catalogue's words of the current language with
 * `reasonRenderer(itsWords, locale)` (src/ui/i18n/problemText.ts).
 */
import { escapeControl } from './controlText';
import type { EdgeListError } from '../core/networks/edgeList';
import { PROBLEM_TEXT_EN, type ProblemTextKey, type ProblemWords } from './problemText.en';
import type { Got, RangeNote, Reason, ScenarioProblem } from './reasons';

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
