/**
 * The upload worker's API (workers/upload.worker.ts, used by src/ui/app/uploadReader.ts): what
 * reading an uploaded file off the main thread gives back, and the full text of a scenario whose
 * edge list is held by reference, written there too. Here, below src/ui, because the worker must
 * not import the UI.
 */
import type { EdgeListOutcome } from '../scenario/networkChecks';
import type { ScenarioProblem } from '../scenario/reasons';

/** What parsing an inline edge list gave, and — for a huge one — the reference put in its place and the Blob of its text. */
export interface UploadEdgeList {
  directed: boolean;
  outcome: EdgeListOutcome;
  lines: number;
  /** Set when the edge list was long enough to be held by reference (src/scenario/edgeListRef.ts). */
  held: { ref: string; blob: Blob } | null;
}

/** What the worker gives: the scenario-shaped value (with an inline edge list's parse outcome), or the problem of the text. */
export type UploadRead =
  | { value: unknown; text: string | null; edgeList: UploadEdgeList | null }
  | { problem: ScenarioProblem };

export interface UploadReaderApi {
  read(file: Blob): Promise<UploadRead>;
  /** `text` with the edge list `ref` stands for written in its place (a scenario or result download), as a Blob. */
  expand(text: string, ref: string, blob: Blob): Promise<Blob>;
}
