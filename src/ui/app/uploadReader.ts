/**
 * The page's file worker (workers/upload.worker.ts), one-shot per use. Reading an uploaded
 * scenario file: a file may hold an edge list of 150 million characters, and reading, measuring
 * (the bounded parser), parsing and validating it took ~6 s of one main-thread task for 42 MB. The
 * worker does all of it and hands back the value and, for an edge list, what parsing it gave,
 * which the page remembers (networkChecks.rememberEdgeList) so its own validation does not parse it
 * again. A huge edge list never comes back at all: the worker puts a short reference in its place
 * and hands over a Blob of its text, which the page holds (src/scenario/edgeListRef.ts) and the
 * simulation and layout workers read themselves. Writing such a scenario (or its result) back out
 * in full happens in the same kind of worker.
 * Where workers are missing, or the worker dies, reading runs in this thread (and holds nothing by reference).
 */
import * as Comlink from 'comlink';
import { rememberEdgeList } from '../../scenario/networkChecks';
import type { ScenarioProblem } from '../../scenario/reasons';
import { DeathSignal } from '../../runtime/workerDeath';
import { lifetimeWorkerName, watchLifetime } from '../../runtime/workerLifetime';
import { scenarioFromUpload } from '../../scenario/scenarioFromUpload';
import { rememberScenarioText } from '../../scenario/scenarioText';
import { rememberLineCount } from '../../scenario/edgeListLines';
import { heldEdgeList, holdEdgeList, textHoldsEdgeListRef } from '../../scenario/edgeListRef';
import type { UploadRead, UploadReaderApi } from '../../runtime/uploadRead';

export type { UploadRead, UploadReaderApi } from '../../runtime/uploadRead';

/** Read `file` in a worker (in this thread where there are none); never rejects on bad content. */
export async function readUpload(file: Blob): Promise<{ value: unknown } | { problem: ScenarioProblem }> {
  const read = typeof Worker === 'undefined' ? null : await inFileWorker((api) => api.read(file) as Promise<UploadRead>).catch(() => null);
  if (read === null) return scenarioFromUpload(await file.text());
  if ('problem' in read) return read;
  const network = (read.value as { network?: { edges?: unknown } } | null)?.network;
  const edgeList = read.edgeList;
  if (edgeList?.held) holdEdgeList(edgeList.held.ref, { blob: edgeList.held.blob, directed: edgeList.directed, outcome: edgeList.outcome, lines: edgeList.lines });
  else if (edgeList !== null && typeof network?.edges === 'string') {
    rememberEdgeList(network.edges, edgeList.directed, edgeList.outcome);
    rememberLineCount(network.edges, edgeList.lines);
  }
  if (read.text !== null && typeof read.value === 'object' && read.value !== null) rememberScenarioText(read.value, read.text);
  return { value: read.value };
}

/**
 * `text` (a scenario's or a result's JSON) as a Blob to download: as it is, or — when it holds a
 * reference to a huge edge list — with the edge list written in place by the file worker (the
 * same bytes as the text with the edge list inline), so the page never holds the full text.
 */
export async function fullTextBlob(text: string): Promise<Blob> {
  // The reference as JSON writes it (its NUL escaped), read back into the reference itself.
  const quoted = textHoldsEdgeListRef(text) ? /"\\u0000edge-list:[0-9]+:[0-9a-f]+"/.exec(text) : null;
  const ref = quoted ? (JSON.parse(quoted[0]) as string) : null;
  const held = ref === null ? undefined : heldEdgeList(ref);
  if (ref === null || held === undefined) return new Blob([text], { type: 'application/json' });
  return inFileWorker((api) => api.expand(text, ref, held.blob) as Promise<Blob>);
}

/** Run `use` on a fresh file worker, ended afterwards (and rejected if it dies meanwhile). */
async function inFileWorker<T>(use: (api: Comlink.Remote<UploadReaderApi>) => Promise<T>): Promise<T> {
  const name = lifetimeWorkerName('upload');
  const worker = new Worker(new URL('../../../workers/upload.worker.ts', import.meta.url), { type: 'module', name });
  const death = new DeathSignal();
  death.onDeath(() => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    death.die('the upload worker stopped');
  });
  watchLifetime(worker, name, death, 'the upload worker');
  try {
    return await death.guard<T>(use(Comlink.wrap<UploadReaderApi>(worker)));
  } finally {
    death.die('done');
  }
}
