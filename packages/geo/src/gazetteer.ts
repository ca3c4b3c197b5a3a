/**
 * @module gazetteer
 * The built-in gazetteer held in memory: places in one array, two hash indexes (folded name and
 * skeleton key) of place numbers, and a lazily built length bucket for typo search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteerData, type GazetteerFile, MAX_NAMES, unpackPlace } from './build-index';
import {
  FOLD_VERSION,
  foldName,
  looseFromFolded,
  similarityOfForms,
  skeletonFromLoose,
  withinOneEdit,
} from './fold';
import type { Candidate, Gazetteer, Place } from './place';

/** An in-memory gazetteer over the built index (or any packed places). */
export class MemoryGazetteer implements Gazetteer {
  readonly description: string;
  readonly places: Place[] = [];
  /** GeoNames admin-1 code (`SY.12`) → name. */
  readonly admin1Codes: Record<string, string>;
  // Indexes map a key to packed (place << 8 | name slot) numbers: one Int array, no per-name objects.
  // A key with one place holds the number itself, not a one-element array: most keys have one,
  // and ~400,000 tiny arrays cost more in allocation and GC than the whole rest of the load.
  readonly #exact = new Map<string, Refs>();
  readonly #skeleton = new Map<string, Refs>();
  readonly #names: string[][] = [];
  readonly #loose: string[][] = [];
  readonly #admin1 = new Map<string, Place>();
  readonly #countries = new Map<string, Place>();
  #byLength: Map<string, [number, string][]> | undefined;

  readonly lexicon: { people: ReadonlySet<string>; words: ReadonlySet<string> };

  constructor(data: GazetteerFile, description: string) {
    this.description = description;
    this.admin1Codes = data.admin1;
    this.lexicon = { people: new Set(data.personNames ?? []), words: new Set(data.commonWords ?? []) };
    // Stored forms save folding every name at load; only trusted when made by the same rules.
    const forms = data.foldVersion === FOLD_VERSION ? data.forms : undefined;
    data.places.forEach((packed, i) => {
      this.add(unpackPlace(packed), forms?.[i]);
    });
  }

  get size(): number {
    return this.places.length;
  }

  /** Adds a place under its names (the first is the preferred one). */
  add({ place, names }: { place: Place; names: string[] }, forms?: string): void {
    const n = this.places.length;
    this.places.push(place);
    const kept = names.slice(0, MAX_NAMES);
    const stored = forms?.split('\t');
    this.#names.push(kept);
    const seen = new Set<string>();
    // Loose forms kept for typo search (computed here anyway, for the skeleton key).
    const looseForms: string[] = new Array(kept.length).fill('');
    this.#loose.push(looseForms);
    kept.forEach((name, slot) => {
      const exact = stored?.[2 * slot] ?? foldName(name);
      if (exact === '' || seen.has(exact)) return;
      seen.add(exact);
      push(this.#exact, exact, (n << 8) | slot);
      const loose = stored?.[2 * slot + 1] ?? looseFromFolded(exact);
      looseForms[slot] = loose;
      const skeleton = skeletonFromLoose(loose);
      if (skeleton.replace('@', '').length >= 2) push(this.#skeleton, skeleton, (n << 8) | slot);
    });
    if (place.feature === 'admin1' && place.country && place.admin1) {
      this.#admin1.set(`${place.country}|${foldName(place.admin1)}`, place);
    }
    if (place.feature === 'country' && place.country) this.#countries.set(place.country, place);
  }

  hasExact(name: string): boolean {
    return this.#exact.has(foldName(name));
  }

  lookup(name: string, options: { typos?: boolean } = {}): Candidate[] {
    const found = new Map<number, Candidate>();
    const folded = foldName(name);
    const loose = looseFromFolded(folded);
    const take = (ref: number, how: Candidate['how']) => {
      const n = ref >> 8;
      if (found.has(n)) return;
      const slot = ref & 255;
      const other = this.#loose[n]![slot]!;
      // An exact hit folds to the same form: similarity 1 without folding the candidate again.
      const similarity =
        how === 'exact' ? 1 : similarityOfForms(folded, loose, foldName(this.#names[n]![slot]!), other);
      found.set(n, { place: this.places[n]!, matched: this.#names[n]![slot]!, how, similarity });
    };
    for (const ref of refs(this.#exact.get(folded))) take(ref, 'exact');
    for (const ref of refs(this.#skeleton.get(skeletonFromLoose(loose)))) {
      // Same skeleton but a very different length is a collision, not a variant: skip it unfolded.
      const other = this.#loose[ref >> 8]![ref & 255]!;
      if (Math.abs(other.length - loose.length) <= Math.max(2, loose.length >> 2)) take(ref, 'variant');
    }
    if (options.typos && found.size === 0 && loose.length >= 7) {
      for (const len of [loose.length - 1, loose.length, loose.length + 1]) {
        for (const [ref, other] of this.#typoBucket(len, loose[0]!)) {
          if (!found.has(ref >> 8) && withinOneEdit(loose, other)) take(ref, 'typo');
        }
      }
    }
    return [...found.values()];
  }

  admin1Place(country: string, admin1: string): Place | undefined {
    return this.#admin1.get(`${country}|${foldName(admin1)}`);
  }

  countryPlace(code: string): Place | undefined {
    return this.#countries.get(code);
  }

  /** Names of one loose length and first letter, with their loose forms; bucketed once, on first typo search. */
  #typoBucket(length: number, first: string): [number, string][] {
    if (!this.#byLength) {
      const buckets = new Map<string, [number, string][]>();
      this.#loose.forEach((forms, n) => {
        forms.forEach((loose, slot) => {
          if (loose.length < 6) return;
          const key = `${loose.length}|${loose[0]}`;
          const list = buckets.get(key) ?? [];
          buckets.set(key, list);
          list.push([(n << 8) | slot, loose]);
        });
      });
      this.#byLength = buckets;
    }
    return this.#byLength.get(`${length}|${first}`) ?? [];
  }
}

/** Packed references (place << 8 | name slot): one number, or several. */
type Refs = number | number[];

function push(map: Map<string, Refs>, key: string, value: number): void {
  const held = map.get(key);
  if (held === undefined) map.set(key, value);
  else if (typeof held === 'number') map.set(key, [held, value]);
  else held.push(value);
}

function refs(held: Refs | undefined): readonly number[] {
  if (held === undefined) return [];
  return typeof held === 'number' ? [held] : held;
}

/** Where the built index lives, seen from the source (`src/`) or a bundle (`dist/`, the CLI's). */
export function defaultGazetteerPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'gazetteer.json'),
    join(here, '..', 'dist', 'gazetteer.json'),
    join(here, '..', '..', 'geo', 'dist', 'gazetteer.json'),
    resolve('packages', 'geo', 'dist', 'gazetteer.json'),
  ];
  return candidates.find((p) => existsSync(p));
}

/** The repository root as seen from this module (for building from installed data). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'packages', 'geo'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

let cached: MemoryGazetteer | undefined;

/**
 * Loads the built-in gazetteer (once per process; later calls return the same object).
 * When the built index is missing (no `npm run build` yet) it is built in memory from the
 * installed npm data, which takes a few seconds longer.
 *
 * @param path
 *   A built index (`gazetteer.json`) to load instead of the default.
 * @example
 *   const gazetteer = loadGazetteer();
 *   gazetteer.lookup('Bengasi')[0]?.place.name; // 'Benghazi'
 */
export function loadGazetteer(path?: string): MemoryGazetteer {
  if (!path && cached) return cached;
  const file = path ?? defaultGazetteerPath();
  let gazetteer: MemoryGazetteer;
  if (file) {
    let data: GazetteerFile;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as GazetteerFile;
    } catch (error) {
      throw new Error(
        `could not read the gazetteer index ${file}: expected JSON written by packages/geo/scripts/build.mjs; run \`npm run build\` to rebuild it`,
        { cause: error },
      );
    }
    if (data.format !== 'sitrep-gazetteer/1') {
      throw new Error(
        `${file}: expected format sitrep-gazetteer/1, found ${JSON.stringify(data.format)}; run \`npm run build\``,
      );
    }
    gazetteer = new MemoryGazetteer(data, `built-in gazetteer (${file})`);
  } else {
    gazetteer = new MemoryGazetteer(buildGazetteerData(repoRoot()), 'built-in gazetteer (built in memory)');
  }
  if (!path) cached = gazetteer;
  return gazetteer;
}
