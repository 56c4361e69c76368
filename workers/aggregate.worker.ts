/**
 * Web Worker entry point that aggregates results for the page (src/runtime/aggregation.ts), so
 * summaries, bands and comparisons are computed off the main thread while runs stream in.
 */
import * as Comlink from 'comlink';
import { holdLifetimeLock } from '../src/runtime/workerLifetime';
import { createAggregator } from '../src/runtime/aggregation';

Comlink.expose(createAggregator());
// The page notices this worker's end, however it comes, by this lock's release (workerLifetime.ts).
holdLifetimeLock(self);
