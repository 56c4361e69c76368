/**
 * Web Worker entry point that reads an uploaded scenario file for the page
 * (src/ui/app/uploadReader.ts): the text, the bounded parser, and the validation that parses an
 * inline edge list, all off the main thread.
 */
import * as Comlink from 'comlink';
import { holdLifetimeLock } from '../src/runtime/workerLifetime';
import { lastEdgeListRead } from '../src/scenario/networkChecks';
import { checkScenario } from '../src/scenario/validateScenario';
import type { UploadRead, UploadReaderApi } from '../src/runtime/uploadRead';
import { scenarioFromUpload } from '../src/scenario/scenarioFromUpload';
import { scenarioText } from '../src/scenario/scenarioText';
import { countLines } from '../src/scenario/edgeListLines';

const api: UploadReaderApi = {
  async read(file: Blob): Promise<UploadRead> {
    const parsed = scenarioFromUpload(await file.text());
    if ('problem' in parsed) return parsed;
    // Validating parses an inline edge list; its outcome goes back with the value.
    checkScenario(parsed.value);
    const network = (parsed.value as { network?: { kind?: unknown; edges?: unknown } } | null)?.network;
    const read = network?.kind === 'edge-list' && typeof network.edges === 'string' ? lastEdgeListRead() : null;
    // Its line count too (the run estimate needs it; counting 40 MB again on the page took ~80 ms).
    const edgeList = read === null ? null : { ...read, lines: countLines(network!.edges as string) };
    // The page needs the value's text too (its identity, link and storage): written here, off the main thread.
    const text = typeof parsed.value === 'object' && parsed.value !== null ? scenarioText(parsed.value) : null;
    return { value: parsed.value, text, edgeList };
  },
};

Comlink.expose(api);
// The page notices this worker's end, however it comes, by this lock's release (workerLifetime.ts).
holdLifetimeLock(self);
