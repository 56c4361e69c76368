/**
 * Default strategy names that say what the strategy does ("Hire 2 KOLs + 50 seed users") and
 * follow its settings until the user renames it. A name "follows" when it is the default name of
 * the strategy's settings before the edit (in either language, possibly with the " 2" a
 * duplicate gets) and the user never typed it; then an edit of the settings renames it. A name
 * the user typed is never overwritten, even when it looks like a default name.
 */
import { MAX_STRATEGIES } from '../../../scenario/limits';
import { LOCALES, type Locale } from '../../i18n/locale';
import { tIn, tPluralIn } from '../../i18n/t';
import { strategiesOf, uniqueName, type Draft, type Json } from '../draft';

/** Seeding methods with a short word in a name (random people need none). */
const NAMED_METHODS = ['degree', 'bridges', 'kcore', 'core-fans', 'manual'] as const;
type NamedMethod = (typeof NAMED_METHODS)[number];
const isNamedMethod = (m: string): m is NamedMethod => (NAMED_METHODS as readonly string[]).includes(m);

function objectAt(v: unknown, key: string): Record<string, unknown> {
  const o = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
  return typeof o === 'object' && o !== null && !Array.isArray(o) ? (o as Record<string, unknown>) : {};
}

function numberAt(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}

/** A number as a name shows it: no grouping, at most 4 significant decimals (0.0125, 50, 1.5). */
function plain(v: number): string {
  return String(Number(v.toPrecision(4)));
}

/** The default name of a strategy's settings in `locale`. */
export function autoName(strategy: unknown, locale: Locale): string {
  const seeding = objectAt(strategy, 'seeding');
  const seeds = numberAt(seeding, 'count');
  const method = typeof seeding.method === 'string' ? seeding.method : 'random';
  const kols = numberAt(objectAt(strategy, 'kols'), 'hire');
  const reward = numberAt(objectAt(strategy, 'incentives'), 'rewardPerShare');
  const ads = numberAt(objectAt(strategy, 'ads'), 'reach');
  const parts: string[] = [];
  if (kols > 0) parts.push(tPluralIn(locale, 'strategyName.kols', kols, { n: plain(kols) }));
  if (seeds > 0)
    parts.push(
      isNamedMethod(method)
        ? tPluralIn(locale, 'strategyName.methodSeeds', seeds, { n: plain(seeds), method: tIn(locale, `strategyName.method.${method}`) })
        : tPluralIn(locale, 'strategyName.seeds', seeds, { n: plain(seeds) }),
    );
  if (reward > 0) parts.push(tIn(locale, 'strategyName.reward', { v: plain(reward) }));
  if (ads > 0) parts.push(tIn(locale, 'strategyName.ads', { p: plain(ads * 100) }));
  if (parts.length === 0) return tIn(locale, 'strategyName.nothing');
  const joined = parts.join(' + ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Whether `name` is a default name of `strategy` (any language, with or without a " 2" suffix). */
export function isAutoName(name: string, strategy: unknown): boolean {
  return LOCALES.some((locale) => {
    const auto = autoName(strategy, locale);
    return name === auto || (name.startsWith(`${auto} `) && /^\d+$/.test(name.slice(auto.length + 1)));
  });
}

/** A strategy without its name (what the name describes). */
function settingsText(strategy: Json | undefined): string {
  if (typeof strategy !== 'object' || strategy === null || Array.isArray(strategy)) return JSON.stringify(strategy ?? null);
  const { name: _name, ...rest } = strategy;
  return JSON.stringify(rest);
}

function nameOf(strategy: Json | undefined): string | null {
  return typeof strategy === 'object' && strategy !== null && !Array.isArray(strategy) && typeof strategy.name === 'string' ? strategy.name : null;
}

/**
 * `after` with the names that follow their settings renamed to the new settings' default name.
 * Only strategies at the same place with the same name whose settings changed are renamed, so a
 * move, an addition or a rename never renames anything; `typed` holds the names the user typed.
 */
export function followNames(before: Draft, after: Draft, typed: ReadonlySet<string>, locale: Locale): Draft {
  const old = strategiesOf(before);
  const list = strategiesOf(after);
  if (old.length !== list.length || list.length > MAX_STRATEGIES) return after;
  let next: Json[] | null = null;
  list.forEach((strategy, i) => {
    const name = nameOf(strategy);
    if (name === null || name !== nameOf(old[i]) || typed.has(name)) return;
    if (settingsText(strategy) === settingsText(old[i]) || !isAutoName(name, old[i])) return;
    const taken = (next ?? list).map(nameOf).filter((n, k): n is string => n !== null && k !== i);
    const renamed = uniqueName(autoName(strategy, locale), taken);
    if (renamed === name) return;
    next ??= [...list];
    next[i] = { ...(strategy as Record<string, Json>), name: renamed };
  });
  return next ? { ...after, strategies: next } : after;
}
