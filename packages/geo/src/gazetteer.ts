/**
 * @module gazetteer
 * The built-in gazetteer, read from the binary index `dist/gazetteer.bin` (see `encodeGazetteer`):
 * one file read, typed-array views over it, keys found through the index's own hash tables, and
 * strings and places decoded only when a lookup returns them. Nothing is parsed, folded or hashed
 * at load.
 */
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildGazetteerData,
  CAPITAL_BIT,
  decodeGazetteer,
  encodeGazetteer,
  type GazetteerIndex,
  GazetteerIndexError,
  keyHash,
  NO_NUMBER,
  NO_STRING,
  typoKey,
  WIDE_STRING,
} from './build-index';
import {
  detach,
  editDistance,
  foldName,
  looseFromFolded,
  similarityOfForms,
  skeletonFromFolded,
  skeletonFromLoose,
  withinOneEdit,
} from './fold';
import { type Candidate, FEATURES, type Gazetteer, type Place } from './place';

/** Lookups remembered per gazetteer (names recur across documents: "Syria", "Washington", "The"). */
const LOOKUP_CACHE_SIZE = 20_000;

/** A gazetteer over a decoded binary index, held in memory. */
export class MemoryGazetteer implements Gazetteer {
  readonly description: string;
  /** GeoNames admin-1 code (`SY.12`) → name. */
  readonly admin1Codes: Record<string, string>;
  readonly lexicon: {
    people: ReadonlySet<string>;
    words: ReadonlySet<string>;
    demonyms: ReadonlySet<string>;
  };
  readonly #ix: GazetteerIndex;
  readonly #offsets: Uint32Array;
  readonly #bytes: Uint8Array;
  /** The string table's bytes as a Buffer: its Latin-1 and UTF-16 slices are the fastest decoders. */
  readonly #charBytes: Buffer;
  // Strings and places decoded so far (candidate names recur across lookups), in the order first
  // decoded, with per id the position + 1 in that list (0: not yet). The positions are typed arrays
  // off the JS heap: two holey arrays indexed by id held 5.9 MB of the heap from load on, while a
  // pass over the shared texts decodes ~62,000 of 536,000 strings and ~21,000 of 199,000 places.
  readonly #stringSlot: Uint32Array;
  readonly #strings: string[] = [];
  readonly #placeSlot: Uint32Array;
  readonly #places: Place[] = [];
  #admin1: Map<string, Place> | undefined;
  #countries: Map<string, Place> | undefined;
  // Remembered lookups, per mode (typos, minSimilarity) then name: no key string to build per call.
  // Two generations: when the young one fills up, it becomes the old one (a cheap LRU).
  #young = new Map<number, Map<string, Candidate[]>>();
  #old = new Map<number, Map<string, Candidate[]>>();
  #youngSize = 0;

  /**
   * @param index
   *   A decoded index (`decodeGazetteer`).
   * @param description
   *   Named in messages ("built-in gazetteer (path)").
   */
  constructor(index: GazetteerIndex, description: string) {
    this.description = description;
    this.#ix = index;
    this.#offsets = index.strOffsets;
    this.#bytes = index.strBytes;
    this.#charBytes = Buffer.from(
      index.strBytes.buffer,
      index.strBytes.byteOffset,
      index.strBytes.byteLength,
    );
    this.#stringSlot = new Uint32Array(index.strOffsets.length - 1);
    this.#placeSlot = new Uint32Array(index.lat.length);
    this.admin1Codes = index.meta.admin1;
    this.lexicon = {
      people: new Set(index.meta.personNames),
      words: new Set(index.meta.commonWords),
      demonyms: new Set(index.meta.demonyms ?? []),
    };
  }

  get size(): number {
    return this.#ix.lat.length;
  }

  /** Place number `n` (0 ≤ n < size), decoded on first use. */
  place(n: number): Place {
    const slot = this.#placeSlot[n]!;
    if (slot !== 0) return this.#places[slot - 1]!;
    const ix = this.#ix;
    const code = ix.feature[n]!;
    const place: Place = {
      id:
        ix.idNumber[n] === NO_NUMBER
          ? this.#string(ix.idPrefix[n]!)
          : this.#string(ix.idPrefix[n]!) + ix.idNumber[n],
      name: this.#string(ix.nameText[ix.nameStart[n]!]!),
      lat: ix.lat[n]!,
      lon: ix.lon[n]!,
      country: this.#optional(ix.country[n]!),
      admin1: this.#optional(ix.admin1[n]!),
      admin2: this.#optional(ix.admin2[n]!),
      feature: FEATURES[code & ~CAPITAL_BIT]!,
      population: ix.population[n]!,
    };
    if (code & CAPITAL_BIT) place.capital = true;
    this.#placeSlot[n] = this.#places.push(place);
    return place;
  }

  /** All names of place `n`, the preferred one first. */
  names(n: number): string[] {
    const out: string[] = [];
    for (let r = this.#ix.nameStart[n]!; r < this.#ix.nameStart[n + 1]!; r++) {
      out.push(this.#string(this.#ix.nameText[r]!));
    }
    return out;
  }

  hasExact(name: string): boolean {
    return this.#find(this.#ix.exactKeys, this.#ix.exactHash, foldName(name)) >= 0;
  }

  mayMatch(name: string): boolean {
    // What `#lookup` finds without typos comes from these two keys (exact refs, skeleton refs).
    const ix = this.#ix;
    const folded = foldName(name);
    if (this.#find(ix.exactKeys, ix.exactHash, folded) >= 0) return true;
    return this.#find(ix.skeletonKeys, ix.skeletonHash, skeletonFromFolded(folded)) >= 0;
  }

  lookup(name: string, options: { typos?: boolean; minSimilarity?: number } = {}): Candidate[] {
    // NaN, negative or absent: no threshold.
    const min = (options.minSimilarity ?? 0) > 0 ? options.minSimilarity! : 0;
    const mode = options.typos ? -1 - min : min;
    let young = this.#young.get(mode);
    let hit = young?.get(name);
    if (!hit) {
      hit = this.#old.get(mode)?.get(name) ?? this.#lookup(name, options.typos === true, min);
      if (this.#youngSize >= LOOKUP_CACHE_SIZE) {
        this.#old = this.#young;
        this.#young = new Map();
        this.#youngSize = 0;
        young = undefined;
      }
      if (!young) {
        young = new Map();
        this.#young.set(mode, young);
      }
      // The key copied: a name sliced from a document would keep that whole text alive as long
      // as the entry lives (up to twice LOOKUP_CACHE_SIZE entries, each able to pin another document).
      young.set(detach(name), hit);
      this.#youngSize++;
    }
    // A copy: callers may sort or filter their list without touching the cached one.
    return hit.slice();
  }

  admin1Place(country: string, admin1: string): Place | undefined {
    if (!this.#admin1) {
      // Built on first use (a few thousand divisions); a later division of the same key wins, as before.
      this.#admin1 = new Map();
      for (const n of this.#ix.admin1Places) {
        const place = this.place(n);
        this.#admin1.set(`${place.country}|${foldName(place.admin1!)}`, place);
      }
    }
    return this.#admin1.get(`${country}|${foldName(admin1)}`);
  }

  countryPlace(code: string): Place | undefined {
    if (!this.#countries) {
      this.#countries = new Map();
      for (const n of this.#ix.countryPlaces) {
        const place = this.place(n);
        this.#countries.set(place.country!, place);
      }
    }
    return this.#countries.get(code);
  }

  /**
   * Candidates in build order: exact refs, then variants, then (when nothing matched) typos. A place
   * counts as seen at its first ref even when that ref is left out for `min`: its later names must
   * not stand in for it, so the result is the unfiltered one minus the loose candidates below `min`.
   */
  #lookup(name: string, typos: boolean, min: number): Candidate[] {
    const ix = this.#ix;
    const seen = new Set<number>();
    const out: Candidate[] = [];
    const folded = foldName(name);
    const loose = looseFromFolded(folded);
    const take = (ref: number, how: Candidate['how']) => {
      const n = ix.namePlace[ref]!;
      if (seen.has(n)) return;
      seen.add(n);
      let similarity = 1;
      if (how !== 'exact') {
        // Loose forms of different lengths differ by at least that many edits: a cheap upper bound
        // on the similarity (same arithmetic as similarityOfForms, so never below the real value).
        const other = ix.nameLoose[ref]!;
        const length = this.#length(other);
        if (lengthBound(length, loose.length) < min) return;
        let edits = 0;
        let longest = 0;
        if (min > 0) {
          // The most edits that can still reach `min`; an edit distance stopped early beyond it
          // proves the candidate falls short without computing it in full.
          longest = Math.max(length, loose.length);
          while (0.95 - 0.5 * ((edits + 1) / longest) >= min) edits++;
          // No edit allowed (short names at recognition's thresholds): only the same loose form
          // can pass, compared in the index's bytes without decoding a string.
          if (edits === 0 && !this.#equals(other, loose)) return;
        }
        const otherLoose = this.#string(other);
        const otherFolded = this.#string(ix.nameFolded[ref]!);
        if (min > 0) {
          const distance = editDistance(loose, otherLoose, edits);
          if (distance > edits) return;
          // A variant shares the skeleton it was found under; with different loose forms that is
          // similarityOfForms's same-skeleton case, computed from the (exact) distance at hand.
          similarity =
            how === 'variant' && otherLoose !== loose && otherFolded !== folded
              ? 0.95 - 0.5 * (distance / longest)
              : similarityOfForms(folded, loose, otherFolded, otherLoose);
        } else {
          similarity = similarityOfForms(folded, loose, otherFolded, otherLoose);
        }
        if (similarity < min) return;
      }
      out.push({ place: this.place(n), matched: this.#string(ix.nameText[ref]!), how, similarity });
    };
    const k = this.#find(ix.exactKeys, ix.exactHash, folded);
    if (k >= 0)
      for (let i = ix.exactStart[k]!; i < ix.exactStart[k + 1]!; i++) take(ix.exactRefs[i]!, 'exact');

    // No loose candidate scores above 0.98 (1 means the same folded name, an exact hit): above
    // that threshold the exact hits are the whole answer.
    if (min > 0.98) return out;
    let matchedAny = seen.size > 0;
    const skeleton = skeletonFromLoose(loose);
    const s = this.#find(ix.skeletonKeys, ix.skeletonHash, skeleton);
    if (s >= 0) {
      // Same skeleton but a very different length is a collision, not a variant. The key's refs are
      // sorted by loose length, so the admissible lengths are one run, found by bisection.
      const length = loose.length;
      const spread = Math.max(2, length >> 2);
      const from = ix.skeletonStart[s]!;
      const to = ix.skeletonStart[s + 1]!;
      const first = this.#firstWithLength(from, to, length - spread);
      const last = this.#firstWithLength(first, to, length + spread + 1);
      if (last > first) matchedAny = true;
      // Lengths too far from the name's to reach `min` (the bound in `take`) are not visited at all:
      // on each side the bound falls with the distance, so the rest is again one run.
      let low = length - spread;
      let high = length + spread;
      while (low < length && lengthBound(low, length) < min) low++;
      while (high > length && lengthBound(high, length) < min) high--;
      const narrowed = low > length - spread || high < length + spread;
      const runFirst = narrowed ? this.#firstWithLength(first, last, low) : first;
      const runLast = narrowed ? this.#firstWithLength(runFirst, last, high + 1) : last;
      if (low === length && high === length && min > 0 && 0.95 - 0.5 / length < min) {
        // One length only, and not one edit allowed at it (short names at recognition's
        // thresholds): only names with this very loose form can pass. Within one length the refs
        // are already ascending. Any other name of the run only marks its place as seen, which
        // matters for a later name of that place: that one is checked against its place's earlier
        // names directly. (The typo search below also reads `seen`, but runs only when no name has
        // this skeleton at these lengths, when both ways leave `seen` alone.)
        for (let i = runFirst; i < runLast; i++) {
          const ref = ix.skeletonRefs[i]!;
          if (!this.#equals(ix.nameLoose[ref]!, loose)) continue;
          const place = ix.namePlace[ref]!;
          if (this.#earlierName(place, ref, skeleton, length - spread, length + spread)) {
            seen.add(place);
            continue;
          }
          take(ref, 'variant');
        }
      } else {
        // Back to build order (ascending refs), the order candidates were always returned in.
        const refs = ix.skeletonRefs.slice(runFirst, runLast).sort();
        // A place whose earlier name sits in the skipped lengths was judged by that name (and left
        // out): its later names must not bring it back. The names of this skeleton in the skipped
        // lengths are the key's refs outside the visited run: their places, with the first ref of each.
        const skipped = narrowed ? this.#firstRefs(first, runFirst, runLast, last) : undefined;
        for (const ref of refs) {
          const place = ix.namePlace[ref]!;
          const earlier = skipped?.get(place);
          if (earlier !== undefined && earlier < ref) {
            seen.add(place);
            continue;
          }
          take(ref, 'variant');
        }
      }
    }

    if (typos && !matchedAny && loose.length >= 7) {
      // Names one edit away share the first three or the last three letters: two small buckets per
      // length instead of every name of that length. Like the original bucket (length and first
      // letter), only names starting with the same letter count.
      const first = loose.charCodeAt(0);
      for (const length of [loose.length - 1, loose.length, loose.length + 1]) {
        const byPrefix = this.#bucket(
          ix.typoPrefixKeys,
          ix.typoPrefixStart,
          ix.typoPrefixRefs,
          typoKey(length, loose, 0),
        );
        const bySuffix = this.#bucket(
          ix.typoSuffixKeys,
          ix.typoSuffixStart,
          ix.typoSuffixRefs,
          typoKey(length, loose, loose.length - 3),
        );
        // Both buckets hold ascending refs: merged in order, a ref in both visited once.
        let a = 0;
        let b = 0;
        while (a < byPrefix.length || b < bySuffix.length) {
          let ref: number;
          if (b >= bySuffix.length || (a < byPrefix.length && byPrefix[a]! < bySuffix[b]!))
            ref = byPrefix[a++]!;
          else if (a >= byPrefix.length || bySuffix[b]! < byPrefix[a]!) ref = bySuffix[b++]!;
          else {
            ref = byPrefix[a++]!;
            b++;
          }
          const other = ix.nameLoose[ref]!;
          if (this.#length(other) !== length || seen.has(ix.namePlace[ref]!)) continue;
          // The first letter read from the index's bytes: most names of a bucket differ there (a
          // suffix bucket), and are passed over without decoding them.
          if (this.#charAt(other, 0) !== first) continue;
          if (withinOneEdit(loose, this.#string(other))) take(ref, 'typo');
        }
      }
    }
    return out;
  }

  /** Place → its first ref among `skeletonRefs[from..runFirst)` and `skeletonRefs[runLast..to)`. */
  #firstRefs(from: number, runFirst: number, runLast: number, to: number): Map<number, number> {
    const refs = this.#ix.skeletonRefs;
    const places = this.#ix.namePlace;
    const out = new Map<number, number>();
    const note = (i: number) => {
      const ref = refs[i]!;
      const place = places[ref]!;
      const held = out.get(place);
      if (held === undefined || ref < held) out.set(place, ref);
    };
    for (let i = from; i < runFirst; i++) note(i);
    for (let i = runLast; i < to; i++) note(i);
    return out;
  }

  /** Code unit `i` of string `id` (which must be longer than `i`), read from the index's bytes. */
  #charAt(id: number, i: number): number {
    const start = this.#offsets[id]!;
    const from = start & ~WIDE_STRING;
    const bytes = this.#bytes;
    return start & WIDE_STRING ? bytes[from + 2 * i]! | (bytes[from + 2 * i + 1]! << 8) : bytes[from + i]!;
  }

  /**
   * True when place `place` has a name before `ref` with skeleton `skeleton` and a loose length in
   * [min, max]: a name the variant search visits (or skips for its length) before `ref`.
   */
  #earlierName(place: number, ref: number, skeleton: string, min: number, max: number): boolean {
    const ix = this.#ix;
    for (let r = ix.nameStart[place]!; r < ref; r++) {
      const id = ix.nameLoose[r]!;
      const length = this.#length(id);
      if (length >= min && length <= max && skeletonFromLoose(this.#string(id)) === skeleton) return true;
    }
    return false;
  }

  /** True when string `id` is `key` (compared in the index's bytes, nothing decoded). */
  #equals(id: number, key: string): boolean {
    if (this.#length(id) !== key.length) return false;
    const start = this.#offsets[id]!;
    const from = start & ~WIDE_STRING;
    const bytes = this.#bytes;
    if (start & WIDE_STRING) {
      for (let i = 0; i < key.length; i++)
        if (key.charCodeAt(i) !== (bytes[from + 2 * i]! | (bytes[from + 2 * i + 1]! << 8))) return false;
    } else {
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== bytes[from + i]) return false;
    }
    return true;
  }

  /** The refs of one typo bucket (a view, no copy). */
  #bucket(keys: Uint32Array, start: Uint32Array, refs: Uint32Array, key: number): Uint32Array {
    const b = bisect(keys, key);
    return b < 0 ? refs.subarray(0, 0) : refs.subarray(start[b]!, start[b + 1]!);
  }

  /** First position in `skeletonRefs[from..to)` whose loose form is at least `length` long. */
  #firstWithLength(from: number, to: number, length: number): number {
    const refs = this.#ix.skeletonRefs;
    const loose = this.#ix.nameLoose;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#length(loose[refs[mid]!]!) < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Length in code units of string `id`. */
  #length(id: number): number {
    const start = this.#offsets[id]!;
    const bytes = (this.#offsets[id + 1]! & ~WIDE_STRING) - (start & ~WIDE_STRING);
    return start & WIDE_STRING ? bytes >> 1 : bytes;
  }

  #string(id: number): string {
    const slot = this.#stringSlot[id]!;
    if (slot !== 0) return this.#strings[slot - 1]!;
    const start = this.#offsets[id]!;
    const from = start & ~WIDE_STRING;
    const to = this.#offsets[id + 1]! & ~WIDE_STRING;
    const held = this.#charBytes.toString(start & WIDE_STRING ? 'utf16le' : 'latin1', from, to);
    this.#stringSlot[id] = this.#strings.push(held);
    return held;
  }

  #optional(id: number): string | null {
    return id === NO_STRING ? null : this.#string(id);
  }

  /**
   * Position of `key` among `keys`, or -1: probes the hash table (one or two slots, where a
   * bisection of 150,000 keys would touch seventeen places scattered over the index).
   */
  #find(keys: Uint32Array, table: Uint32Array, key: string): number {
    const offsets = this.#offsets;
    const bytes = this.#bytes;
    const mask = table.length - 1;
    const keyLength = key.length;
    for (let slot = keyHash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = table[slot]!;
      if (k === 0) return -1;
      const id = keys[k - 1]!;
      if (this.#length(id) !== keyLength) continue;
      const start = offsets[id]!;
      const from = start & ~WIDE_STRING;
      let i = 0;
      if (start & WIDE_STRING) {
        while (
          i < keyLength &&
          key.charCodeAt(i) === (bytes[from + 2 * i]! | (bytes[from + 2 * i + 1]! << 8))
        )
          i++;
      } else {
        while (i < keyLength && key.charCodeAt(i) === bytes[from + i]) i++;
      }
      if (i === keyLength) return k - 1;
    }
  }
}

/**
 * The highest similarity a loose form of `length` can have to one of `queryLength` (at least their
 * difference in edits; same arithmetic as `similarityOfForms`, so never below its value).
 */
function lengthBound(length: number, queryLength: number): number {
  if (length === queryLength) return 1;
  return 0.95 - 0.5 * (Math.abs(length - queryLength) / Math.max(length, queryLength));
}

/** Position of `value` in an ascending Uint32Array, or -1. */
function bisect(values: Uint32Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** File name of the built index inside `packages/geo/dist/`. */
export const GAZETTEER_INDEX_FILE = 'gazetteer.bin';

/** Where the built index lives, seen from the source (`src/`) or a bundle (`dist/`, the CLI's). */
export function defaultGazetteerPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, GAZETTEER_INDEX_FILE),
    join(here, '..', 'dist', GAZETTEER_INDEX_FILE),
    join(here, '..', '..', 'geo', 'dist', GAZETTEER_INDEX_FILE),
    resolve('packages', 'geo', 'dist', GAZETTEER_INDEX_FILE),
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

/**
 * Reads a binary gazetteer index file.
 *
 * @param file
 *   A file written by `packages/geo/scripts/build.mjs` (`encodeGazetteer`).
 * @throws
 *   When it cannot be read, or is truncated, corrupt or of another format; the message names the
 *   file and says to rebuild it with `node scripts/build.mjs` / `npm ci`.
 */
export function readGazetteerIndex(file: string): GazetteerIndex {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(
      `could not read the gazetteer index ${file}: ${(error as Error).message}; rebuild it with \`node scripts/build.mjs\` (run by \`npm ci\`)`,
      { cause: error },
    );
  }
  return decodeGazetteer(bytes, file);
}

let cached: MemoryGazetteer | undefined;

/**
 * Loads the built-in gazetteer (once per process; later calls return the same object).
 * When the built index is missing (no `npm run build` yet) it is built in memory from the
 * installed npm data, which takes several seconds.
 *
 * @param path
 *   A built index (`gazetteer.bin`) to load instead of the default.
 * @example
 *   const gazetteer = loadGazetteer();
 *   gazetteer.lookup('Bengasi')[0]?.place.name; // 'Benghazi'
 */
export function loadGazetteer(path?: string): MemoryGazetteer {
  if (!path && cached) return cached;
  const file = path ?? defaultGazetteerPath();
  let index: GazetteerIndex | undefined;
  if (file) {
    try {
      index = readGazetteerIndex(file);
    } catch (error) {
      // The default index written by an older build (the sources moved on since `npm run build`):
      // still correct to build from the installed data, only slower. A damaged file is an error.
      if (path || !(error instanceof GazetteerIndexError && error.stale)) throw error;
      process.emitWarning(`${error.message}; building the gazetteer in memory for this run (slower)`);
    }
  }
  const gazetteer = index
    ? new MemoryGazetteer(index, `built-in gazetteer (${file})`)
    : new MemoryGazetteer(
        decodeGazetteer(encodeGazetteer(buildGazetteerData(repoRoot())), 'the gazetteer built in memory'),
        'built-in gazetteer (built in memory)',
      );
  if (!path) cached = gazetteer;
  return gazetteer;
}
