import { describe, expect, it } from 'vitest';
import { parseDocumentResult } from './contract';
import { acledTimePrecision, CSV_COLUMNS, csvHeader, eventRows, toCsvLine, toGeoJsonFeature } from './export';

// Fictional text, written for this test.
const text = 'Fictional: "=Rebels", sources said, shelled Idlib, killing 3 on 14 March 2023.';

function sample() {
  const ref = (id: string, name: string) => ({ id, name, country: 'SYR', sector: 'REB' });
  const evidence = { span: [0, text.length] as [number, number], text };
  return parseDocumentResult({
    schema: 'sitrep.document/1',
    document: {
      id: 'doc-1',
      source: 'reports/idlib.txt',
      title: null,
      published: '2023-03-16',
      sha256: 'a'.repeat(64),
      chars: text.length,
      text,
    },
    mentions: { times: [], places: [], actors: [] },
    events: [
      {
        id: 'e1',
        type: 'ASSAULT',
        mode: 'aerial',
        modality: 'reported',
        actor: [ref('rebels', '=Rebels'), ref('x', 'Other, "quoted"')],
        recipient: [],
        date: { start: '2023-03-14', end: '2023-03-14', precision: 'day' },
        location: { name: 'Idlib', lat: 35.93, lon: -36.63, country: 'SY', admin1: 'Idlib', precision: 1 },
        fatalities: 3,
        trigger: { span: [36, 43], text: 'shelled' },
        evidence,
        confidence: 0.8,
        acled: {
          event_type: 'Explosions/Remote violence',
          sub_event_type: 'Shelling/artillery/missile attack',
        },
      },
      {
        id: 'e2',
        type: 'ACCUSE',
        modality: 'asserted',
        actor: [],
        recipient: [],
        date: null,
        location: null,
        trigger: { span: [36, 43], text: 'shelled' },
        evidence,
        confidence: 0.4,
      },
    ],
    messages: [],
  });
}

describe('eventRows', () => {
  it('flattens each event into the ACLED-like columns', () => {
    const rows = eventRows(sample());
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(Object.keys(first!)).toEqual([...CSV_COLUMNS]);
    expect(first).toMatchObject({
      event_date: '2023-03-14',
      time_precision: 1,
      event_type: 'Explosions/Remote violence',
      actor1: '=Rebels; Other, "quoted"',
      actor2: null,
      country: 'SY',
      latitude: 35.93,
      longitude: -36.63,
      geo_precision: 1,
      source: 'reports/idlib.txt',
      fatalities: 3,
      plover_type: 'ASSAULT',
      mode: 'aerial',
      modality: 'reported',
      evidence: `0-${text.length}`,
      document_id: 'doc-1',
      event_id: 'e1',
    });
    expect(second).toMatchObject({ event_date: null, time_precision: null, location: null, mode: null });
  });
});

describe('acledTimePrecision', () => {
  it('maps precisions and multi-day ranges to ACLED codes', () => {
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-01-01', precision: 'day' })).toBe(1);
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-01-07', precision: 'day' })).toBe(2);
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-01-08', precision: 'day' })).toBe(3);
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-01-07', precision: 'week' })).toBe(2);
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-01-31', precision: 'month' })).toBe(3);
    expect(acledTimePrecision({ start: '2024-01-01', end: '2024-12-31', precision: 'year' })).toBe(3);
    expect(acledTimePrecision(null)).toBeNull();
  });
});

describe('toCsvLine', () => {
  it('quotes per RFC 4180 and guards formula cells but not numbers', () => {
    expect(
      toCsvLine(['a,b', 'say "hi"', 'two\nlines', null, -3.5, '=SUM(A1)', '+1', '@x', '-x', 'plain']),
    ).toBe('"a,b","say ""hi""","two\nlines",,-3.5,\'=SUM(A1),\'+1,\'@x,\'-x,plain\r\n');
  });

  it('writes a header and rows that a CSV parser reads back', () => {
    const rows = eventRows(sample());
    const csv = csvHeader() + rows.map((r) => toCsvLine(CSV_COLUMNS.map((c) => r[c]))).join('');
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(3);
    const actor1 = CSV_COLUMNS.indexOf('actor1');
    expect(parsed[1]![actor1]).toBe('\'=Rebels; Other, "quoted"');
    expect(parsed[1]![CSV_COLUMNS.indexOf('longitude')]).toBe('-36.63');
  });
});

describe('toGeoJsonFeature', () => {
  it('makes a point for located events only, lon before lat', () => {
    const [located, unlocated] = eventRows(sample());
    const feature = toGeoJsonFeature(located!);
    expect(feature?.geometry.coordinates).toEqual([-36.63, 35.93]);
    expect(feature?.properties.event_id).toBe('e1');
    expect(toGeoJsonFeature(unlocated!)).toBeNull();
  });
});

/** A small RFC 4180 reader, to check the writer's output round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
