/**
 * @module lexicon
 * The trigger lexicon and cue lists (data/events/triggers.tsv, data/events/cues.yaml): parsed once,
 * indexed by the first word of each phrase so lookup is one hash probe per token (no regex per entry).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLOVER_TYPES, type PloverType } from '@sitrep/model';
import { parse as parseYaml } from 'yaml';
import { ACLED_CODES, type AcledCode } from './acled';

/** Part of speech a trigger's first word must have. */
export type TriggerPos = 'V' | 'N' | '*';

/** Flags a trigger entry may carry (see the header of triggers.tsv). */
export type TriggerFlag = 'weak' | 'casualty' | 'nominal-only' | 'police-coerce';

/** One lexicon entry: a phrase and what it codes. */
export interface TriggerEntry {
  /** The phrase as written in the file. */
  phrase: string;
  /** Its words; `...` is a gap of up to six tokens. */
  words: string[];
  pos: TriggerPos;
  /** PLOVER type; null for a stop phrase, which blocks shorter matches and codes nothing. */
  type: PloverType | null;
  mode: string | null;
  context: string[];
  cameo: string | null;
  acled: AcledCode | null;
  flags: TriggerFlag[];
  /** `file:line`, cited in `why`. */
  source: string;
}

/** Cue lists, each a list of phrases split into words. */
export interface Cues {
  reporting: string[][];
  according_to: string[][];
  negation: string[][];
  denial: string[][];
  future: string[][];
  hypothetical: string[][];
  habitual: string[][];
  opinion: string[][];
  civilian: string[][];
  armed: string[][];
  protester: string[][];
  intervention: string[][];
  remote: string[][];
  location_prep: string[][];
  location_near: string[][];
  recipient_prep: string[][];
  anaphoric: string[][];
  cessation: string[][];
  mode_drone: string[][];
  mode_aerial: string[][];
  mode_heavy_weapons: string[][];
  mode_primitive: string[][];
  mode_firearms: string[][];
  mode_explosives: string[][];
  mobilize_troops: string[][];
  mobilize_police: string[][];
  mobilize_weapons: string[][];
  mobilize_militia: string[][];
  request_assist: string[][];
  request_meet: string[][];
  request_yield: string[][];
  request_change: string[][];
  vow_of_force: string[][];
}

/** The loaded lexicon: entries indexed by first word, plus cues. */
export interface Lexicon {
  entries: TriggerEntry[];
  /** First word → entries starting with it, longest phrase first. */
  byFirst: Map<string, TriggerEntry[]>;
  cues: Cues;
  /**
   * ISO alpha-2 → state (alpha-3, English name), from data/actors/countries.tsv beside the lexicon
   * directory: codes a place that stands for its people or government ("aid to Kyiv"). Empty when
   * that file is absent.
   */
  countries?: Map<string, { iso3: string; name: string }>;
}

/** Thrown for a lexicon file that cannot be read as documented in its header. */
export class LexiconError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LexiconError';
  }
}

const CUE_KEYS = [
  'reporting',
  'according_to',
  'negation',
  'denial',
  'future',
  'hypothetical',
  'habitual',
  'opinion',
  'civilian',
  'armed',
  'protester',
  'intervention',
  'remote',
  'location_prep',
  'location_near',
  'recipient_prep',
  'anaphoric',
  'cessation',
  'mode_drone',
  'mode_aerial',
  'mode_heavy_weapons',
  'mode_primitive',
  'mode_firearms',
  'mode_explosives',
  'mobilize_troops',
  'mobilize_police',
  'mobilize_weapons',
  'mobilize_militia',
  'request_assist',
  'request_meet',
  'request_yield',
  'request_change',
  'vow_of_force',
] as const satisfies readonly (keyof Cues)[];

const FLAGS = new Set<string>(['weak', 'casualty', 'nominal-only', 'police-coerce']);

/** The repository's data/events directory (same depth from src/ and from dist/). */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../../data/events/', import.meta.url));

/**
 * Parses triggers.tsv text.
 *
 * @param text
 *   The file content.
 * @param name
 *   File name, for errors and `why`.
 */
export function parseTriggers(text: string, name = 'triggers.tsv'): TriggerEntry[] {
  const entries: TriggerEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const where = `${name}:${n + 1}`;
    if (cols.length !== 8) {
      throw new LexiconError(
        `${where}: expected 8 TAB-separated columns (phrase pos type mode context cameo acled flags), found ${cols.length}; fix the line as the file header describes`,
      );
    }
    const [phrase, pos, type, mode, context, cameo, acled, flags] = cols.map((c) => c.trim()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (pos !== 'V' && pos !== 'N' && pos !== '*') {
      throw new LexiconError(`${where}: expected pos V, N or *, found ${JSON.stringify(pos)}`);
    }
    if (type !== '-' && !(PLOVER_TYPES as readonly string[]).includes(type)) {
      throw new LexiconError(
        `${where}: expected a PLOVER type (${PLOVER_TYPES.join(', ')}), found ${JSON.stringify(type)}`,
      );
    }
    if (acled !== '-' && !(acled in ACLED_CODES)) {
      throw new LexiconError(
        `${where}: expected an ACLED code (${Object.keys(ACLED_CODES).join(', ')}) or -, found ${JSON.stringify(acled)}`,
      );
    }
    const flagList = flags === '-' ? [] : flags.split(',').map((f) => f.trim());
    for (const f of flagList) {
      if (!FLAGS.has(f))
        throw new LexiconError(
          `${where}: unknown flag ${JSON.stringify(f)}; known: ${[...FLAGS].join(', ')}`,
        );
    }
    const words = phrase.toLowerCase().split(/\s+/);
    if (words[0] === '...' || words.at(-1) === '...') {
      throw new LexiconError(
        `${where}: a phrase may not start or end with the gap "...": ${JSON.stringify(phrase)}`,
      );
    }
    entries.push({
      phrase,
      words,
      pos,
      type: type === '-' ? null : (type as PloverType),
      mode: mode === '-' ? null : mode,
      context: context === '-' ? [] : context.split(',').map((c) => c.trim()),
      cameo: cameo === '-' ? null : cameo,
      acled: acled === '-' ? null : (acled as AcledCode),
      flags: flagList as TriggerFlag[],
      source: where,
    });
  }
  return entries;
}

/**
 * Parses cues.yaml text.
 *
 * @param text
 *   The file content.
 * @param name
 *   File name, for errors.
 */
export function parseCues(text: string, name = 'cues.yaml'): Cues {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (cause) {
    throw new LexiconError(`${name}: expected YAML lists of phrases, but it does not parse; fix the syntax`, {
      cause,
    });
  }
  if (!data || typeof data !== 'object')
    throw new LexiconError(`${name}: expected a YAML mapping of lists, found ${typeof data}`);
  const record = data as Record<string, unknown>;
  const cues = {} as Cues;
  for (const key of CUE_KEYS) {
    const list = record[key];
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
      throw new LexiconError(
        `${name}: expected "${key}" to be a list of strings; add it as the file header describes`,
      );
    }
    cues[key] = (list as string[]).map((p) => p.toLowerCase().trim().split(/\s+/));
  }
  return cues;
}

/**
 * Builds the lexicon from parsed entries and cues.
 *
 * @param entries
 *   Trigger entries.
 * @param cues
 *   Cue lists.
 */
export function buildLexicon(entries: TriggerEntry[], cues: Cues): Lexicon {
  const byFirst = new Map<string, TriggerEntry[]>();
  for (const entry of entries) {
    const key = entry.words[0]!;
    const list = byFirst.get(key);
    if (list) list.push(entry);
    else byFirst.set(key, [entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries, byFirst, cues };
}

/**
 * Loads the trigger lexicon and cues from a directory holding triggers.tsv and cues.yaml.
 *
 * @param dir
 *   The directory; defaults to the repository's data/events.
 * @example
 *   const lexicon = loadLexicon();
 *   lexicon.byFirst.get('shell')?.[0]?.type; // 'ASSAULT'
 */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const read = (file: string) => {
    const path = `${dir.replace(/\/$/, '')}/${file}`;
    try {
      return readFileSync(path, 'utf8');
    } catch (cause) {
      throw new LexiconError(
        `could not read the event lexicon file ${path}; expected data/events/${file} in the sitrep checkout, or pass loadLexicon(dir)`,
        { cause },
      );
    }
  };
  const lexicon = buildLexicon(parseTriggers(read('triggers.tsv')), parseCues(read('cues.yaml')));
  lexicon.countries = loadCountries(`${dir.replace(/\/$/, '')}/../actors/countries.tsv`);
  return lexicon;
}

/**
 * Reads the iso3, iso2 and name columns of the actor dictionary's countries.tsv (TSV, # comments,
 * a header line naming the columns). A missing file gives an empty map: places then stand for no one.
 */
export function loadCountries(path: string): Map<string, { iso3: string; name: string }> {
  const out = new Map<string, { iso3: string; name: string }>();
  if (!existsSync(path)) return out;
  let header: string[] | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!header) {
      header = cols.map((c) => c.trim());
      if (!header.includes('iso3') || !header.includes('iso2') || !header.includes('name'))
        throw new LexiconError(
          `${path}: expected a header with iso3, iso2 and name columns, found ${JSON.stringify(line)}; fix the file as its header describes`,
        );
      continue;
    }
    const at = (name: string) => cols[header!.indexOf(name)]?.trim() ?? '';
    if (at('iso2') && at('iso3')) out.set(at('iso2'), { iso3: at('iso3'), name: at('name') });
  }
  return out;
}
