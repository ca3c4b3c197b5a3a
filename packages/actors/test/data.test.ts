// Tests of the built-in dictionary data (item 1) and of user dictionaries (item 5).
// Test texts are fictional.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInFiles,
  checkDictionaryFiles,
  DictionaryError,
  loadActorDictionary,
  resolvePerson,
} from '../src/index';
import { actorsOf, pairs } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));

describe('built-in dictionary', () => {
  it('has no errors in any table', () => {
    const problems = checkDictionaryFiles(builtInFiles());
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('covers every UN member plus Palestine, Kosovo, Taiwan and Western Sahara', () => {
    const d = loadActorDictionary();
    expect(d.countries.size).toBeGreaterThanOrEqual(197);
    for (const iso3 of ['PSE', 'XKX', 'TWN', 'ESH', 'SSD', 'TLS', 'MNE'])
      expect(d.countries.has(iso3)).toBe(true);
  });

  it('has a head of state or government in office for the G20 and the conflict countries', () => {
    const d = loadActorDictionary();
    const countries =
      'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA SYR ISR PSE LBN IRN IRQ YEM EGY QAT LBY SDN SSD ETH SOM ERI KEN COD RWA UGA BDI MLI BFA NER TCD UKR MMR AFG PAK COL HTI'.split(
        ' ',
      );
    const missing = countries.filter((iso3) => {
      const gov = `${iso3.toLowerCase()}.gov`;
      return ![...d.persons.values()].some((p) =>
        p.terms.some(
          (t) => t.actor === gov && t.from <= '2025-07-15' && (t.to === null || '2025-07-15' < t.to),
        ),
      );
    });
    expect(missing).toEqual([]);
  });

  it('states generate institutions with PLOVER sectors', () => {
    const d = loadActorDictionary();
    expect(d.ref('tur.gov', null)).toEqual({
      id: 'tur.gov',
      name: 'Government of Türkiye',
      country: 'TUR',
      sector: 'GOV',
    });
    expect(d.ref('mmr.spy', null).sector).toBe('SPY');
    expect(d.ref('syr.jrn', null).name).toBe('State media of Syria');
    expect(d.ref('civilians', null)).toEqual({
      id: 'civilians',
      name: 'Civilians',
      country: null,
      sector: 'CVL',
    });
  });
});

describe('time-aware offices', () => {
  const d = loadActorDictionary();
  const biden = d.persons.get('biden')!;

  it('codes a person as the office only while in office', () => {
    expect(resolvePerson(d, biden, '2023-05-01').ref).toEqual({
      id: 'usa.gov',
      name: 'Joe Biden, President',
      country: 'USA',
      sector: 'GOV',
    });
    const after = resolvePerson(d, biden, '2026-02-01');
    expect(after.ref.id).toBe('usa.eli');
    expect(after.ref.sector).toBe('ELI');
    expect(after.ref.name).toBe('Joe Biden, former President');
  });

  it('switches on the handover day', () => {
    const trump = d.persons.get('trump')!;
    expect(resolvePerson(d, trump, '2021-01-19').ref.id).toBe('usa.gov');
    expect(resolvePerson(d, trump, '2021-01-20').ref.id).toBe('usa.eli');
    expect(resolvePerson(d, trump, '2025-01-20').ref.id).toBe('usa.gov');
  });

  it('resolves a mention by the publication date and says so when there is none', () => {
    const old = actorsOf('Fictional: Netanyahu and Defence Minister Gallant met on Sunday.', '2023-11-01');
    expect(pairs(old.mentions)).toEqual(['Netanyahu -> isr.gov', 'Defence Minister Gallant -> isr.gov']);
    const later = actorsOf('Fictional: Gallant spoke at a rally.', '2025-06-01');
    expect(later.mentions[0]!.actor).toMatchObject({ id: 'isr.eli', sector: 'ELI' });
    const undated = actorsOf('Fictional: Gallant spoke at a rally.', null);
    expect(undated.mentions[0]!.actor.id).toBe('isr.eli');
    expect(undated.doc.messages.items.map((m) => m.code)).toContain('actor-office-undated');
  });

  it('codes "former" holders as former even while a later term is open', () => {
    const { mentions } = actorsOf('Fictional: former President Trump visited Texas.', '2019-06-01');
    expect(mentions[0]!.actor.id).toBe('usa.eli');
    expect(mentions[0]!.why).toContain('text:former');
  });
});

describe('user dictionaries', () => {
  it('add and override entries', () => {
    const file = join(dir, 'team.tsv');
    writeFileSync(
      file,
      [
        '# Fictional test dictionary',
        'id\tname\taliases\tcountry\tsector\tregion\tfrom\tto',
        'river.brigade\tRiver Brigade\tRB|Liwa al-Nahr\tSYR\tREB\tmiddle-east\t\t',
        'hts\tHTS (team name)\tHTS\tSYR\tGOV\tmiddle-east\t\t',
        '',
      ].join('\n'),
    );
    const d = loadActorDictionary([file]);
    const { mentions } = actorsOf('Fictional: Liwa el-Nahr and HTS traded fire near Idlib.', '2025-06-01', d);
    expect(pairs(mentions)).toEqual(['Liwa el-Nahr -> river.brigade', 'HTS -> hts']);
    expect(mentions[1]!.actor).toMatchObject({ name: 'HTS (team name)', sector: 'GOV' });
    // The built-in dictionary itself is unchanged.
    expect(actorsOf('Fictional: HTS said.').mentions[0]!.actor.name).toBe("Hay'at Tahrir al-Sham");
  });

  it('refuse a bad file, naming each bad line', () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(
      file,
      'id\tname\taliases\tcountry\tsector\tregion\tfrom\tto\nx.one\tX One\t\tXYZ\tREB\t\t2024-02-30\t\nx.one\tX Again\t\tSYR\tBAD\t\t\t\n',
    );
    let error: unknown;
    try {
      loadActorDictionary([file]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    const texts = (error as DictionaryError).problems.map((p) => `${p.line}: ${p.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        '2: from "2024-02-30" is not a valid date YYYY-MM-DD',
        '2: country "XYZ" is not an ISO alpha-3 code of a known state',
        expect.stringMatching(/^3: sector "BAD" is not a PLOVER sector/),
        '3: duplicate id "x.one" (also at line 2) with overlapping dates',
      ]),
    );
  });

  it('check reports overlapping aliases and malformed terms with line numbers', () => {
    const file = join(dir, 'people.tsv');
    writeFileSync(
      file,
      'id\tname\taliases\tcountry\tterms\nfict.one\tFictional One\tPutin\tRUS\tPresident@rus.gov:2020-01-01..2019-01-01\nfict.two\tFictional Two\t\tRUS\tPresident rus.gov 2020\n',
    );
    const problems = checkDictionaryFiles([file]).map((p) => `${p.level} ${p.line}: ${p.text}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error 2: term .* ends \(2019-01-01\) on or before it starts/),
        expect.stringMatching(/^error 3: term "President rus.gov 2020" is malformed/),
        expect.stringMatching(/^warning 2: alias "Putin" also names person putin/),
      ]),
    );
  });
});
