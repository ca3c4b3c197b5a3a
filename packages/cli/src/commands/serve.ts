/**
 * @module commands/serve
 * `sitrep serve`: the HTTP API and the web app, on 127.0.0.1:8787 by default, printing a one-time
 * sign-in link for the browser.
 */
import { createExtractor, createServer, isLoopback, openStore, resolveDbPath } from '@sitrep/server';
import type { Command } from 'commander';
import { processIo } from '../io';
import type { CliState } from '../program';

/** Registers `sitrep serve`. */
export function registerServe(program: Command, state: CliState): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) and the web app')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option(
      '--host <address>',
      'address to bind; anything but loopback requires credentials for reads',
      '127.0.0.1',
    )
    .option('--port <port>', 'port', '8787')
    .action(async (options: { db?: string; host: string; port: string }) => {
      const io = state.io ?? processIo();
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr.write(`sitrep serve: --port expects 0..65535, found ${options.port}\n`);
        state.exitCode = 2;
        return;
      }
      const store = openStore(options.db);
      // One extraction thread keeps POST /documents from blocking other requests.
      const server = await createServer({
        store,
        host: options.host,
        extractor: () => createExtractor({ workers: 1 }),
      });
      let address: string;
      try {
        address = await server.app.listen({ host: options.host, port });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stderr.write(
          `sitrep serve: cannot listen on ${options.host}:${port}: ${
            code === 'EADDRINUSE'
              ? 'the port is in use (another sitrep serve?); stop it or pass --port'
              : code === 'EADDRNOTAVAIL'
                ? 'this machine has no such address; pass --host 127.0.0.1'
                : (error as Error).message
          }\n`,
        );
        await store.close();
        state.exitCode = 1;
        return;
      }
      const base = address.replace('://[::1]', '://localhost');
      io.stdout.write(`sitrep: serving ${resolveDbPath(options.db)} at ${base}\n`);
      io.stdout.write(
        `sitrep: open ${base}${server.loginPath(server.issueLoginToken())}   (one-time sign-in link)\n`,
      );
      if (!isLoopback(options.host)) {
        io.stdout.write(
          'sitrep: not a loopback address: every API call needs a bearer token (sitrep token create NAME) or a session\n',
        );
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          server.app.close().then(
            () => store.close().then(resolve),
            () => resolve(),
          );
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
