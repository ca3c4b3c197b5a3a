/**
 * @module gold
 * Reads event gold files: JSON Lines, one passage a line, `#` comment lines allowed. Every problem
 * is reported with its file and line, all at once, so a user fixes a file in one pass.
 */
import { readFile } from 'node:fs/promises';
import { isIsoDate, MODALITIES, type Modality, PLOVER_TYPES, type PloverType } from '@sitrep/model';
import { type ActorSpec, parseActorSpec } from './actors';

/** Tolerance used when a gold location gives none: about a town and its outskirts. */
export const DEFAULT_TOLERANCE_KM = 25;

/** Where an event happened, as the gold gives it. */
export interface GoldLocation {
  /** The place name as written by the annotator (matched folded when coordinates are missing). */
  name: string | null;
  lat: number | null;
  lon: number | null;
  /** How far the predicted location may be from `lat`/`lon`. */
  toleranceKm: number;
}

/** One expected event. Fields left out of the gold line are not checked. */
export interface GoldEvent {
  type: PloverType;
  mode: string | null;
  /** Actor specs; `null` when the gold does not say (not checked), `[]` when there must be none. */
  actor: ActorSpec[] | null;
  recipient: ActorSpec[] | null;
  /** Two-sided events (talks between X and Y, clashes): `actor` lists every side, roles are not checked. */
  mutual: boolean;
  date: { start: string; end: string } | null;
  location: GoldLocation | null;
  modality: Modality;
  trigger: string | null;
  fatalities: number | null;
  /** 1-based line of the passage in its file. */
  line: number;
}

/** A place mention the geo stage should find and resolve (optional, for scoring places). */
export interface GoldPlace {
  text: string;
  /** Where `text` occurs in the passage (its `occurrence`-th appearance, the first by default). */
  span: [number, number];
  lat: number;
  lon: number;
}

/** A time expression the time stage should resolve (optional, for scoring times). */
export interface GoldTime {
  text: string;
  span: [number, number];
  start: string;
  end: string;
}

/** One gold passage. */
export interface GoldPassage {
  id: string;
  text: string;
  published: string | null;
  title: string | null;
  tags: string[];
  note: string | null;
  events: GoldEvent[];
  /** Place mentions to score the geo stage on; empty when the gold gives none. */
  places: GoldPlace[];
  /** Time expressions to score the time stage on; empty when the gold gives none. */
  times: GoldTime[];
  /** The file it came from, as given to the reader. */
  source: string;
  /** 1-based line in that file. */
  line: number;
}

/** Thrown when a gold file is not valid; `problems` holds every `file:line: message`. */
export class GoldError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[], options?: { cause?: unknown }) {
    super(
      `${source} is not a valid gold file (${problems.length} problem${problems.length === 1 ? '' : 's'}; format: packages/eval/README.md):\n${problems
        .slice(0, 20)
        .join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}`,
      options,
    );
    this.name = 'GoldError';
    this.problems = problems;
  }
}

const PASSAGE_KEYS = new Set([
  'id',
  'text',
  'published',
  'title',
  'tags',
  'note',
  'fictional',
  'events',
  'places',
  'times',
]);
const MENTION_KEYS = new Set(['text', 'occurrence', 'lat', 'lon', 'start', 'end']);
const EVENT_KEYS = new Set([
  'type',
  'mode',
  'actor',
  'recipient',
  'mutual',
  'date',
  'location',
  'modality',
  'trigger',
  'fatalities',
  'note',
]);
const LOCATION_KEYS = new Set(['name', 'lat', 'lon', 'tolerance_km']);

type Problems = string[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing (the field is missing)';
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

function unknownKeys(
  record: Record<string, unknown>,
  allowed: Set<string>,
  where: string,
  problems: Problems,
) {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) {
      problems.push(`${where}: unknown field "${key}" (expected one of ${[...allowed].join(', ')})`);
    }
  }
}

function optionalString(value: unknown, where: string, problems: Problems): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  problems.push(`${where}: expected a string, found ${show(value)}`);
  return null;
}

function actorList(value: unknown, where: string, problems: Problems): ActorSpec[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    problems.push(
      `${where}: expected an array of actor ids or names (e.g. ["syr.gov"]), found ${show(value)}`,
    );
    return null;
  }
  const specs: ActorSpec[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      problems.push(`${where}[${i}]: expected a non-empty string, found ${show(item)}`);
      return;
    }
    try {
      specs.push(parseActorSpec(item));
    } catch (error) {
      problems.push(`${where}[${i}]: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return specs;
}

function parseDate(value: unknown, where: string, problems: Problems): GoldEvent['date'] {
  if (value === undefined || value === null) return null;
  if (!isObject(value) || !isIsoDate(value.start) || !isIsoDate(value.end ?? value.start)) {
    problems.push(`${where}: expected {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, found ${show(value)}`);
    return null;
  }
  const start = value.start as string;
  const end = (value.end ?? value.start) as string;
  if (end < start) {
    problems.push(`${where}: end ${end} is before start ${start}; swap them`);
    return null;
  }
  return { start, end };
}

function parseLocation(value: unknown, where: string, problems: Problems): GoldLocation | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    problems.push(`${where}: expected {"name", "lat", "lon", "tolerance_km"}, found ${show(value)}`);
    return null;
  }
  unknownKeys(value, LOCATION_KEYS, where, problems);
  const name = optionalString(value.name, `${where}.name`, problems);
  const { lat, lon } = value;
  const hasLat = lat !== undefined && lat !== null;
  const hasLon = lon !== undefined && lon !== null;
  if (hasLat !== hasLon) {
    problems.push(`${where}: give both "lat" and "lon" or neither`);
    return null;
  }
  if (hasLat && (typeof lat !== 'number' || Math.abs(lat) > 90)) {
    problems.push(`${where}.lat: expected a number between -90 and 90, found ${show(lat)}`);
    return null;
  }
  if (hasLon && (typeof lon !== 'number' || Math.abs(lon) > 180)) {
    problems.push(`${where}.lon: expected a number between -180 and 180, found ${show(lon)}`);
    return null;
  }
  if (!hasLat && !name) {
    problems.push(`${where}: give coordinates ("lat", "lon") or at least a "name"`);
    return null;
  }
  let toleranceKm = DEFAULT_TOLERANCE_KM;
  if (value.tolerance_km !== undefined) {
    if (typeof value.tolerance_km !== 'number' || !(value.tolerance_km > 0)) {
      problems.push(
        `${where}.tolerance_km: expected a positive number of kilometres, found ${show(value.tolerance_km)}`,
      );
    } else {
      toleranceKm = value.tolerance_km;
    }
  }
  return { name, lat: hasLat ? (lat as number) : null, lon: hasLon ? (lon as number) : null, toleranceKm };
}

function parseEvent(
  value: unknown,
  where: string,
  text: string,
  line: number,
  problems: Problems,
): GoldEvent | null {
  if (!isObject(value)) {
    problems.push(`${where}: expected an event object, found ${show(value)}`);
    return null;
  }
  unknownKeys(value, EVENT_KEYS, where, problems);
  const before = problems.length;
  const type = value.type;
  if (typeof type !== 'string' || !(PLOVER_TYPES as readonly string[]).includes(type)) {
    problems.push(`${where}.type: expected a PLOVER type (${PLOVER_TYPES.join(', ')}), found ${show(type)}`);
  }
  const modality = value.modality ?? 'asserted';
  if (typeof modality !== 'string' || !(MODALITIES as readonly string[]).includes(modality)) {
    problems.push(`${where}.modality: expected one of ${MODALITIES.join(', ')}, found ${show(modality)}`);
  }
  if (value.mutual !== undefined && typeof value.mutual !== 'boolean') {
    problems.push(`${where}.mutual: expected true or false, found ${show(value.mutual)}`);
  }
  const mutual = value.mutual === true;
  if (mutual && value.recipient !== undefined) {
    problems.push(`${where}: a mutual event lists every side in "actor"; remove "recipient"`);
  }
  const trigger = optionalString(value.trigger, `${where}.trigger`, problems);
  if (trigger !== null && !text.includes(trigger)) {
    problems.push(`${where}.trigger: ${show(trigger)} does not occur in the passage text; copy it exactly`);
  }
  let fatalities: number | null = null;
  if (value.fatalities !== undefined && value.fatalities !== null) {
    if (typeof value.fatalities !== 'number' || !Number.isInteger(value.fatalities) || value.fatalities < 0) {
      problems.push(`${where}.fatalities: expected a whole number ≥ 0, found ${show(value.fatalities)}`);
    } else {
      fatalities = value.fatalities;
    }
  }
  const event: GoldEvent = {
    type: type as PloverType,
    mode: optionalString(value.mode, `${where}.mode`, problems),
    actor: actorList(value.actor, `${where}.actor`, problems),
    recipient: actorList(value.recipient, `${where}.recipient`, problems),
    mutual,
    date: parseDate(value.date, `${where}.date`, problems),
    location: parseLocation(value.location, `${where}.location`, problems),
    modality: modality as Modality,
    trigger,
    fatalities,
    line,
  };
  return problems.length === before ? event : null;
}

/** Finds the `occurrence`-th appearance of a mention's text, or reports why it cannot. */
function mentionSpan(
  record: Record<string, unknown>,
  text: string,
  where: string,
  problems: Problems,
): [number, number] | null {
  unknownKeys(record, MENTION_KEYS, where, problems);
  if (typeof record.text !== 'string' || record.text === '') {
    problems.push(
      `${where}.text: expected the mention as it is written in the passage, found ${show(record.text)}`,
    );
    return null;
  }
  const occurrence = record.occurrence ?? 1;
  if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) {
    problems.push(`${where}.occurrence: expected a whole number ≥ 1, found ${show(occurrence)}`);
    return null;
  }
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(record.text, at + 1);
    if (at < 0) {
      problems.push(
        `${where}.text: ${show(record.text)} does not occur ${occurrence === 1 ? '' : `${occurrence} times `}in the passage text; copy it exactly`,
      );
      return null;
    }
  }
  return [at, at + record.text.length];
}

function parseMentions(
  value: unknown,
  kind: 'places' | 'times',
  text: string,
  where: string,
  problems: Problems,
): Array<GoldPlace | GoldTime> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where}: "${kind}" must be an array, found ${show(value)}`);
    return [];
  }
  const out: Array<GoldPlace | GoldTime> = [];
  value.forEach((item, i) => {
    const at = `${where}: ${kind}[${i}]`;
    if (!isObject(item)) {
      problems.push(`${at}: expected an object, found ${show(item)}`);
      return;
    }
    const span = mentionSpan(item, text, at, problems);
    if (kind === 'places') {
      const { lat, lon } = item;
      if (typeof lat !== 'number' || Math.abs(lat) > 90 || typeof lon !== 'number' || Math.abs(lon) > 180) {
        problems.push(
          `${at}: expected "lat" (-90..90) and "lon" (-180..180) as numbers, found ${show(lat)}, ${show(lon)}`,
        );
        return;
      }
      if (span) out.push({ text: item.text as string, span, lat, lon });
    } else {
      const { start, end } = item;
      if (!isIsoDate(start) || !isIsoDate(end ?? start)) {
        problems.push(`${at}: expected "start" and "end" as YYYY-MM-DD, found ${show(start)}, ${show(end)}`);
        return;
      }
      const last = (end ?? start) as string;
      if (last < start) {
        problems.push(`${at}: end ${last} is before start ${start}; swap them`);
        return;
      }
      if (span) out.push({ text: item.text as string, span, start, end: last });
    }
  });
  return out;
}

/**
 * Parses a gold file's text.
 *
 * @param content
 *   The file content: JSON Lines; blank lines and lines starting with `#` are skipped.
 * @param source
 *   The file name, used in every problem reported.
 * @returns
 *   The passages, in file order.
 * @throws
 *   `GoldError` listing every problem as `file:line: message`.
 * @example
 *   parseGold('{"id":"p1","text":"Fictional: rebels shelled Gao.","published":"2026-01-02","events":[{"type":"ASSAULT"}]}', 'gold.jsonl')
 *   // => [{ id: 'p1', events: [{ type: 'ASSAULT', modality: 'asserted', … }], … }]
 */
export function parseGold(content: string, source: string): GoldPassage[] {
  const problems: Problems = [];
  const passages: GoldPassage[] = [];
  const seen = new Map<string, number>();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const where = `${source}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      problems.push(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (!isObject(value)) {
      problems.push(`${where}: expected one JSON object per line, found ${show(value)}`);
      return;
    }
    const before = problems.length;
    unknownKeys(value, PASSAGE_KEYS, where, problems);
    const { id, text, published, events } = value;
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`${where}: "id" must be a non-empty string, found ${show(id)}`);
    } else if (seen.has(id)) {
      problems.push(`${where}: id ${show(id)} is also used on line ${seen.get(id)}; ids must be unique`);
    } else {
      seen.set(id, line);
    }
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}: "text" must be a non-empty string, found ${show(text)}`);
    }
    if (published !== undefined && published !== null && !isIsoDate(published)) {
      problems.push(
        `${where}: "published" must be a real date as YYYY-MM-DD or null, found ${show(published)}`,
      );
    }
    const tags = value.tags ?? [];
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
      problems.push(`${where}: "tags" must be an array of strings, found ${show(tags)}`);
    }
    if (!Array.isArray(events)) {
      problems.push(
        `${where}: "events" must be an array (use [] for a passage where nothing happened), found ${show(events)}`,
      );
      return;
    }
    const parsed: GoldEvent[] = [];
    events.forEach((event, i) => {
      const result = parseEvent(
        event,
        `${where}: events[${i}]`,
        typeof text === 'string' ? text : '',
        line,
        problems,
      );
      if (result) parsed.push(result);
    });
    const passageText = typeof text === 'string' ? text : '';
    const places = parseMentions(value.places, 'places', passageText, where, problems) as GoldPlace[];
    const times = parseMentions(value.times, 'times', passageText, where, problems) as GoldTime[];
    if (problems.length !== before) return;
    passages.push({
      id: id as string,
      text: text as string,
      published: (published as string | undefined) ?? null,
      title: optionalString(value.title, `${where}.title`, problems),
      tags: tags as string[],
      note: optionalString(value.note, `${where}.note`, problems),
      events: parsed,
      places,
      times,
      source,
      line,
    });
  });
  if (problems.length > 0) throw new GoldError(source, problems);
  if (passages.length === 0) {
    throw new GoldError(source, [`${source}: no passages found; expected one JSON object per line`]);
  }
  return passages;
}

/**
 * Reads and parses a gold file.
 *
 * @param path
 *   The file's path.
 * @throws
 *   `GoldError` when it cannot be read or is not valid.
 */
export async function readGold(path: string): Promise<GoldPassage[]> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new GoldError(
      path,
      [
        `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)}); check the path`,
      ],
      { cause: error },
    );
  }
  return parseGold(content, path);
}
