/**
 * A calibration's posterior as a scenario's uncertainty: one entry `{distribution: {kind:
 * "posterior", paths, particles}}` with the calibration's fitted paths and weighted particles,
 * so each run draws one particle (the fitted values jointly, keeping their correlations). Used by
 * `lab run --uncertainty-from` and meant for the app's "Use this world" (no I/O here). The entry
 * is raw: the scenario validator judges it like one written in a file.
 *
 * A fitted path of the strategy that ran (`strategies[k].content.quality`, k its index in the
 * calibrated scenario) is applied to every strategy of the comparison
 * (`strategies[*].content.quality`): the calibration measured the content, and the strategies
 * compared are ways of launching it; `notes` says so, one line per such path.
 */
import { isPlainObject } from '../scenario/fields';

const bad = (problem: string) => ({ ok: false as const, problem });

/** The uncertainty entry of a calibration result (raw: the validator judges it), and notes for stderr. */
export function posteriorEntry(calibration: unknown): { ok: true; entry: unknown; notes: string[] } | { ok: false; problem: string } {
  if (!isPlainObject(calibration) || calibration.kind !== 'calibration') return bad('not a calibration result (kind is not "calibration")');
  const { parameters, posterior, scenario, strategy } = calibration;
  if (!Array.isArray(parameters) || parameters.length === 0 || !parameters.every((p) => isPlainObject(p) && typeof p.path === 'string'))
    return bad('parameters: must be a list of {path, …}');
  if (!Array.isArray(posterior) || posterior.length === 0) return bad('posterior: must be a list of particles {weight, values}');
  const strategies = isPlainObject(scenario) && Array.isArray(scenario.strategies) ? scenario.strategies : [];
  const ran = strategies.findIndex((s) => isPlainObject(s) && s.name === strategy);
  const notes: string[] = [];
  const paths = parameters.map((p) => {
    const path = p.path as string;
    const m = /^strategies\[(\d+)\]/.exec(path);
    if (m === null || (ran >= 0 && Number(m[1]) !== ran)) return path;
    const every = `strategies[*]${path.slice(m[0].length)}`;
    notes.push(`${path} (fitted on strategy ${JSON.stringify(strategy)}) is applied to every strategy as ${every}`);
    return every;
  });
  return { ok: true, entry: { distribution: { kind: 'posterior', paths, particles: posterior } }, notes };
}

