import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, readGold } from './gold';

// Fictional passages written for these tests.
const good = [
  '# Fictional gold for the reader tests.',
  '{"id":"p1","text":"Fictional: rebels shelled Gao on Monday.","published":"2026-01-07","tags":["sahel"],"events":[{"type":"ASSAULT","actor":["rebels"],"recipient":[],"date":{"start":"2026-01-05","end":"2026-01-05"},"location":{"name":"Gao","lat":16.27,"lon":-0.04},"trigger":"shelled"}]}',
  '',
  '{"id":"p2","text":"Fictional: nothing happened in Kidal.","published":null,"events":[]}',
].join('\n');

const problemsOf = (content: string): string[] => {
  try {
    parseGold(content, 'gold.jsonl');
  } catch (error) {
    if (error instanceof GoldError) return error.problems;
    throw error;
  }
  throw new Error('expected a GoldError');
};

describe('parseGold', () => {
  it('reads passages, skipping comments and blank lines, with defaults filled in', () => {
    const passages = parseGold(good, 'gold.jsonl');
    expect(passages.map((p) => [p.id, p.line])).toEqual([
      ['p1', 2],
      ['p2', 4],
    ]);
    const [event] = passages[0]!.events;
    expect(event).toMatchObject({ type: 'ASSAULT', modality: 'asserted', mutual: false, trigger: 'shelled' });
    expect(event!.actor!.map((s) => s.raw)).toEqual(['rebels']);
    expect(event!.recipient).toEqual([]);
    expect(event!.location).toEqual({ name: 'Gao', lat: 16.27, lon: -0.04, toleranceKm: 25 });
    expect(passages[1]!.events).toEqual([]);
    expect(passages[1]!.published).toBeNull();
  });

  it('leaves fields the gold does not give as null, meaning "not checked"', () => {
    const [p] = parseGold('{"id":"a","text":"Fictional: talks.","events":[{"type":"CONSULT"}]}', 'g');
    expect(p!.events[0]).toMatchObject({
      actor: null,
      recipient: null,
      date: null,
      location: null,
      mode: null,
    });
  });

  it('reports every problem with file and line', () => {
    const problems = problemsOf(
      [
        '{"id":"a","text":"Fictional: x.","events":[{"type":"ATTACK"}]}',
        'not json',
        '{"id":"a","text":"Fictional: y.","events":[]}',
        '{"id":"b","text":"Fictional: z.","events":[{"type":"ASSAULT","recipent":["x"]}]}',
        '{"id":"c","text":"Fictional: q struck.","events":[{"type":"ASSAULT","trigger":"shelled","date":{"start":"2026-02-02","end":"2026-02-01"}}]}',
        '{"id":"d","text":"Fictional.","published":"2026-02-30","events":{}}',
      ].join('\n'),
    );
    expect(problems.some((p) => p.startsWith('gold.jsonl:1: events[0].type: expected a PLOVER type'))).toBe(
      true,
    );
    expect(problems.some((p) => p.startsWith('gold.jsonl:2: not valid JSON'))).toBe(true);
    expect(problems).toContain('gold.jsonl:3: id "a" is also used on line 1; ids must be unique');
    expect(problems.some((p) => p.startsWith('gold.jsonl:4: events[0]: unknown field "recipent"'))).toBe(
      true,
    );
    expect(
      problems.some((p) => p.includes('gold.jsonl:5: events[0].trigger: "shelled" does not occur')),
    ).toBe(true);
    expect(
      problems.some((p) => p.includes('gold.jsonl:5: events[0].date: end 2026-02-01 is before start')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('gold.jsonl:6: "published" must be a real date'))).toBe(true);
    expect(problems.some((p) => p.startsWith('gold.jsonl:6: "events" must be an array'))).toBe(true);
    expect(problemsOf('{"id":"x","events":[]}')).toEqual([
      'gold.jsonl:1: "text" must be a non-empty string, found nothing (the field is missing)',
    ]);
  });

  it('rejects a mutual event that also lists a recipient, and bad actor specs', () => {
    const problems = problemsOf(
      '{"id":"a","text":"Fictional: clashes.","events":[{"type":"ASSAULT","mutual":true,"actor":["x","country:SY"],"recipient":["y"]}]}',
    );
    expect(problems.some((p) => p.includes('remove "recipient"'))).toBe(true);
    expect(problems.some((p) => p.includes('actor[1]: "country:" needs an ISO 3166-1 alpha-3 code'))).toBe(
      true,
    );
  });

  it('says so when a file holds no passage', () => {
    expect(problemsOf('# only a comment\n')).toEqual([
      'gold.jsonl: no passages found; expected one JSON object per line',
    ]);
  });
});

describe('readGold', () => {
  it('reads a file and names it in errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    const path = join(dir, 'g.jsonl');
    writeFileSync(path, good);
    expect((await readGold(path)).length).toBe(2);
    await expect(readGold(join(dir, 'missing.jsonl'))).rejects.toThrow(
      /missing\.jsonl: cannot read the file/,
    );
  });
});

describe('gold places and times', () => {
  it('reads mention spans from the text, the n-th occurrence when asked', () => {
    const [p] = parseGold(
      '{"id":"m","text":"Fictional: Gao and Gao again on Monday.","events":[],"places":[{"text":"Gao","occurrence":2,"lat":16.27,"lon":-0.04}],"times":[{"text":"on Monday","start":"2026-01-05","end":"2026-01-05"}]}',
      'g',
    );
    expect(p!.places).toEqual([{ text: 'Gao', span: [19, 22], lat: 16.27, lon: -0.04 }]);
    expect(p!.times).toEqual([{ text: 'on Monday', span: [29, 38], start: '2026-01-05', end: '2026-01-05' }]);
  });

  it('reports mentions missing from the text and bad coordinates or dates', () => {
    const problems = problemsOf(
      '{"id":"m","text":"Fictional: Gao.","events":[],"places":[{"text":"Kidal","lat":18.4,"lon":1.4},{"text":"Gao","lat":"north"}],"times":[{"text":"Gao","start":"2026-13-01"}]}',
    );
    expect(problems).toEqual([
      'gold.jsonl:1: places[0].text: "Kidal" does not occur in the passage text; copy it exactly',
      'gold.jsonl:1: places[1]: expected "lat" (-90..90) and "lon" (-180..180) as numbers, found "north", nothing (the field is missing)',
      'gold.jsonl:1: times[0]: expected "start" and "end" as YYYY-MM-DD, found "2026-13-01", nothing (the field is missing)',
    ]);
  });
});
