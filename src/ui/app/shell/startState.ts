/**
 * What the page opens with, and what it opens when the address's hash changes. At start-up: a
 * lesson link opens its lesson (the user's saved work is kept as "yours"); a scenario link opens
 * its scenario — unless it is our own link reloaded before the address caught up with the last
 * edits, when the saved edits win; else the saved working state, or the first-visit scenario.
 * A reload onto a draft with problems keeps the last valid scenario one click away. A bad link or
 * saved state never replaces anything: a warning names its problem.
 */
import { currentLocale, LOCALE_NAMES } from '../../i18n/locale';
import { problemIn } from '../../i18n/problemText';
import { messageIn, t, type MessageKey } from '../../i18n/t';
import { draftText, type Draft, type PlacedProblem } from '../draft';
import { parseLessonHash } from '../lessons/lessonsOnDemand';
import { firstVisitDraft } from '../presets';
import { draftFromText, type ScenarioSource } from '../scenarioInput';
import { loadSavedState } from '../storage';
import { decodeHash, URL_WARNINGS } from '../urlState';
import type { LessonController } from './lessonController';
import type { NoticeKind } from './noticeList';
import type { UrlStateController } from './urlStateController';
import type { YourScenario } from './yourScenario';

/** What start-up needs of the page. */
export interface StartPage {
  readonly draft: Draft;
  readonly problems: readonly PlacedProblem[];
  readonly lessons: LessonController;
  readonly yours: YourScenario;
  readonly url: UrlStateController;
  setDraft(draft: Draft, colors: readonly number[], options?: { url?: boolean }): void;
  notify(kind: NoticeKind, text: string): void;
  rememberLastValid(lastValid: { scenarioText: string; colors: number[] } | null): void;
}

/** The message key of each URL warning (decodeHash speaks English). */
const URL_WARNING_KEYS: Record<string, MessageKey> = {
  [URL_WARNINGS.unreadable]: 'msg.linkUnreadable',
  [URL_WARNINGS.colors]: 'msg.linkColors',
  [URL_WARNINGS.tooLong]: 'msg.linkTooLong',
  [URL_WARNINGS.damaged]: 'msg.linkDamaged',
};

/** A URL warning in the current language. */
function urlWarning(warning: string): string {
  const key = URL_WARNING_KEYS[warning];
  return key ? messageIn(currentLocale(), key) : warning;
}

/**
 * A draft from scenario text (bounded parser: scenarioInput.ts) when it is a JSON object, valid
 * or not; otherwise null, with a warning naming the problem.
 */
function readDraft(page: StartPage, text: string, source: ScenarioSource): Draft | null {
  const read = draftFromText(text, source);
  if ('draft' in read) return read.draft;
  const key = source === 'link' ? 'msg.linkRefused' : 'msg.savedRefused';
  if ('problem' in read) page.notify('warning', t(key, { problem: problemIn(read.problem) }));
  else if (source === 'link') page.notify('warning', t('msg.linkNotScenario'));
  return null;
}

/** Open what the address, the saved state or a first visit asks for. `badLocale`: a malformed `?locale=` to warn about. */
export async function readStartState(page: StartPage, badLocale: string | null): Promise<void> {
  page.rememberLastValid(loadSavedState()?.lastValid ?? null);
  if (badLocale !== null) page.notify('warning', t('msg.badLocale', { value: badLocale.slice(0, 40), language: LOCALE_NAMES[currentLocale()] }));
  const lessonPlace = await parseLessonHash(location.hash);
  if (lessonPlace.place) {
    page.yours.restore();
    page.yours.keepSaved(null);
    page.lessons.open(lessonPlace.place.id, lessonPlace.place.step);
    return;
  }
  if (lessonPlace.unknownId !== null) {
    page.notify('warning', t('msg.badLesson', { value: lessonPlace.unknownId }));
    page.lessons.showList(true);
  }
  const fromUrl = await decodeHash(location.hash);
  if (fromUrl.warning) page.notify('warning', urlWarning(fromUrl.warning));
  if (fromUrl.scenarioText !== null) {
    const draft = readDraft(page, fromUrl.scenarioText, 'link');
    if (draft) {
      page.yours.restore();
      const saved = loadSavedState();
      const newer = saved && !saved.fromLesson && saved.urlText === fromUrl.scenarioText && saved.scenarioText !== fromUrl.scenarioText ? draftFromText(saved.scenarioText, 'saved') : null;
      if (newer && 'draft' in newer) {
        // Our own link, reloaded before the address caught up with the last edits: keep the edits.
        page.setDraft(newer.draft, saved!.colors);
        return;
      }
      page.yours.keepSaved(draft);
      page.url.text = fromUrl.scenarioText;
      page.setDraft(draft, fromUrl.colors ?? [], { url: false });
      return;
    }
  }
  const saved = loadSavedState();
  const draft = saved ? readDraft(page, saved.scenarioText, 'saved') : null;
  page.yours.restore();
  page.setDraft(draft ?? firstVisitDraft(), draft ? (saved?.colors ?? []) : []);
  // A reload onto a draft with problems keeps the last valid scenario one click away.
  const lastValid = saved?.lastValid ? readDraft(page, saved.lastValid.scenarioText, 'saved') : null;
  if (page.yours.kept === null && page.problems.length > 0 && lastValid && draftText(lastValid) !== draftText(page.draft))
    page.yours.keep({ draft: lastValid, colors: saved!.lastValid!.colors, lastValid: true });
}

/** The hash changed by hand or by a link: open the lesson place or the scenario it names. */
export async function openHash(page: StartPage): Promise<void> {
  const lessonPlace = await parseLessonHash(location.hash);
  if (lessonPlace.place) {
    if (!page.lessons.isAt(lessonPlace.place.id, lessonPlace.place.step)) page.lessons.open(lessonPlace.place.id, lessonPlace.place.step);
    return;
  }
  const state = await decodeHash(location.hash);
  if (state.warning) page.notify('warning', urlWarning(state.warning));
  if (state.scenarioText === null) return;
  if (state.scenarioText === draftText(page.draft)) return; // our own replaceState
  const draft = readDraft(page, state.scenarioText, 'link');
  if (!draft) return;
  page.url.text = state.scenarioText;
  page.setDraft(draft, state.colors ?? [], { url: false });
}
