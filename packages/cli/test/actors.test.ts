// `sitrep actors check` and `sitrep extract --actors` on fictional dictionaries and texts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocumentResult } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-actors-'));
const header = 'id\tname\taliases\tcountry\tsector\tregion\tfrom\tto';

describe('sitrep actors', () => {
  it('check reports each problem with its line and exits 1', async () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(
      file,
      `# Fictional dictionary\n${header}\nfict.a\tFictional A\tHTS\tSYR\tREB\t\t\t\nfict.a\tFictional A2\t\tSYQ\tREB\t\t2025-02-31\t\n`,
    );
    const run = await runCli(['actors', 'check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:4: error: duplicate id "fict.a" (also at line 3) with overlapping dates`,
    );
    expect(run.stdout).toContain(
      `${file}:4: error: country "SYQ" is not an ISO alpha-3 code of a known state`,
    );
    expect(run.stdout).toContain(`${file}:4: error: from "2025-02-31" is not a valid date YYYY-MM-DD`);
    expect(run.stdout).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: warning: alias "HTS" also names hts`),
    );
    expect(run.stderr).toContain('1 file(s) checked: 3 error(s), 1 warning(s)');
  });

  it('check passes a good file with exit 0', async () => {
    const file = join(dir, 'good.tsv');
    writeFileSync(
      file,
      `${header}\nfict.river\tFictional River Brigade\tRiver Brigade\tSYR\tREB\tmiddle-east\t\t\n`,
    );
    const run = await runCli(['actors', 'check', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 file(s) checked: 0 error(s), 0 warning(s)');
  });

  it('extract --actors uses a user dictionary and fills mentions.actors', async () => {
    const dict = join(dir, 'team.tsv');
    writeFileSync(
      dict,
      `${header}\nfict.river\tFictional River Brigade\tRiver Brigade\tSYR\tREB\tmiddle-east\t\t\n`,
    );
    const text = 'Fictional: the River Brigade and Turkish troops clashed near Afrin.';
    const input = join(dir, 'doc.txt');
    writeFileSync(input, text);
    const run = await runCli(['extract', input, '--actors', dict, '--published', '2025-03-01']);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as unknown[];
    const parsed = parseDocumentResult(result, text);
    expect(parsed.mentions.actors.map((m) => [m.text, m.actor.id])).toEqual([
      ['River Brigade', 'fict.river'],
      ['Turkish troops', 'tur.mil'],
    ]);
  });

  it('lookup shows the coding and the rules used', async () => {
    const run = await runCli([
      'actors',
      'lookup',
      'Fictional: Kyiv rejected the plan.',
      '--published',
      '2025-03-01',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Kyiv" -> ukr.gov  Government of Ukraine [UKR GOV]  metonym:capital:UKR');
  });
});
