/**
 * @module io
 * The streams a command reads and writes. `main` passes the process's own by default; tests pass
 * in-memory streams, so the real CLI runs in-process and its output can be checked.
 */
import type { Readable, Writable } from 'node:stream';

/** Standard streams for one CLI run. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * Writes to a stream, waiting for it to drain when its buffer is full, so a long run streams
 * results out instead of piling them up in memory.
 *
 * @param stream
 *   Where to write.
 * @param chunk
 *   What to write.
 */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', closed);
      if (error) reject(error);
      else resolve();
    };
    const closed = () => done(new Error('output stream closed'));
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', closed);
  });
}
