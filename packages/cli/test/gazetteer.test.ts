// The CSV places are fictional; "Maarat al-Numan" is a real town's name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-gaz-'));

describe('sitrep gazetteer', () => {
  it('lookup lists candidates with scores, best first', async () => {
    const run = await runCli(['gazetteer', 'lookup', 'Marat an Noman']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/candidate\(s\) for "Marat an Noman"/);
    expect(lines[1]).toMatch(/^\d\.\d\d +\d+% {2}Ma‘arrat an Nu‘mān \[city\] SY, Idlib/);
  });

  it('import refuses a bad file with its line number and exit code 1, then imports a good one', async () => {
    const db = join(dir, 'team.db');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,name,lat,lon\nok,Fictional Ok,35,36\nx,Fictional Far,123,36\n');
    const refused = await runCli(['gazetteer', 'import', bad, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${bad} line 3: lat "123" is not a number in -90..90`);
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'id,name,lat,lon,country\npost-3,Fictional Post Three,35.1,36.2,SY\n');
    const imported = await runCli(['gazetteer', 'import', good, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 1 places (user)');
    const lookup = await runCli(['gazetteer', 'lookup', 'Fictional Post Three', '--gazetteer', db, '--json']);
    const ranked = JSON.parse(lookup.stdout) as { place: { id: string } }[];
    expect(ranked[0]?.place.id).toBe('user:post-3');
  });

  it('extract --gazetteer uses a user index, and a missing one is a usage error', async () => {
    const db = join(dir, 'crossings.db');
    const csv = join(dir, 'crossings.csv');
    writeFileSync(csv, 'id,name,lat,lon,country,feature\nxq-1,Qasr Fictionalia,36.21,37.11,SY,crossing\n');
    expect((await runCli(['gazetteer', 'import', csv, '--db', db])).code).toBe(0);
    const text = join(dir, 'report.txt');
    writeFileSync(text, 'Fictional: aid trucks waited at Qasr Fictionalia on Monday.\n');
    const run = await runCli(['extract', text, '--gazetteer', db, '--published', '2024-05-06']);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as {
      mentions: { places: { text: string; gazetteer: string }[] };
    }[];
    expect(result!.mentions.places.find((p) => p.text === 'Qasr Fictionalia')?.gazetteer).toBe('user:xq-1');
    const missing = await runCli(['extract', text, '--gazetteer', join(dir, 'nope.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.db: no such file');
  });
});
