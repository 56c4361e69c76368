/** Writing command output to standard output or a file, chunk by chunk (a per-step CSV can be GBs). */
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { describeFsError, UserError } from './userError';

/** Where output goes: `write` resolves once the chunk may be followed by the next. */
export interface OutputSink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** A sink over a stream such as process.stdout, honouring back-pressure. */
export function streamSink(stream: Writable): OutputSink {
  return {
    write: (chunk) =>
      new Promise<void>((resolve) => {
        if (stream.write(chunk)) resolve();
        else stream.once('drain', () => resolve());
      }),
    close: async () => undefined,
  };
}

/** A sink writing (and truncating) the file at `path`; failures are user errors naming the path. */
export async function fileSink(path: string): Promise<OutputSink> {
  const fail = (error: unknown): never => {
    throw new UserError(`cannot write ${path}: ${describeFsError(error)}`);
  };
  const handle = await open(path, 'w').catch(fail);
  return {
    write: async (chunk) => {
      await handle.write(chunk).catch(fail);
    },
    close: async () => {
      await handle.close().catch(fail);
    },
  };
}

/** Where a command's output goes: the file `out`, or standard output when none is given. */
export async function sinkFor(out: string | undefined, stdout: OutputSink): Promise<OutputSink> {
  return out === undefined ? stdout : fileSink(out);
}

/** Write every chunk to the sink and close it. */
export async function writeAll(sink: OutputSink, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) await sink.write(chunk);
  await sink.close();
}
