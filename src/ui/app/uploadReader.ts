/**
 * Reading an uploaded scenario file off the main thread. A file may hold an edge list of
 * 150 million characters: reading, measuring (the bounded parser), parsing and validating it took
 * ~6 s of one main-thread task for 42 MB. A one-shot worker (workers/upload.worker.ts) does all
 * of it and hands back the value and, for an edge list, what parsing it gave, which the page
 * remembers (networkChecks.rememberEdgeList) so its own validation does not parse it again.
 * Where workers are missing, or the worker dies, the same steps run in this thread.
 */
import * as Comlink from 'comlink';
import { rememberEdgeList, type EdgeListOutcome } from '../../scenario/networkChecks';
import type { ScenarioProblem } from '../../scenario/reasons';
import { DeathSignal } from '../../runtime/workerDeath';
import { lifetimeWorkerName, watchLifetime } from '../../runtime/workerLifetime';
import { scenarioFromUpload } from '../../scenario/scenarioFromUpload';
import { rememberScenarioText } from '../../scenario/scenarioText';
import { rememberLineCount } from '../../scenario/edgeListLines';
import type { UploadRead, UploadReaderApi } from '../../runtime/uploadRead';

export type { UploadRead, UploadReaderApi } from '../../runtime/uploadRead';

/** Read `file` in a worker (in this thread where there are none); never rejects on bad content. */
export async function readUpload(file: Blob): Promise<{ value: unknown } | { problem: ScenarioProblem }> {
  const read = typeof Worker === 'undefined' ? null : await readInWorker(file).catch(() => null);
  if (read === null) return scenarioFromUpload(await file.text());
  if ('problem' in read) return read;
  const network = (read.value as { network?: { edges?: unknown } } | null)?.network;
  if (read.edgeList !== null && typeof network?.edges === 'string') {
    rememberEdgeList(network.edges, read.edgeList.directed, read.edgeList.outcome);
    rememberLineCount(network.edges, read.edgeList.lines);
  }
  if (read.text !== null && typeof read.value === 'object' && read.value !== null) rememberScenarioText(read.value, read.text);
  return { value: read.value };
}

async function readInWorker(file: Blob): Promise<UploadRead> {
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
    return await death.guard<UploadRead>(Comlink.wrap<UploadReaderApi>(worker).read(file) as Promise<UploadRead>);
  } finally {
    death.die('done');
  }
}
