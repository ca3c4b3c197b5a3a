#!/usr/bin/env node
// nlp throughput bench: MB/s of CPU time (process.cpuUsage, user + system) for `analyze()` on
//   - examples: the fictional examples/*.txt, concatenated and repeated to ~1 MB, analyzed per file,
//   - GeoWebNews: the <text> elements of ../shared/benchmarks/geo/GeoWebNews.xml,
//   - TBAQ: the <TEXT> of every TimeBank + AQUAINT file, tags stripped (bench/time/timeml.mjs).
// The benchmark files are read at run time from ../shared/benchmarks (relative to the repo root),
// never copied; a missing corpus is reported and skipped.
//
//   node bench/nlp/run.mjs [--runs 3] [--entry packages/nlp/src/index.ts] [--digest] [--compare OLD] [--floor]
//
// It bundles `--entry` (default: our source) with esbuild into a temporary file and imports it,
// so it measures the source as it is without `node scripts/build.mjs`, and can bench an older copy
// of the package (e.g. `git show` into /tmp) against the current one. `--digest` prints a SHA-256
// of every analysis (tokens, sentences, paragraphs) per corpus: equal digests before and after a
// change mean identical output on those texts. `--compare OLD` bundles a second entry (e.g. the
// package as of an older commit) and alternates runs of both in this process, so both see the same
// machine load (on a busy shared machine CPU time per byte drifts by 20% between minutes).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', 3));
const entry = resolve(root, opt('--entry', 'packages/nlp/src/index.ts'));
const digest = args.includes('--digest');

// The bundle lives in a temporary folder, so third-party imports are resolved to files from here.
const requireFromRoot = createRequire(join(root, 'package.json'));
const compare = opt('--compare', undefined);
const outDir = mkdtempSync(join(tmpdir(), 'sitrep-nlp-bench-'));
/** Bundles one entry and imports its `analyze`. */
async function load(entryPath, name) {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    ...nodeBundleOptions,
    entryPoints: [entryPath],
    outfile,
    // @sitrep/* is inlined from source; third-party packages (wink) stay external, resolved from the
    // checkout because the bundle is written outside it.
    plugins: [
      {
        name: 'external-deps',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => {
            if (a.path.startsWith('@sitrep/')) return undefined;
            return { path: pathToFileURL(requireFromRoot.resolve(a.path)).href, external: true };
          });
        },
      },
    ],
  });
  const module = await import(outfile).catch(async (error) => {
    throw new Error(`bench/nlp: could not load the bundle of ${entryPath} (${outfile})`, { cause: error });
  });
  return module.analyze;
}
const variants = [{ name: 'current', analyze: await load(entry, 'current') }];
if (compare) variants.push({ name: 'compared', analyze: await load(resolve(root, compare), 'compared') });
// `--floor`: wink's readDoc alone with our pipe (sbd, pos), reading nothing out: what any wrapper
// of wink pays at least, so the gap to `current` is our own cost.
if (args.includes('--floor')) {
  const winkNLP = requireFromRoot('wink-nlp');
  const model = requireFromRoot('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  variants.push({
    name: 'floor',
    analyze: (text) => ({ tokens: { length: nlp.readDoc(text).tokens().length() } }),
  });
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? m),
  );

const corpora = [];
{
  const dir = join(root, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'README.md');
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const size = texts.reduce((n, t) => n + t.length, 0);
  const repeat = Math.max(1, Math.round(1_000_000 / size));
  corpora.push({
    name: `examples (${files.length} files x ${repeat})`,
    texts: Array.from({ length: repeat }, () => texts).flat(),
  });
}
const shared = join(root, '..', 'shared', 'benchmarks');
const gwn = join(shared, 'geo', 'GeoWebNews.xml');
if (existsSync(gwn)) {
  const xml = readFileSync(gwn, 'utf8');
  const texts = [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]));
  corpora.push({ name: 'GeoWebNews <text>', texts });
} else console.log(`GeoWebNews not found at ${gwn}; skipping it.`);
const tbaq = join(shared, 'time', 'TBAQ-cleaned');
if (existsSync(tbaq)) {
  const { readTimeML } = await import('../time/timeml.mjs');
  const files = ['TimeBank', 'AQUAINT'].flatMap((d) =>
    readdirSync(join(tbaq, d))
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => join(tbaq, d, f)),
  );
  corpora.push({
    name: 'TBAQ (stripped)',
    texts: files.map((f) => readTimeML(readFileSync(f, 'utf8'), f).text),
  });
} else console.log(`TBAQ-cleaned not found at ${tbaq}; skipping it.`);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// Warm up: loads the wink model (~150 ms) and lets V8 optimize before anything is timed.
for (const { analyze } of variants) for (const t of corpora[0].texts.slice(0, 200)) analyze(t);

console.log(`entry ${entry}${compare ? ` vs ${compare}` : ''}, ${runs} runs, best of runs reported`);
for (const { name, texts } of corpora) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const best = variants.map(() => Number.POSITIVE_INFINITY);
  const tokens = variants.map(() => 0);
  for (let r = 0; r < runs; r++) {
    for (const [v, { analyze }] of variants.entries()) {
      let n = 0;
      const t0 = cpuMs();
      for (const t of texts) n += analyze(t).tokens.length;
      best[v] = Math.min(best[v], cpuMs() - t0);
      tokens[v] = n;
    }
  }
  for (const [v, { name: variant, analyze }] of variants.entries()) {
    let line = `${name.padEnd(28)} ${variant.padEnd(8)} ${texts.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${tokens[v]} tokens: ${best[v].toFixed(0)} ms CPU, ${(bytes / 1e6 / (best[v] / 1000)).toFixed(2)} MB/s`;
    if (digest && variant !== 'floor') {
      const h = createHash('sha256');
      for (const t of texts) h.update(JSON.stringify(analyze(t)));
      line += `, digest ${h.digest('hex').slice(0, 16)}`;
    }
    console.log(line);
  }
}
