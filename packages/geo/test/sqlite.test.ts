// Place rows below are written for these tests; the CSV places are fictional ("Fictional ...").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocumentResult } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  combineGazetteers,
  GazetteerImportError,
  geoStage,
  importGazetteerFile,
  loadGazetteer,
  rankCandidates,
  SqliteGazetteer,
} from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const count = (db: string) => {
  const handle = new Database(db, { readonly: true });
  const n = (handle.prepare('SELECT count(*) AS n FROM places').get() as { n: number }).n;
  handle.close();
  return n;
};

const GOOD_CSV = [
  'id,name,lat,lon,country,admin1,feature,alternate_names',
  'chk-7,Fictional Checkpoint Seven,35.61,36.70,SY,Idlib,crossing,Checkpoint 7|Hajez Sabaa',
  'camp-q,Fictional Camp Qusour,36.02,36.61,SY,Idlib,other,Qusour camp',
].join('\n');

// Three GeoNames-format rows (19 tab-separated columns), written for this test.
const GEONAMES = [
  [
    '9000001',
    'Tall Fictiyah',
    'Tall Fictiyah',
    'Tal Fictiya,Tell Fictiye',
    '36.1',
    '37.2',
    'P',
    'PPL',
    'SY',
    '',
    '09',
    '',
    '',
    '',
    '1200',
    '',
    '300',
    'Asia/Damascus',
    '2024-01-01',
  ],
  [
    '9000002',
    'Khirbat Exemplar',
    'Khirbat Exemplar',
    '',
    '35.9',
    '36.9',
    'P',
    'PPL',
    'SY',
    '',
    '12',
    '',
    '',
    '',
    '0',
    '',
    '300',
    'Asia/Damascus',
    '2024-01-01',
  ],
]
  .map((r) => r.join('\t'))
  .join('\n');

describe('gazetteer import (point 2)', () => {
  it('imports a user CSV and a GeoNames dump, and lookups find them', async () => {
    const db = join(dir, 'good.db');
    const csv = await importGazetteerFile(db, file('good.csv', GOOD_CSV));
    expect(csv).toMatchObject({ kind: 'user', rows: 2 });
    const gn = await importGazetteerFile(db, file('SY.txt', GEONAMES), {
      admin1Codes: loadGazetteer().admin1Codes,
    });
    expect(gn).toMatchObject({ kind: 'geonames', rows: 2 });
    const alt = await importGazetteerFile(
      db,
      file(
        'alternateNamesV2.txt',
        '1\t9000002\ten\tKhirbet Exemplare\t\t\t\t\t\t\n2\t9000002\tlink\thttps://example.org\t\t\t\t\t\t\n',
      ),
    );
    expect(alt).toMatchObject({ kind: 'alternate-names', rows: 1 });
    const user = new SqliteGazetteer(db);
    expect(user.size).toBe(4);
    expect(user.lookup('Hajez Sabaa')[0]?.place).toMatchObject({
      id: 'user:chk-7',
      feature: 'crossing',
      admin1: 'Idlib',
    });
    expect(user.lookup('Tell Fictiye')[0]?.place.id).toBe('geonames:9000001');
    expect(user.lookup('Khirbet Exemplare')[0]?.place).toMatchObject({
      id: 'geonames:9000002',
      admin1: 'Idlib',
    });
    // Ranked lookup over both gazetteers, as `sitrep gazetteer lookup` prints it.
    const ranked = rankCandidates('Checkpoint 7', combineGazetteers(user, loadGazetteer()));
    expect(ranked[0]?.place.id).toBe('user:chk-7');
    expect(ranked[0]?.share).toBeGreaterThan(0.5);
    user.close();
  });

  it('lets the pipeline resolve a place only the user index has', async () => {
    const db = join(dir, 'pipeline.db');
    await importGazetteerFile(db, file('team.csv', GOOD_CSV));
    const user = new SqliteGazetteer(db);
    const pipeline = createPipeline([nlpStage(), geoStage(combineGazetteers(user, loadGazetteer()))], 'test');
    const text = 'Fictional: a patrol was stopped near Checkpoint 7 north of Idlib.';
    const result = parseDocumentResult(pipeline.extract({ text }), text);
    expect(result.mentions.places.find((p) => p.text === 'Checkpoint 7')?.gazetteer).toBe('user:chk-7');
    user.close();
  });

  const bad: [string, string | Buffer, number, RegExp][] = [
    ['missing column', 'id,name,lat\nx,Fictional Town,35', 1, /lacks the column\(s\) lon/],
    ['short row', 'id,name,lat,lon\na,Fictional A,35,36\nb,Fictional B,35', 3, /expected 4 columns/],
    [
      'bad latitude',
      'id,name,lat,lon\na,Fictional A,35,36\nb,Fictional B,123,36',
      3,
      /lat "123" is not a number in -90\.\.90/,
    ],
    [
      'duplicate id',
      'id,name,lat,lon\na,Fictional A,35,36\nb,Fictional B,35,36\na,Fictional C,34,36',
      4,
      /appears twice \(first on line 2\)/,
    ],
    [
      'bad feature',
      'id,name,lat,lon,feature\na,Fictional A,35,36,castle',
      2,
      /feature "castle" is not one of/,
    ],
    [
      'latin-1 bytes',
      Buffer.concat([
        Buffer.from('id,name,lat,lon\na,Fictional A,35,36\nb,Fictional '),
        Buffer.from([0xe9]),
        Buffer.from(',35,36\n'),
      ]),
      3,
      /not valid UTF-8/,
    ],
    ['UTF-16', Buffer.from('\ufeffid,name,lat,lon\na,Fictional A,35,36\n', 'utf16le'), 1, /UTF-16/],
  ];
  for (const [what, content, line, problem] of bad) {
    it(`refuses a CSV with a ${what}, naming line ${line}, and imports nothing from it`, async () => {
      const db = join(dir, `bad-${what.replace(/\W/g, '')}.db`);
      await importGazetteerFile(db, file('base.csv', 'id,name,lat,lon\nbase,Fictional Base,30,30\n'));
      const before = count(db);
      const path = file(`${what.replace(/\W/g, '')}.csv`, content);
      const error = await importGazetteerFile(db, path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GazetteerImportError);
      expect((error as GazetteerImportError).line).toBe(line);
      expect((error as Error).message).toMatch(problem);
      expect((error as Error).message).toContain(path);
      expect(count(db)).toBe(before);
    });
  }

  it('refuses a duplicate of an id imported earlier unless --replace', async () => {
    const db = join(dir, 'dup.db');
    const path = file('dup.csv', 'id,name,lat,lon\na,Fictional A,35,36\n');
    await importGazetteerFile(db, path);
    await expect(importGazetteerFile(db, path)).rejects.toThrow(/already in the index/);
    await expect(
      importGazetteerFile(db, file('dup2.csv', 'id,name,lat,lon\na,Fictional A2,35.5,36\n'), {
        replace: true,
      }),
    ).resolves.toMatchObject({ rows: 1 });
    const user = new SqliteGazetteer(db);
    expect(user.lookup('Fictional A2')[0]?.place.lat).toBe(35.5);
    expect(user.lookup('Fictional A').filter((c) => c.how === 'exact')).toEqual([]);
    user.close();
  });
});
