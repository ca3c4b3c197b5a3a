/**
 * @module commands/serve
 * `sitrep serve`: the HTTP API and the web app, on 127.0.0.1:8787 by default, printing a one-time
 * sign-in link for the browser.
 */
import { type ActorDictionary, loadActorDictionary } from '@sitrep/actors';
import { loadGazetteer } from '@sitrep/geo';
import type { ActorRef } from '@sitrep/model';
import type { Command } from 'commander';
import { processIo } from '../io';
import { openStoreOrReport } from '../open-store';
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
      // Loaded when the command runs, not at start-up: `sitrep extract` never pays for the server,
      // fastify or the native SQLite binding (cold start, DESIGN.md targets).
      const { createExtractor, createServer, isLoopback, resolveDbPath } = await import('@sitrep/server');
      const store = await openStoreOrReport('serve', options.db, state);
      if (!store) return;
      // One extraction thread keeps POST /documents from blocking other requests.
      const server = await createServer({
        store,
        host: options.host,
        extractor: () => createExtractor({ workers: 1 }),
        searchActors: actorSearch(),
        searchPlaces: placeSearch(),
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

/**
 * Actor search for the review editor over the actor dictionary: named entries, states, and each
 * state's institutions (`syr.gov`, `syr.mil`, ...). Loaded on first use, matched on id, name and
 * aliases, names that start with the query first.
 */
function actorSearch(): (q: string, limit: number) => ActorRef[] {
  let list: { ref: ActorRef; keys: string[] }[] | null = null;
  const build = (dict: ActorDictionary) => {
    const out: { ref: ActorRef; keys: string[] }[] = [];
    for (const [id, entries] of dict.entriesById) {
      const ref = dict.ref(id, null);
      out.push({
        ref,
        keys: [id, ...entries.flatMap((e) => [e.name, ...e.aliases])].map((k) => k.toLowerCase()),
      });
    }
    for (const country of dict.countries.values()) {
      const iso = country.iso3.toLowerCase();
      const names = [country.name, ...country.aliases, ...country.adjectives].map((k) => k.toLowerCase());
      out.push({ ref: dict.ref(iso, null), keys: [iso, ...names] });
      for (const suffix of dict.roleBySuffix.keys()) {
        const ref = dict.ref(`${iso}.${suffix}`, null);
        out.push({ ref, keys: [ref.id, ref.name.toLowerCase()] });
      }
    }
    return out;
  };
  return (q, limit) => {
    list ??= build(loadActorDictionary());
    const needle = q.toLowerCase();
    const starts: ActorRef[] = [];
    const contains: ActorRef[] = [];
    for (const { ref, keys } of list) {
      if (keys.some((k) => k.startsWith(needle))) starts.push(ref);
      else if (keys.some((k) => k.includes(needle))) contains.push(ref);
      if (starts.length >= limit) break;
    }
    return [...starts, ...contains].slice(0, limit);
  };
}

/**
 * Gazetteer search for the review editor: places whose name or an alternate matches the query
 * (spelling variants included), most populous first. The gazetteer loads on first use.
 */
function placeSearch() {
  let gazetteer: ReturnType<typeof loadGazetteer> | null = null;
  return (q: string, limit: number) => {
    gazetteer ??= loadGazetteer();
    return gazetteer
      .lookup(q)
      .sort((a, b) => b.place.population - a.place.population)
      .slice(0, limit)
      .map(({ place }) => ({
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        country: place.country,
        admin1: place.admin1,
        admin2: place.admin2,
        feature: place.feature,
        gazetteer: place.id,
      }));
  };
}
