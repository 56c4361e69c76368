/**
 * The English words of every scenario problem: one template per key, filled by the renderer in
 * problemText.ts. It lives apart from the renderer because it is data the app's message catalogue
 * includes as its English (src/ui/i18n/messages/problems.en.ts) and translates key by key
 * (messages.zh-CN.ts); these templates render exactly the `path: reason` lines the CLI prints.
 *
 * Templates use `{name}` placeholders. Numbers are written as they appear in a scenario file
 * (no digit grouping: "between 1 and 2000000"), except arc and line counts, which get the
 * locale's grouping as they always had ("about 60,000,000 arcs").
 */
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
