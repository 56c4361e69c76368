/**
 * Opening an uploaded scenario file (state held for the page: a change re-renders the host; with no lifecycle of its own it is not registered with addController). The file is read, parsed and validated
 * off the page (uploadReader.ts); a bad file never replaces the current work: its problems (or its
 * size, past MAX_UPLOAD_BYTES) are listed next to it, with "Open anyway to fix" when it is a JSON
 * object. Whatever an upload replaces stays one click away ("Back to the previous scenario").
 */
import type { ReactiveControllerHost } from 'lit';
import { checkScenario } from '../../../scenario/validateScenario';
import type { ScenarioProblem } from '../../../scenario/reasons';
import type { Draft } from '../draft';
import { readUpload } from '../uploadReader';

/** Largest scenario file read from an upload. */
export const MAX_UPLOAD_BYTES = 200_000_000;

/** A rejected upload: its problems (or its size, when too large to read), and the parsed value when it can still be opened to fix. */
export interface UploadFailure {
  file: string;
  problems: ScenarioProblem[];
  /** Set when the file was too large to read. */
  tooLarge: boolean;
  value: Draft | null;
}

/** The page's working state. */
export interface WorkingState {
  draft: Draft;
  colors: number[];
}

/** What an upload needs of the page. */
export interface UploadPage {
  /** The working state now (kept as "previous" before an upload replaces it). */
  current(): WorkingState;
  /** Put a scenario on the page (`opened`: the name of the file it came from, when it was valid). */
  open(state: WorkingState, opened: string | null): void;
}

export class UploadController {
  /** The last upload that was refused, until dismissed or replaced. */
  failure: UploadFailure | null = null;
  /** The work an opened upload replaced (one click brings it back). */
  previous: WorkingState | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: UploadPage,
  ) {}

  /** Read an uploaded scenario (or result) file; a bad one is reported and changes nothing. */
  async read(file: File): Promise<void> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.fail({ file: file.name, problems: [], tooLarge: true, value: null });
      return;
    }
    // Read, measured, parsed and validated in a worker: a large edge list never blocks the page.
    const parsed = await readUpload(file);
    if ('problem' in parsed) {
      this.fail({ file: file.name, problems: [parsed.problem], tooLarge: false, value: null });
      return;
    }
    const validation = checkScenario(parsed.value);
    const asDraft = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value) ? (parsed.value as Draft) : null;
    if (!validation.ok) {
      this.fail({ file: file.name, problems: validation.problems, tooLarge: false, value: asDraft });
      return;
    }
    this.failure = null;
    this.replaceWith({ draft: asDraft!, colors: [] }, file.name);
  }

  /** "Open anyway to fix": the refused file's value replaces the page, its problems under the fields. */
  openToFix(): void {
    const value = this.failure?.value;
    if (!value) return;
    this.failure = null;
    this.replaceWith({ draft: value, colors: [] }, null);
  }

  /** "Back to the previous scenario". */
  restorePrevious(): void {
    const previous = this.previous;
    if (!previous) return;
    this.page.open(previous, null);
    this.previous = null;
    this.host.requestUpdate();
  }

  /** Forget the refused upload's message. */
  dismissFailure(): void {
    this.failure = null;
    this.host.requestUpdate();
  }

  /** Forget the way back to the previous scenario. */
  dismissPrevious(): void {
    this.previous = null;
    this.host.requestUpdate();
  }

  /** Something else replaced the page (a lesson, a preset): both messages are out of date. */
  clear(): void {
    this.failure = null;
    this.previous = null;
    this.host.requestUpdate();
  }

  private fail(failure: UploadFailure): void {
    this.failure = failure;
    this.host.requestUpdate();
  }

  private replaceWith(state: WorkingState, opened: string | null): void {
    this.previous = this.page.current();
    this.page.open(state, opened);
    this.host.requestUpdate();
  }
}
