/**
 * Seeded fuzz of every input path's first steps in Node: 2,000+ hostile scenario texts (random
 * bytes, truncated and bit-flipped presets, deep nesting, huge lists, prototype names, markup and
 * script in every text field, random mutations) through the bounded parser and the validator as
 * a file (the CLI's path) and as a link (compressed into a hash and decoded, the page's path),
 * plus cut and flipped links and deflate bombs. Each must give either a valid scenario or a short
 * problem list in plain one-line text — never an exception. A failing case prints its seed, its
 * index and kind, and a shrunk reproducer. FUZZ_SEED=<n> replays another seed.
 */
import { describe, expect, it } from 'vitest';
import { parseBoundedJson } from '../../src/scenario/boundedJson';
import { MAX_REPORTED_PROBLEMS } from '../../src/scenario/issues';
import { problemLine } from '../../src/scenario/problemText';
import { checkScenario } from '../../src/scenario/validateScenario';
import { draftFromText } from '../../src/ui/app/scenarioInput';
import { compressText, decodeHash, encodeHash } from '../../src/ui/app/urlState';
import { problemIn } from '../../src/ui/i18n/problemText';
import { fuzzCases, realScenarios, seededRandom, shrink } from './hostileInputs';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const FILE_CASES = 1_600;
const LINK_CASES = 300;
const LONGEST_LINE = 2_000;

/** Why the outcome of `text` read as a file is not acceptable, or null. */
function fileVerdict(text: string): string | null {
  try {
    const parsed = parseBoundedJson(text, { maxLength: 50_000_000 });
    const check = parsed.ok ? checkScenario(parsed.value) : { ok: false as const, problems: [parsed.problem] };
    if (check.ok) return null;
    if (check.problems.length === 0) return 'refused without a problem';
    if (check.problems.length > MAX_REPORTED_PROBLEMS + 1) return `${check.problems.length} problems listed`;
    for (const p of check.problems) {
      for (const line of [problemLine(p), problemIn(p, 'zh-CN')]) {
        if (line.length === 0) return 'an empty problem line';
        if (line.length > LONGEST_LINE) return `a problem line of ${line.length} characters`;
        if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(line)) return `a control character in ${JSON.stringify(line.slice(0, 80))}`;
      }
    }
    return null;
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
}

function report(kind: string, index: number, text: string, verdict: string, judge: (t: string) => string | null): string {
  const small = shrink(text, (t) => judge(t) !== null);
  return `seed ${SEED}, case ${index} (${kind}): ${verdict}\n  reproducer (${small.length} chars): ${JSON.stringify(small.slice(0, 400))}\n  replay: FUZZ_SEED=${SEED} npx vitest run test/fuzz/hostileInput.fuzz.test.ts`;
}

describe(`hostile scenario input, seed ${SEED}`, () => {
  const real = realScenarios();

  it(`${FILE_CASES} hostile files: a scenario or a clear problem list, never an exception`, () => {
    const failures: string[] = [];
    const cases = fuzzCases(SEED, FILE_CASES, real);
    cases.forEach(({ kind, text }, i) => {
      const verdict = fileVerdict(text);
      if (verdict !== null && failures.length < 3) failures.push(report(kind, i, text, verdict, fileVerdict));
    });
    expect(failures).toEqual([]);
  });

  it(`${LINK_CASES} hostile links, cut and flipped links and deflate bombs: the page's reading never throws`, async () => {
    const failures: string[] = [];
    const note = (what: string, verdict: string | null) => {
      if (verdict !== null && failures.length < 3) failures.push(`seed ${SEED}, ${what}: ${verdict}`);
    };
    const readLink = async (hash: string): Promise<string | null> => {
      try {
        const state = await decodeHash(hash);
        if (state.scenarioText === null) return state.warning === null && hash.length > 3 && hash.includes('s=') ? 'no scenario and no warning' : null;
        const read = draftFromText(state.scenarioText, 'link');
        if ('draft' in read) return fileVerdict(JSON.stringify(read.draft));
        return null;
      } catch (error) {
        return `threw ${error instanceof Error ? error.message : String(error)}`;
      }
    };
    const cases = fuzzCases(SEED + 1, LINK_CASES, real);
    for (let i = 0; i < cases.length; i++) note(`link case ${i} (${cases[i].kind})`, await readLink(await encodeHash(cases[i].text, [])));
    // Real links cut short or with flipped characters, as a chat client might mangle them.
    const r = seededRandom(SEED + 2);
    const realHashes = await Promise.all(real.map((t) => encodeHash(t, [0, 1, 2])));
    for (let i = 0; i < 200; i++) {
      const hash = realHashes[Math.floor(r() * realHashes.length)];
      const cut = hash.slice(0, 1 + Math.floor(r() * hash.length));
      const chars = [...hash];
      const at = 3 + Math.floor(r() * (chars.length - 3));
      chars[at] = String.fromCharCode(32 + Math.floor(r() * 95));
      note(`cut link ${i}`, await readLink(cut));
      note(`flipped link ${i}`, await readLink(chars.join('')));
    }
    // Deflate bombs: a few kB of link that would inflate past the 20 MB bound.
    for (const filler of ['[', ' ', '{"a":', 'x']) {
      const bomb = `#s=${await compressText(filler.repeat(30_000_000 / filler.length))}`;
      expect(bomb.length).toBeLessThan(100_000);
      const state = await decodeHash(bomb);
      expect(state.scenarioText).toBeNull();
      expect(state.warning).toMatch(/damaged|too long/);
    }
    expect(failures).toEqual([]);
  });
});
