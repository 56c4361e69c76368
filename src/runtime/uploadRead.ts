/**
 * The upload worker's API (workers/upload.worker.ts, used by src/ui/app/uploadReader.ts): what
 * reading an uploaded file off the main thread gives back. Here, below src/ui, because the worker
 * must not import the UI.
 */
import type { EdgeListOutcome } from '../scenario/networkChecks';
import type { ScenarioProblem } from '../scenario/reasons';

/** What the worker gives: the scenario-shaped value (with an inline edge list's parse outcome), or the problem of the text. */
export type UploadRead =
  | { value: unknown; text: string | null; edgeList: { directed: boolean; outcome: EdgeListOutcome; lines: number } | null }
  | { problem: ScenarioProblem };

export interface UploadReaderApi {
  read(file: Blob): Promise<UploadRead>;
}
