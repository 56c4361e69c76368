/**
 * "Back to your scenario" (state held for the page: a change re-renders the host; with no lifecycle of its own it is not registered with addController): before a lesson or a preset replaces the page,
 * the user's own scenario is kept — on the page and in localStorage, so a reload in the middle of
 * a lesson does not lose it — and one click brings it back. After a reload onto a draft with
 * problems, the last scenario that validated is kept the same way ("Back to the last valid
 * scenario"). A lesson's own scenario is never kept as the user's, and neither is a copy of what
 * is already kept or of the scenario that is coming in.
 */
import type { ReactiveControllerHost } from 'lit';
import { draftText, type Draft } from '../draft';
import { draftFromText } from '../scenarioInput';
import { loadSavedState, loadYours, saveYours, type SavedState } from '../storage';

export interface KeptScenario {
  draft: Draft;
  colors: number[];
  /** The last valid scenario kept beside a reloaded draft with problems (not one a lesson replaced). */
  lastValid: boolean;
}

/** Where the kept scenario and the saved working state live (localStorage, or a test's stand-in). */
export interface YoursStorage {
  loadYours(): { scenarioText: string; colors: number[] } | null;
  /** Keep (or, with null, forget) the user's scenario; false when storage refused it. */
  saveYours(state: { scenarioText: string; colors: number[] } | null): boolean;
  loadSavedState(): SavedState | null;
}

const BROWSER_STORAGE: YoursStorage = { loadYours, saveYours, loadSavedState };

export class YourScenario {
  kept: KeptScenario | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Storage refused the scenario (too large): the page says it is kept on this page only. */
    private readonly onNotKept: () => void,
    private readonly storage: YoursStorage = BROWSER_STORAGE,
  ) {}

  /** The scenario kept by an earlier visit (page reloaded during a lesson). */
  restore(): void {
    const stored = this.storage.loadYours();
    const read = stored ? draftFromText(stored.scenarioText, 'saved') : null;
    if (read && 'draft' in read) this.set({ draft: read.draft, colors: stored!.colors, lastValid: false });
  }

  /**
   * A link or a lesson link opened over the work saved by an earlier visit: keep that work (unless
   * it is the same scenario as `incoming`, or was itself a lesson step) instead of overwriting it.
   */
  keepSaved(incoming: Draft | null): void {
    if (this.kept !== null) return;
    const saved = this.storage.loadSavedState();
    if (!saved || saved.fromLesson) return;
    const read = draftFromText(saved.scenarioText, 'saved');
    if (!('draft' in read)) return;
    if (incoming !== null && draftText(incoming) === draftText(read.draft)) return;
    this.keep({ draft: read.draft, colors: saved.colors, lastValid: false });
  }

  /** Before a lesson or preset replaces `draft`: keep it, unless the user's own is already kept or `draft` is a lesson's. */
  keepCurrent(draft: Draft, colors: number[], inLesson: boolean): void {
    if (inLesson || (this.kept !== null && !this.kept.lastValid)) return;
    if (Object.keys(draft).length === 0) return;
    this.keep({ draft, colors, lastValid: false });
  }

  /** Keep `kept` on the page and in storage. */
  keep(kept: KeptScenario): void {
    this.set(kept);
    if (!this.storage.saveYours({ scenarioText: draftText(kept.draft), colors: kept.colors })) this.onNotKept();
  }

  /** "Back to your scenario": the kept scenario, forgotten here (the page opens it); null when none. */
  takeBack(): KeptScenario | null {
    const kept = this.kept;
    if (kept) this.forget();
    return kept;
  }

  forget(): void {
    this.set(null);
    this.storage.saveYours(null);
  }

  private set(kept: KeptScenario | null): void {
    this.kept = kept;
    this.host.requestUpdate();
  }
}
