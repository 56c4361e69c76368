/**
 * What the page does when its children ask (events up): a field's edit, a strategy card's
 * operation, "Add strategy", opening a saved scenario, and the toolbar's and the messages'
 * actions (presets, upload, download, share, export, language, presenter mode, theme; the upload
 * and long-run answers, "back to your scenario", dismissals). Apart from `<dl-app>`, which holds
 * the state and renders it: these decide how each request changes that state. Every handler is a
 * bound function, so the page's template passes it as a listener as it is.
 */
import { currentLocale } from '../../i18n/locale';
import { t } from '../../i18n/t';
import type { EditDetail } from '../components/dlField';
import type { StrategyOpDetail } from '../components/dlStrategyCard';
import { addStrategy, draftText, type Draft } from '../draft';
import { autoName } from '../editing/strategyNames';
import { downloadResult, downloadScenario } from '../exportResults';
import { blankTemplate, PRESETS } from '../presets';
import type { SimulationController } from '../simulationController';
import type { SimulationState } from '../simulationState';
import type { MessageAction } from './dlMessages';
import type { ToolbarAction } from './dlToolbar';
import { editedDraft, strategyOperation, type EditState } from './draftEdits';
import type { LessonController, LessonState } from './lessonController';
import type { NoticeKind, NoticeList } from './noticeList';
import { switchLocale } from './pageLocale';
import type { PresenterMode } from './presenterMode';
import type { RunScheduler } from './runScheduler';
import type { ThemeController } from './themeController';
import type { UploadController } from './uploadController';
import type { UrlStateController } from './urlStateController';
import type { YourScenario } from './yourScenario';

/** What the commands need of the page. */
export interface CommandPage {
  readonly draft: Draft;
  readonly colors: number[];
  readonly sim: SimulationState;
  readonly lesson: LessonState | null;
  shareLink: string | null;
  readonly lessons: LessonController;
  readonly uploads: UploadController;
  readonly yours: YourScenario;
  readonly runs: RunScheduler;
  readonly url: UrlStateController;
  readonly controller: SimulationController;
  readonly presenter: PresenterMode;
  readonly theme: ThemeController;
  readonly noticeList: NoticeList;
  setDraft(draft: Draft, colors: readonly number[], options?: { group?: string }): void;
  notify(kind: NoticeKind, text: string, key?: string): void;
  staleReason(): string;
}

export class PageCommands {
  /** Strategy names the user typed: never renamed to follow the settings. */
  private readonly typedNames = new Set<string>();

  constructor(private readonly page: CommandPage) {}

  readonly onEdit = (e: CustomEvent<EditDetail>): void => {
    this.page.setDraft(editedDraft(this.page.draft, e.detail.path, e.detail.value, this.typedNames, currentLocale()), this.page.colors, { group: e.detail.path });
  };

  readonly onStrategy = (e: CustomEvent<StrategyOpDetail>): void => {
    const upToDate = this.page.sim.phase === 'done' && !this.page.staleReason() ? this.page.sim.result : null;
    const outcome = strategyOperation({ draft: this.page.draft, colors: this.page.colors }, e.detail, upToDate);
    if (!outcome) return;
    if (outcome.notice) this.page.notify(outcome.notice.kind, outcome.notice.text);
    this.page.setDraft(outcome.state.draft, outcome.state.colors);
  };

  readonly add = (): void => {
    const next = addStrategy({ draft: this.page.draft, colors: this.page.colors }, (baseline) => autoName(baseline, currentLocale()));
    this.page.setDraft(next.draft, next.colors);
  };

  /** Something other than the user's edits replaces the page (a preset, a saved scenario, yours). */
  readonly openInstead = (state: EditState): void => {
    if (this.page.lesson) this.page.lessons.close();
    this.page.setDraft(state.draft, state.colors);
  };

  private openPreset(id: string): void {
    this.page.yours.keepCurrent(this.page.draft, this.page.colors, this.page.lesson !== null);
    if (this.page.lesson) this.page.lessons.close();
    const preset = PRESETS.find((p) => p.id === id);
    if (id === 'new') this.page.setDraft(blankTemplate(), []);
    else if (preset) this.page.setDraft(structuredClone(preset.draft), []);
    this.page.uploads.clear();
  }

  private async share(): Promise<void> {
    const url = await this.page.url.shareUrl(draftText(this.page.draft));
    if (url === null) {
      this.page.notify('warning', t('msg.tooLargeForLink'));
      return;
    }
    this.page.url.replace(url);
    this.page.shareLink = url;
    try {
      await navigator.clipboard.writeText(url);
      this.page.notify('info', t('msg.linkCopied'), 'share');
    } catch {
      // No clipboard permission (e.g. an insecure origin): the link stays selectable below.
    }
  }

  readonly onToolbar = (e: CustomEvent<ToolbarAction>): void => {
    const action = e.detail;
    const { result, data } = this.page.sim;
    if (action.kind === 'preset') this.openPreset(action.id);
    else if (action.kind === 'lessons') this.page.lessons.showList(!this.page.lessons.picker);
    else if (action.kind === 'upload') void this.page.uploads.read(action.file);
    else if (action.kind === 'download') downloadScenario(draftText(this.page.draft), String(this.page.draft.name ?? 'scenario'));
    else if (action.kind === 'share') void this.share();
    else if (action.kind === 'export' && this.page.sim.phase === 'done' && result && data) void downloadResult(action.format, result, data, () => this.page.controller.stepsCsvOffThread(result));
    else if (action.kind === 'locale') switchLocale(action.locale);
    else if (action.kind === 'present') this.page.presenter.set(!this.page.presenter.on);
    else if (action.kind === 'theme') this.page.theme.set(action.theme);
  };

  readonly onMessage = (e: CustomEvent<MessageAction>): void => {
    const action = e.detail;
    if (action.kind === 'open-upload') this.page.uploads.openToFix();
    else if (action.kind === 'dismiss-upload') this.page.uploads.dismissFailure();
    else if (action.kind === 'run-long') this.page.runs.approveLongRun();
    else if (action.kind === 'back-to-yours') {
      const kept = this.page.yours.takeBack();
      if (!kept) return;
      this.page.lessons.showList(false);
      this.openInstead(kept);
    } else if (action.kind === 'forget-yours') this.page.yours.forget();
    else if (action.kind === 'restore-previous') this.page.uploads.restorePrevious();
    else if (action.kind === 'dismiss-previous') this.page.uploads.dismissPrevious();
    else if (action.kind === 'dismiss-notice') this.page.noticeList.dismiss(action.id);
    else if (action.kind === 'dismiss-share') this.page.shareLink = null;
  };
}
