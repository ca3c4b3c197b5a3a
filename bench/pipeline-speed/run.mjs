#!/usr/bin/env node
// Per-stage timings of the default pipeline (ms and MB/s per stage), to find what is slow.
// Corpus: examples/ repeated N times into one long text per example (long documents show
// per-event scans), plus the shared benchmark texts (GeoWebNews, LGL, TBAQ) when present —
// read at bench time from ../shared/benchmarks, never copied; missing corpora are skipped.
// Needs a build first: `node scripts/build.mjs`.
// Usage: node bench/pipeline-speed/run.mjs [--repeat N] [--shared K]   (K = max shared docs)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const repeat = opt('--repeat', 20);
const sharedMax = opt('--shared', 200);

const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const unescapeXml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function sharedTexts() {
  const texts = [];
  for (const f of ['GeoWebNews.xml', 'LGL.xml']) {
    const p = join(shared, 'geo', f);
    if (!existsSync(p)) {
      console.log(`skip: ${p} missing`);
      continue;
    }
    for (const m of readFileSync(p, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g))
      texts.push(unescapeXml(m[1]));
  }
  for (const part of ['TimeBank', 'AQUAINT']) {
    const dir = join(shared, 'time', 'TBAQ-cleaned', part);
    if (!existsSync(dir)) {
      console.log(`skip: ${dir} missing`);
      continue;
    }
    for (const f of readdirSync(dir)) {
      const xml = readFileSync(join(dir, f), 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? xml;
      texts.push(unescapeXml(body.replace(/<[^>]+>/g, '')));
    }
  }
  return texts.filter((t) => t.trim().length > 0);
}

const examples = [];
for (const f of readdirSync(join(root, 'examples')).filter((f) => /\.(txt|html)$/.test(f))) {
  const d = await readFile(join(root, 'examples', f));
  examples.push({ text: Array(repeat).fill(d.text).join('\n\n'), published: d.published ?? '2024-05-01' });
}
const sharedDocs = sharedTexts()
  .slice(0, sharedMax)
  .map((text) => ({ text, published: '2024-05-01' }));

const pipeline = await createDefaultPipeline();

function measure(name, docs) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const ms = new Map(pipeline.stages.map((s) => [s.name, 0]));
  let events = 0;
  const t0 = performance.now();
  for (const input of docs) {
    const doc = new Doc(input);
    const context = { options: {} };
    for (const stage of pipeline.stages) {
      const s0 = performance.now();
      doc.set(stage.provides, stage.run(doc, context));
      ms.set(stage.name, ms.get(stage.name) + performance.now() - s0);
    }
    events += doc.maybe('events')?.length ?? 0;
  }
  const total = performance.now() - t0;
  console.log(`\n${name}: ${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${events} events`);
  console.log(`  total ${total.toFixed(0)} ms = ${(bytes / 1e6 / (total / 1000)).toFixed(3)} MB/s`);
  for (const [stage, t] of ms) {
    console.log(
      `  ${stage.padEnd(8)} ${t.toFixed(0).padStart(7)} ms  ${(bytes / 1e6 / (t / 1000)).toFixed(2).padStart(7)} MB/s`,
    );
  }
}

// Warm up on one small example so JIT and lazy loads do not count.
pipeline.extract({ text: examples[0].text.slice(0, 2000), published: '2024-05-01' });
measure(`examples x${repeat}`, examples);
if (sharedDocs.length > 0) measure(`shared (first ${sharedDocs.length})`, sharedDocs);
