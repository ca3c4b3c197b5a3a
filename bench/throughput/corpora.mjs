// The corpora the throughput benches read (run.mjs, stages.mjs, compare.mjs), in one place so the
// three measure the same texts: examples/ through sitrep's own reader, and the plain texts of the
// shared benchmark corpora (GeoWebNews, LGL, TimeBank+AQUAINT with tags stripped), read from
// ../shared/benchmarks at bench time and never copied; a missing corpus is skipped with a notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Undoes the five XML entities the corpora use. */
export function unescapeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Plain texts of the shared benchmark corpora under `shared` (../shared/benchmarks), in a fixed order. */
export function sharedTexts(shared) {
  const texts = [];
  for (const name of ['GeoWebNews.xml', 'LGL.xml']) {
    const file = join(shared, 'geo', name);
    if (!existsSync(file)) {
      console.warn(`notice: ${file} not found; skipped`);
      continue;
    }
    for (const m of readFileSync(file, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g))
      texts.push(unescapeXml(m[1]));
  }
  for (const part of ['TimeBank', 'AQUAINT']) {
    const dir = join(shared, 'time', 'TBAQ-cleaned', part);
    if (!existsSync(dir)) {
      console.warn(`notice: ${dir} not found; skipped`);
      continue;
    }
    for (const f of readdirSync(dir).sort()) {
      const xml = readFileSync(join(dir, f), 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? xml;
      texts.push(unescapeXml(body.replace(/<[^>]+>/g, '')));
    }
  }
  return texts.filter((t) => t.trim().length > 0);
}

/**
 * The files of examples/ (txt, html) read as sitrep reads them, in name order, each with its own
 * publication date or `published` when it states none.
 */
export async function readExamples(root, readFile, published) {
  const docs = [];
  for (const f of readdirSync(join(root, 'examples'))
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()) {
    const doc = await readFile(join(root, 'examples', f));
    docs.push({ text: doc.text, published: doc.published ?? published });
  }
  return docs;
}
