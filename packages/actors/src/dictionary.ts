/**
 * @module dictionary
 * The actor dictionary: reads data/actors/*.tsv (and user files), validates every row with its line
 * number, and builds the lookup index — a hash from folded token n-grams to candidates plus the set
 * of key prefixes, so recognition is one longest-match walk over the tokens, no regex per entry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTORS } from '@sitrep/model';
import { aliasKey, caseRule } from './fold';
import { listCell, parseTsv, type TsvRow, type TsvTable } from './tsv';
import type {
  ActorRef,
  AnaphorRecord,
  Candidate,
  CountryRecord,
  EntryRecord,
  EpithetRecord,
  PersonRecord,
  RoleKind,
  RoleRecord,
  Term,
} from './types';

/** A problem found in a dictionary file. */
export interface DictionaryProblem {
  level: 'error' | 'warning';
  file: string;
  line: number;
  text: string;
}

/** Thrown when a dictionary file cannot be used; `problems` has every error with its line. */
export class DictionaryError extends Error {
  readonly problems: DictionaryProblem[];
  constructor(problems: DictionaryProblem[], options?: { cause?: unknown }) {
    const shown = problems
      .slice(0, 5)
      .map((p) => `${p.file}:${p.line}: ${p.text}`)
      .join('; ');
    super(
      `actor dictionary has ${problems.length} error(s): ${shown}${problems.length > 5 ? ' …' : ''}. Fix the lines named (run \`sitrep actors check FILE\` for the full list).`,
      options,
    );
    this.name = 'DictionaryError';
    this.problems = problems;
  }
}

/** The kinds of table, told apart by their header. */
export type TableKind = 'countries' | 'persons' | 'roles' | 'epithets' | 'anaphors' | 'entries';

/** Tells a table's kind from its columns, or null when the header fits none. */
export function tableKind(columns: string[]): TableKind | null {
  const has = (c: string) => columns.includes(c);
  if (has('iso3') && has('capitals')) return 'countries';
  if (has('terms') && has('id')) return 'persons';
  if (has('phrases') && has('target')) return 'epithets';
  if (has('phrases') && has('wants')) return 'anaphors';
  if (has('phrases') && has('kind')) return 'roles';
  if (has('id') && has('name')) return 'entries';
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECTOR_SET = new Set<string>(SECTORS);

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/**
 * Parses a person's `terms` cell: `Title@actor:FROM..TO` separated by `;`.
 *
 * @param cell
 *   The cell text.
 * @param problem
 *   Called with the text of each problem found.
 */
export function parseTerms(cell: string, problem: (text: string) => void): Term[] {
  const terms: Term[] = [];
  for (const raw of cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)@([a-z0-9.\-_]+):([^.]*)\.\.(.*)$/.exec(raw);
    if (!m) {
      problem(`term "${raw}" is malformed; expected Title@actor:YYYY-MM-DD..YYYY-MM-DD (TO may be empty)`);
      continue;
    }
    const [, title, actor, from, to] = m as unknown as [string, string, string, string, string];
    if (!isValidDate(from)) problem(`term "${raw}": start "${from}" is not a valid date YYYY-MM-DD`);
    if (to !== '' && !isValidDate(to)) problem(`term "${raw}": end "${to}" is not a valid date YYYY-MM-DD`);
    if (to !== '' && isValidDate(from) && isValidDate(to) && to <= from) {
      problem(`term "${raw}": ends (${to}) on or before it starts (${from})`);
    }
    terms.push({ title: title.trim(), actor, from, to: to === '' ? null : to });
  }
  return terms;
}

/** All dictionary tables, before indexing. */
export interface DictionaryData {
  countries: CountryRecord[];
  entries: EntryRecord[];
  persons: PersonRecord[];
  roles: RoleRecord[];
  epithets: EpithetRecord[];
  anaphors: AnaphorRecord[];
  /** Ids defined by user files (they win over built-in entries). */
  userIds: Set<string>;
  files: string[];
}

function emptyData(): DictionaryData {
  return {
    countries: [],
    entries: [],
    persons: [],
    roles: [],
    epithets: [],
    anaphors: [],
    userIds: new Set(),
    files: [],
  };
}

const REQUIRED: Record<TableKind, string[]> = {
  countries: ['iso3', 'iso2', 'name', 'aliases', 'adjectives', 'people', 'capitals', 'region'],
  persons: ['id', 'name', 'aliases', 'country', 'terms'],
  roles: ['phrases', 'sector', 'suffix', 'name', 'kind'],
  epithets: ['phrases', 'target', 'fallback'],
  anaphors: ['phrases', 'wants', 'window'],
  entries: ['id', 'name', 'aliases', 'country', 'sector'],
};

/**
 * Reads one parsed table into `data`, reporting row problems. Country codes are checked later,
 * once every table is read (a user file may add a state).
 *
 * @param table
 *   The parsed TSV.
 * @param data
 *   Where records go.
 * @param user
 *   True for a user file.
 * @param problems
 *   Where problems go.
 */
export function readTable(
  table: TsvTable,
  data: DictionaryData,
  user: boolean,
  problems: DictionaryProblem[],
): void {
  const err = (line: number, text: string) => problems.push({ level: 'error', file: table.file, line, text });
  for (const p of table.problems) err(p.line, p.text);
  const kind = tableKind(table.columns);
  if (!kind) {
    err(
      table.headerLine,
      `header "${table.columns.join('\t')}" matches no dictionary table; expected e.g. "id\tname\taliases\tcountry\tsector\tregion\tfrom\tto" (see data/actors/groups.tsv)`,
    );
    return;
  }
  const missing = REQUIRED[kind].filter((c) => !table.columns.includes(c));
  if (missing.length > 0) {
    err(table.headerLine, `a ${kind} table needs the columns ${missing.join(', ')}`);
    return;
  }
  data.files.push(table.file);
  for (const row of table.rows) readRow(kind, row, data, user, (text) => err(row.line, text));
}

function sectorOrNull(value: string, problem: (t: string) => void): string | null {
  if (value === '') return null;
  if (!SECTOR_SET.has(value))
    problem(`sector "${value}" is not a PLOVER sector (${[...SECTOR_SET].join(' ')})`);
  return value;
}

function readRow(
  kind: TableKind,
  row: TsvRow,
  data: DictionaryData,
  user: boolean,
  problem: (t: string) => void,
): void {
  const c = row.cells;
  const origin = { file: row.file, line: row.line };
  const country = (c.country ?? '').toUpperCase() || null;
  switch (kind) {
    case 'countries': {
      if (!/^[A-Z]{3}$/.test(c.iso3!)) problem(`iso3 "${c.iso3}" is not three capital letters`);
      if (!/^[A-Z]{2}$/.test(c.iso2!)) problem(`iso2 "${c.iso2}" is not two capital letters`);
      if (!c.name) problem('name is empty');
      const adjectives = listCell(c.adjectives);
      let people = listCell(c.people);
      if (people.length === 0) people = adjectives.filter((a) => /(an|i)$/.test(a)).map((a) => `${a}s`);
      data.countries.push({
        iso3: c.iso3!,
        iso2: c.iso2!,
        name: c.name!,
        aliases: listCell(c.aliases),
        adjectives,
        people,
        capitals: listCell(c.capitals),
        region: c.region ?? '',
        origin,
      });
      return;
    }
    case 'persons': {
      const id = c.id ?? '';
      if (!/^[a-z0-9][a-z0-9.\-_]*$/.test(id)) problem(`id "${id}" must be lowercase letters, digits, . - _`);
      if (!c.name) problem('name is empty');
      const terms = parseTerms(c.terms ?? '', problem);
      if (terms.length === 0) problem('a person needs at least one term (Title@actor:FROM..TO)');
      data.persons.push({ id, name: c.name ?? '', aliases: listCell(c.aliases), country, terms, origin });
      if (user) data.userIds.add(`person:${id}`);
      return;
    }
    case 'roles': {
      const kinds: RoleKind[] = ['institution', 'person', 'group', 'armed', 'equipment'];
      if (!kinds.includes(c.kind as RoleKind)) problem(`kind "${c.kind}" is not one of ${kinds.join(', ')}`);
      const sector = sectorOrNull(c.sector ?? '', problem) ?? 'UNK';
      data.roles.push({
        phrases: listCell(c.phrases),
        sector,
        suffix: c.suffix ?? '',
        name: c.name ?? '',
        kind: c.kind as RoleKind,
        local: (c.local ?? 'yes') !== 'no',
        origin,
      });
      return;
    }
    case 'epithets': {
      const target = c.target ?? '';
      if (!/^(focus:[a-z-]+|armed|if:.+|[a-z0-9][a-z0-9.\-_]*)$/.test(target)) {
        problem(`target "${target}" is not an id, focus:<suffix>, armed, or if:<countries>=><id>;...`);
      }
      data.epithets.push({
        phrases: listCell(c.phrases),
        target,
        fallback: c.fallback ?? '',
        note: c.note ?? '',
        origin,
      });
      return;
    }
    case 'anaphors': {
      const wants = ['person', 'group', 'org', 'plural', 'state', 'pair'];
      if (!wants.includes(c.wants ?? '')) problem(`wants "${c.wants}" is not one of ${wants.join(', ')}`);
      const window = Number(c.window);
      if (!Number.isInteger(window) || window < 0) problem(`window "${c.window}" is not a whole number`);
      data.anaphors.push({
        phrases: listCell(c.phrases),
        wants: c.wants as AnaphorRecord['wants'],
        window: Number.isInteger(window) ? window : 1,
        after: listCell(c.after).map((w) => w.toLowerCase()),
        origin,
      });
      return;
    }
    case 'entries': {
      const id = c.id ?? '';
      if (!/^[a-z0-9][a-z0-9.\-_]*$/.test(id)) problem(`id "${id}" must be lowercase letters, digits, . - _`);
      if (!c.name) problem('name is empty');
      const from = c.from ?? '';
      const to = c.to ?? '';
      if (from && !isValidDate(from)) problem(`from "${from}" is not a valid date YYYY-MM-DD`);
      if (to && !isValidDate(to)) problem(`to "${to}" is not a valid date YYYY-MM-DD`);
      if (from && to && isValidDate(from) && isValidDate(to) && to <= from)
        problem(`to (${to}) is not after from (${from})`);
      data.entries.push({
        id,
        name: c.name ?? '',
        aliases: listCell(c.aliases),
        country,
        sector: sectorOrNull(c.sector ?? '', problem),
        region: c.region ?? '',
        from: from || null,
        to: to || null,
        table: user ? 'user' : row.file.replace(/^.*[/\\]/, '').replace(/\.tsv$/, ''),
        origin,
      });
      if (user) data.userIds.add(id);
      return;
    }
  }
}

/** Cross-row checks: duplicate ids, unknown country codes, overlapping aliases. */
export function crossCheck(
  data: DictionaryData,
  problems: DictionaryProblem[],
  onlyFiles?: Set<string>,
): void {
  const inScope = (file: string) => !onlyFiles || onlyFiles.has(file);
  const iso3 = new Set(data.countries.map((c) => c.iso3));
  const seen = new Map<string, { file: string; line: number; from: string | null; to: string | null }[]>();
  const push = (level: 'error' | 'warning', file: string, line: number, text: string) => {
    if (inScope(file)) problems.push({ level, file, line, text });
  };
  const countryIds = new Map<string, CountryRecord>();
  for (const c of data.countries) {
    const prior = countryIds.get(c.iso3);
    if (prior && prior.origin.file === c.origin.file) {
      push(
        'error',
        c.origin.file,
        c.origin.line,
        `duplicate state ${c.iso3} (first at line ${prior.origin.line})`,
      );
    }
    countryIds.set(c.iso3, c);
  }
  for (const e of data.entries) {
    if (e.country && !iso3.has(e.country)) {
      push(
        'error',
        e.origin.file,
        e.origin.line,
        `country "${e.country}" is not an ISO alpha-3 code of a known state`,
      );
    }
    const prior = seen.get(e.id) ?? [];
    for (const p of prior) {
      const disjoint = (e.to && p.from && e.to <= p.from) || (p.to && e.from && p.to <= e.from);
      if (!disjoint && p.file === e.origin.file) {
        push(
          'error',
          e.origin.file,
          e.origin.line,
          `duplicate id "${e.id}" (also at line ${p.line}) with overlapping dates`,
        );
      }
    }
    prior.push({ file: e.origin.file, line: e.origin.line, from: e.from, to: e.to });
    seen.set(e.id, prior);
  }
  const personIds = new Map<string, PersonRecord>();
  for (const p of data.persons) {
    const prior = personIds.get(p.id);
    if (prior && prior.origin.file === p.origin.file) {
      push(
        'error',
        p.origin.file,
        p.origin.line,
        `duplicate person id "${p.id}" (first at line ${prior.origin.line})`,
      );
    }
    personIds.set(p.id, p);
    if (p.country && !iso3.has(p.country)) {
      push(
        'error',
        p.origin.file,
        p.origin.line,
        `country "${p.country}" is not an ISO alpha-3 code of a known state`,
      );
    }
    const sorted = [...p.terms].sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (a.actor === b.actor && a.title === b.title && (a.to === null || a.to > b.from)) {
        push(
          'error',
          p.origin.file,
          p.origin.line,
          `terms "${a.title}@${a.actor}" overlap (${a.from}..${a.to ?? ''} and ${b.from}..)`,
        );
      }
    }
  }
  // Overlapping aliases: one folded key naming different actors at the same time.
  const owners = new Map<
    string,
    { owner: string; file: string; line: number; from: string | null; to: string | null }[]
  >();
  const claim = (
    alias: string,
    owner: string,
    file: string,
    line: number,
    from: string | null,
    to: string | null,
  ) => {
    const key = aliasKey(alias);
    if (!key) return;
    const list = owners.get(key) ?? [];
    for (const o of list) {
      if (o.owner === owner) return;
      const disjoint = (to && o.from && to <= o.from) || (o.to && from && o.to <= from);
      if (!disjoint) {
        const where = o.file === file ? `line ${o.line}` : `${o.file}:${o.line}`;
        push(
          'warning',
          file,
          line,
          `alias "${alias}" also names ${o.owner} (${where}); the text cannot tell them apart`,
        );
      }
    }
    list.push({ owner, file, line, from, to });
    owners.set(key, list);
  };
  for (const c of data.countries) {
    for (const a of [c.name, ...c.aliases, ...c.adjectives, ...c.people, ...c.capitals]) {
      claim(a, `state ${c.iso3}`, c.origin.file, c.origin.line, null, null);
    }
  }
  for (const e of data.entries) {
    for (const a of [e.name, ...e.aliases]) claim(a, e.id, e.origin.file, e.origin.line, e.from, e.to);
  }
  for (const p of data.persons) {
    // A person's aliases are claimed for the years of their terms: two people of one name in
    // different eras are told apart by the publication date.
    const from = p.terms.map((t) => t.from).sort()[0] ?? null;
    const to = p.terms.some((t) => t.to === null)
      ? null
      : (p.terms
          .map((t) => t.to!)
          .sort()
          .at(-1) ?? null);
    for (const a of [p.name, ...p.aliases])
      claim(a, `person ${p.id}`, p.origin.file, p.origin.line, from, to);
  }
}

/** Finds data/actors by walking up from this module and from the working directory. */
export function findDataDir(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 8; i++) {
      const candidate = join(dir, 'data', 'actors');
      if (existsSync(join(candidate, 'countries.tsv'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(
    `could not find data/actors/countries.tsv above ${starts.join(' or ')}; run sitrep from its repository or install, or pass the dictionary files explicitly`,
  );
}

/** The built-in table files, in load order. */
export function builtInFiles(dir = findDataDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads and validates dictionary files into tables (no index yet).
 *
 * @param files
 *   Built-in files followed by user files.
 * @param userFiles
 *   Which of them are user files.
 * @param checkAll
 *   Run the cross-row checks even with no user file (the check command and tests do).
 */
export function readDictionaryData(
  files: string[],
  userFiles: Set<string>,
  checkAll = false,
): { data: DictionaryData; problems: DictionaryProblem[] } {
  const data = emptyData();
  const problems: DictionaryProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(
        `cannot read actor dictionary file ${file}: ${(error as Error).message}; check the path`,
        {
          cause: error,
        },
      );
    }
    readTable(parseTsv(text, file), data, userFiles.has(file), problems);
  }
  // Cross-row checks cost ~50 ms; the built-in tables are checked by their test instead.
  if (userFiles.size > 0 || checkAll) crossCheck(data, problems);
  return { data, problems };
}

/** The loaded, indexed dictionary the `actors` stage reads. */
export class ActorDictionary {
  readonly data: DictionaryData;
  /** Folded key → candidates. */
  readonly index = new Map<string, Candidate[]>();
  /** Every proper prefix of a key (by words), to stop the longest-match walk early. */
  readonly prefixes = new Set<string>();
  /** Longest key, in words. */
  maxWords = 1;
  readonly countries = new Map<string, CountryRecord>();
  readonly iso2to3 = new Map<string, string>();
  readonly entriesById = new Map<string, EntryRecord[]>();
  readonly persons = new Map<string, PersonRecord>();
  /** Role suffix → role (institution and group refs are built from these). */
  readonly roleBySuffix = new Map<string, RoleRecord>();
  private readonly refCache = new Map<string, ActorRef>();

  constructor(data: DictionaryData) {
    this.data = data;
    for (const c of data.countries) {
      this.countries.set(c.iso3, c);
      this.iso2to3.set(c.iso2, c.iso3);
    }
    for (const r of data.roles) if (!this.roleBySuffix.has(r.suffix)) this.roleBySuffix.set(r.suffix, r);
    // User entries replace built-in entries with the same id (all of them: aliases, dates, name).
    const userEntryIds = new Set(data.entries.filter((e) => e.table === 'user').map((e) => e.id));
    for (const e of data.entries) {
      if (e.table !== 'user' && userEntryIds.has(e.id)) continue;
      const list = this.entriesById.get(e.id) ?? [];
      list.push(e);
      this.entriesById.set(e.id, list);
      const user = e.table === 'user';
      for (const a of unique([e.name, ...e.aliases]))
        this.add(a, { type: 'entry', entry: e, rule: caseRule(a), user }, true);
    }
    const userPersons = new Set(
      data.persons.filter((p) => data.userIds.has(`person:${p.id}`)).map((p) => p.id),
    );
    for (const p of data.persons) {
      const user = data.userIds.has(`person:${p.id}`);
      if (!user && userPersons.has(p.id)) continue;
      this.persons.set(p.id, p);
      for (const a of unique([p.name, ...p.aliases]))
        this.add(a, { type: 'person', person: p, rule: caseRule(a), user }, true);
    }
    for (const c of data.countries) {
      const forms: [string[], 'name' | 'adjective' | 'people' | 'capital'][] = [
        [[c.name, ...c.aliases], 'name'],
        [c.adjectives, 'adjective'],
        [c.people, 'people'],
        [c.capitals, 'capital'],
      ];
      for (const [list, form] of forms) {
        for (const a of unique(list))
          this.add(a, { type: 'country', country: c, form, rule: caseRule(a) }, true);
      }
    }
    for (const r of data.roles) {
      for (const a of r.phrases)
        this.add(a, { type: 'role', role: r, rule: caseRule(a) === 'upper' ? 'upper' : 'any' }, true);
    }
    for (const x of data.epithets) {
      for (const a of x.phrases) {
        const key = aliasKey(stripThe(a));
        this.add(a, { type: 'epithet', epithet: x, rule: 'any', words: key.split(' ').length }, true);
      }
    }
    for (const n of data.anaphors) {
      for (const a of n.phrases) this.add(a, { type: 'anaphor', anaphor: n, rule: 'any' }, false);
    }
  }

  /** Adds one alias. `strip` drops a leading "the" (spans then start at the name). */
  private add(alias: string, candidate: Candidate, strip: boolean): void {
    const key = aliasKey(strip ? stripThe(alias) : alias);
    if (!key) return;
    const list = this.index.get(key);
    if (list) {
      // One candidate per actor and type under a key.
      if (!list.some((c) => sameCandidate(c, candidate))) list.push(candidate);
    } else {
      this.index.set(key, [candidate]);
    }
    const words = key.split(' ');
    this.maxWords = Math.max(this.maxWords, words.length);
    for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
  }

  /** The entry with this id valid on `date` (or the current one when date is null). */
  entry(id: string, date: string | null): EntryRecord | undefined {
    const list = this.entriesById.get(id);
    if (!list) return undefined;
    return pickDated(list, date);
  }

  /**
   * The ActorRef for an id: a named entry, or an institution/group of a state
   * (`<iso3>.<suffix>`), or a state's people (`<iso3>`), or a generic role (`<suffix>`).
   *
   * @param id
   *   The actor id.
   * @param date
   *   Publication date, for dated entries.
   */
  ref(id: string, date: string | null): ActorRef {
    const cacheKey = `${id}|${date ?? ''}`;
    let cached = this.refCache.get(cacheKey);
    if (!cached) {
      cached = this.buildRef(id, date);
      // Shared between mentions: refs are plain records nobody mutates.
      if (this.refCache.size > 50_000) this.refCache.clear();
      this.refCache.set(cacheKey, cached);
    }
    return cached;
  }

  private buildRef(id: string, date: string | null): ActorRef {
    const entry = this.entry(id, date);
    if (entry) return { id: entry.id, name: entry.name, country: entry.country, sector: entry.sector };
    const dot = id.indexOf('.');
    const head = dot < 0 ? id : id.slice(0, dot);
    const country = this.countries.get(head.toUpperCase());
    if (country) {
      if (dot < 0) return { id, name: country.name, country: country.iso3, sector: null };
      const suffix = id.slice(dot + 1);
      if (suffix === 'eli')
        return { id, name: `Former officials of ${country.name}`, country: country.iso3, sector: 'ELI' };
      const role = this.roleBySuffix.get(suffix);
      if (role) {
        const name = role.name.includes('{country}')
          ? role.name.replace('{country}', country.name)
          : `${role.name} (${country.name})`;
        return { id, name, country: country.iso3, sector: role.sector };
      }
      return { id, name: `${country.name} (${suffix})`, country: country.iso3, sector: null };
    }
    const role = this.roleBySuffix.get(id);
    if (role)
      return {
        id,
        name: role.name.replace(' of {country}', '').replace('{country}', 'unidentified'),
        country: null,
        sector: role.sector,
      };
    if (id === 'eli') return { id, name: 'Former officials', country: null, sector: 'ELI' };
    return { id, name: id, country: null, sector: null };
  }

  /** Counts of entries by table, kind and region (for the benchmark report). */
  counts(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    const bump = (table: string, key: string) => {
      out[table] ??= {};
      out[table][key] = (out[table][key] ?? 0) + 1;
    };
    for (const c of this.data.countries) bump('states', c.region);
    for (const e of this.data.entries) bump(`${e.table} (${e.sector ?? 'none'})`, e.region || 'none');
    for (const p of this.data.persons)
      bump('persons', p.country ? (this.countries.get(p.country)?.region ?? '?') : 'international');
    for (const r of this.data.roles) bump('roles', r.kind);
    for (const x of this.data.epithets) {
      bump('epithets', 'rows');
      out.epithets!.phrases = (out.epithets!.phrases ?? 0) + x.phrases.length;
    }
    return out;
  }
}

function stripThe(alias: string): string {
  return alias.replace(/^the\s+/i, '');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function sameCandidate(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'entry':
      return a.entry === (b as typeof a).entry;
    case 'person':
      return a.person === (b as typeof a).person;
    case 'country':
      return a.country === (b as typeof a).country && a.form === (b as typeof a).form;
    case 'role':
      return a.role === (b as typeof a).role;
    case 'epithet':
      return a.epithet === (b as typeof a).epithet;
    case 'anaphor':
      return a.anaphor === (b as typeof a).anaphor;
  }
}

/** Of dated records, the one valid on `date`; with no date, the current (open-ended, latest) one. */
export function pickDated<T extends { from: string | null; to: string | null }>(
  list: T[],
  date: string | null,
): T | undefined {
  if (date === null) {
    return [...list]
      .sort(
        (a, b) =>
          (a.to === null ? 1 : 0) - (b.to === null ? 1 : 0) || (a.from ?? '').localeCompare(b.from ?? ''),
      )
      .at(-1);
  }
  return list.find((e) => (e.from === null || e.from <= date) && (e.to === null || date < e.to));
}

let builtIn: DictionaryData | undefined;
let builtInDictionary: ActorDictionary | undefined;

/**
 * Loads the actor dictionary: the built-in tables in data/actors (read once per process) plus user
 * files, which add entries and replace built-in ones with the same id.
 *
 * @param extraFiles
 *   User dictionary files (TSV with a header; same columns as the built-in table they extend).
 * @returns
 *   The indexed dictionary.
 * @throws
 *   `DictionaryError` listing every error with its file and line.
 * @example
 *   const dictionary = loadActorDictionary();
 *   dictionary.ref('tur.gov', null).name // => 'Government of Türkiye'
 */
export function loadActorDictionary(extraFiles: string[] = []): ActorDictionary {
  if (!builtIn) {
    const files = builtInFiles();
    const { data, problems } = readDictionaryData(files, new Set());
    const errors = problems.filter((p) => p.level === 'error');
    if (errors.length > 0) throw new DictionaryError(errors);
    builtIn = data;
  }
  if (extraFiles.length === 0) {
    builtInDictionary ??= new ActorDictionary(builtIn);
    return builtInDictionary;
  }
  const all = [...builtIn.files, ...extraFiles];
  const { data, problems } = readDictionaryData(all, new Set(extraFiles));
  const errors = problems.filter((p) => p.level === 'error' && extraFiles.includes(p.file));
  if (errors.length > 0) throw new DictionaryError(errors);
  return new ActorDictionary(data);
}
