/**
 * @module run-cli
 * Runs the real CLI in-process (`main(argv, io)`) with in-memory streams, for the tests.
 */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/index';

/** What one run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sitrep <args>`.
 *
 * @param args
 *   Arguments after `sitrep`.
 * @param stdin
 *   What standard input holds (empty by default).
 */
export async function runCli(args: string[], stdin: string | Uint8Array = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(['node', 'sitrep', ...args], {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    stdout,
    stderr,
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
