/**
 * Result downloads: the JSON result (scenario + results + meta: the CLI's format, re-runnable by
 * uploading it or with `npm run lab -- run`), the per-run and per-step CSV (text cells starting
 * with = + - @ are escaped by the runtime's CSV writer; a UTF-8 byte order mark lets Excel read
 * non-Latin names), and the scenario file itself.
 */
import type { Scenario } from '../../core/scenario';
import type { SimulationData } from '../../runtime/collect';
import { resultToJson, runsCsv, stepsCsvChunks, type SimulationResult } from '../../runtime/resultFormat';
import { safeFilename } from '../export/chartExport';
import { downloadBlob } from '../export/download';
import { fullTextBlob } from './uploadReader';

/** A file name stem from a scenario name ("Who to seed: random…" → "Who-to-seed-random"). */
export function fileStem(name: string): string {
  return safeFilename(name || 'scenario', 'svg').replace(/\.svg$/, '');
}

/** The JSON result; a huge edge list held by reference is written back in full off the main thread (uploadReader.ts). */
function resultJsonBlob(result: SimulationResult): Promise<Blob> {
  return fullTextBlob(resultToJson(result));
}

function runsCsvBlob(scenario: Scenario, data: SimulationData): Blob {
  return new Blob([runsCsv(scenario, data, { bom: true })], { type: 'text/csv;charset=utf-8' });
}

/** Work on the per-step CSV at most this long (ms) before letting the page answer again. */
const EXPORT_SLICE_MS = 40;

/**
 * The per-step CSV as a Blob, built in slices of about EXPORT_SLICE_MS with the page answering in
 * between: 20 million rows took one 9 s task and ~3 GB as one array of strings. Each 20,000-row
 * chunk goes into a Blob part of its own at once, so its text need not stay in the JS heap.
 */
export async function stepsCsvBlob(scenario: Scenario, data: SimulationData): Promise<Blob> {
  const parts: Blob[] = [];
  let sliceStart = performance.now();
  for (const chunk of stepsCsvChunks(scenario, data, { bom: true })) {
    parts.push(new Blob([chunk]));
    if (performance.now() - sliceStart > EXPORT_SLICE_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

export type ResultExport = 'json' | 'runs-csv' | 'steps-csv';

/**
 * Download one export of a finished result. The per-step CSV comes from `offThread` (the
 * aggregation worker, which holds the run) when it can; otherwise it is built here in slices.
 */
export async function downloadResult(kind: ResultExport, result: SimulationResult, data: SimulationData, offThread?: () => Promise<Blob | null>): Promise<void> {
  const stem = fileStem(result.scenario.name);
  if (kind === 'json') downloadBlob(await resultJsonBlob(result), `${stem}-results.json`);
  else if (kind === 'runs-csv') downloadBlob(runsCsvBlob(result.scenario, data), `${stem}-runs.csv`);
  else downloadBlob((await offThread?.()) ?? (await stepsCsvBlob(result.scenario, data)), `${stem}-steps.csv`);
}

/**
 * Download the scenario being edited, exactly as written (even while it has problems); a huge
 * edge list held by reference is written back in full by a worker, streamed as a Blob.
 */
export async function downloadScenario(text: string, name: string): Promise<void> {
  downloadBlob(await fullTextBlob(text), `${fileStem(name)}.json`);
}

export { scenarioFromUpload } from '../../scenario/scenarioFromUpload';
