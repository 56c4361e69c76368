/**
 * Web Worker entry point of the page's file work (src/ui/app/uploadReader.ts): reading an
 * uploaded scenario file — the text, the bounded parser, and the validation that parses an inline
 * edge list, all off the main thread — and writing the full text of a download whose huge edge
 * list the page holds only by reference.
 */
import * as Comlink from 'comlink';
import { holdLifetimeLock } from '../src/runtime/workerLifetime';
import { lastEdgeListRead } from '../src/scenario/networkChecks';
import { checkScenario } from '../src/scenario/validateScenario';
import type { UploadEdgeList, UploadRead, UploadReaderApi } from '../src/runtime/uploadRead';
import { scenarioFromUpload } from '../src/scenario/scenarioFromUpload';
import { scenarioText } from '../src/scenario/scenarioText';
import { countLines } from '../src/scenario/edgeListLines';
import { EDGE_LIST_REF_MIN_CHARS, edgeListRef } from '../src/scenario/edgeListRef';
import { expandEdgeListRef, isWellFormedText } from '../src/runtime/edgeListTexts';

const api: UploadReaderApi = {
  async read(file: Blob): Promise<UploadRead> {
    const parsed = scenarioFromUpload(await file.text());
    if ('problem' in parsed) return parsed;
    // Validating parses an inline edge list; its outcome goes back with the value.
    checkScenario(parsed.value);
    const network = (parsed.value as { network?: { kind?: unknown; edges?: unknown } } | null)?.network;
    const read = network?.kind === 'edge-list' && typeof network.edges === 'string' ? lastEdgeListRead() : null;
    let edgeList: UploadEdgeList | null = null;
    if (read !== null) {
      const edges = network!.edges as string;
      // Its line count too (the run estimate needs it; counting 40 MB again on the page took ~80 ms).
      edgeList = { ...read, lines: countLines(edges), held: null };
      // A huge edge list stays out of the page: a Blob (crosses threads by reference) and a short reference in its place.
      if (edges.length >= EDGE_LIST_REF_MIN_CHARS && isWellFormedText(edges)) {
        const ref = edgeListRef(edges);
        edgeList.held = { ref, blob: new Blob([edges], { type: 'text/plain;charset=utf-8' }) };
        network!.edges = ref;
        return { value: parsed.value, text: null, edgeList };
      }
    }
    // The page needs the value's text too (its identity, link and storage): written here, off the main thread.
    const text = typeof parsed.value === 'object' && parsed.value !== null ? scenarioText(parsed.value) : null;
    return { value: parsed.value, text, edgeList };
  },
  async expand(text: string, ref: string, blob: Blob): Promise<Blob> {
    return expandEdgeListRef(text, ref, blob);
  },
};

Comlink.expose(api);
// The page notices this worker's end, however it comes, by this lock's release (workerLifetime.ts).
holdLifetimeLock(self);
