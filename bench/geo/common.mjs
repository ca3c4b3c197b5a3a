// What the geo benches share: where the corpora and the build under test are, option parsing, and
// the XML text decoding of GeoWebNews/LGL (read from ../shared/benchmarks/geo, never copied).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The folder that holds GeoWebNews.xml and LGL.xml. */
export const benchDir = join(root, '..', 'shared', 'benchmarks', 'geo');

/** `--name value` from the command line, or `fallback`. */
export function opt(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

/**
 * Exits when the corpora are missing (0: a skip; not checked with `{ corpora: false }`, for benches
 * that bring their own texts) or the build is (2), else imports the model, nlp and the geo build
 * under test: GEO_DIST=path/to/index.js compares another build (e.g. a copy of dist made before a
 * change).
 */
export async function loadBuilds(label, { corpora = true } = {}) {
  if (corpora && !existsSync(benchDir)) {
    console.log(`${label}: ${benchDir} is missing; skipping (it holds GeoWebNews.xml and LGL.xml)`);
    process.exit(0);
  }
  const geoDist = process.env.GEO_DIST
    ? resolve(process.env.GEO_DIST)
    : join(root, 'packages/geo/dist/index.js');
  if (!existsSync(geoDist)) {
    console.error(`${label}: packages/geo/dist/index.js is missing; run \`node scripts/build.mjs\` first`);
    process.exit(2);
  }
  const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
  const { analyze } = await import(join(root, 'packages/nlp/dist/index.js'));
  const geo = await import(geoDist);
  return { Doc, analyze, geo };
}

/** The text of an XML element as the corpora write it (CDATA or escaped). */
export function decodeXml(s) {
  return s
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
