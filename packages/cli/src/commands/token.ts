/**
 * @module commands/token
 * `sitrep token create|list|revoke`: API tokens for `sitrep serve`, stored hashed in the database.
 */
import type { Command } from 'commander';
import { processIo } from '../io';
import { openStoreOrReport } from '../open-store';
import type { CliState } from '../program';

/** Registers `sitrep token`. */
export function registerToken(program: Command, state: CliState): void {
  const token = program
    .command('token')
    .description('API tokens for writes to `sitrep serve` (stored hashed)');
  token
    .command('create')
    .description('create a token and print it (it is shown only once)')
    .argument('<name>', 'who or what uses it (letters, digits, . _ @ -)')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .action(async (name: string, options: { db?: string }) => {
      const io = state.io ?? processIo();
      const store = await openStoreOrReport('token', options.db, state, { create: true });
      if (!store) return;
      try {
        const created = await store.createToken(name);
        io.stdout.write(`${created.token}\n`);
        io.stderr.write(
          `sitrep: token "${name}" created; send it as "Authorization: Bearer <token>". It is not shown again.\n`,
        );
      } catch (error) {
        io.stderr.write(`sitrep token create: ${(error as Error).message}\n`);
        state.exitCode = 1;
      } finally {
        await store.close();
      }
    });
  token
    .command('list')
    .description('list token names (never the tokens)')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .action(async (options: { db?: string }) => {
      const io = state.io ?? processIo();
      const store = await openStoreOrReport('token', options.db, state, { create: false });
      if (!store) return;
      try {
        for (const t of await store.listTokens()) {
          io.stdout.write(`${t.name}\tcreated ${t.created}\tlast used ${t.lastUsed ?? 'never'}\n`);
        }
      } finally {
        await store.close();
      }
    });
  token
    .command('revoke')
    .description('revoke a token by name')
    .argument('<name>')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .action(async (name: string, options: { db?: string }) => {
      const io = state.io ?? processIo();
      const store = await openStoreOrReport('token', options.db, state, { create: false });
      if (!store) return;
      try {
        if (!(await store.revokeToken(name))) {
          io.stderr.write(`sitrep token revoke: no token named ${name}; see sitrep token list\n`);
          state.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
}
