// Rules added for the dev5 gold set (recipients of non-violent acts, issue 6). Every text is
// fictional, written for these tests; real place and actor names only.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('who a request or a protest is aimed at', () => {
  it('"requested food aid from the WFP": who is asked is the recipient', () => {
    const r = extract('Fictional: Chad requested emergency food aid from the World Food Programme.', {
      actors: [
        ['Chad', 'tcd.gov', 'TCD', 'GOV'],
        ['World Food Programme', 'wfp', null, 'IGO'],
      ],
    });
    const request = r.events.find((e) => e.type === 'REQUEST');
    expect(request && ids(request.actor)).toEqual(['tcd.gov']);
    expect(request && ids(request.recipient)).toEqual(['wfp']);
  });

  it('"went on strike, demanding wages from factory owners": the protest is aimed at the owners', () => {
    const r = extract(
      'Fictional: Garment workers went on strike, demanding higher wages from factory owners.',
      {
        actors: [
          ['Garment workers', 'workers', null, 'LAB'],
          ['factory owners', 'business', null, 'BUS'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(ids(r.events[0]!.recipient)).toEqual(['business']);
  });

  it('a protest keeps no recipient when its demand names none', () => {
    const r = extract('Fictional: Garment workers went on strike, demanding higher wages.', {
      actors: [['Garment workers', 'workers', null, 'LAB']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(r.events[0]!.recipient).toEqual([]);
  });
});

describe('vocabulary the dev5 passages used', () => {
  it('"handed over vaccines to X" is aid to X, not a handover of territory', () => {
    const r = extract('Fictional: UNICEF handed over cholera vaccines to the health ministry.', {
      actors: [
        ['UNICEF', 'unicef', null, 'IGO'],
        ['health ministry', 'zmb.gov', 'ZMB', 'GOV'],
      ],
    });
    const aid = r.events.find((e) => e.type === 'AID');
    expect(r.events.map((e) => e.type)).not.toContain('RETREAT');
    expect(aid && ids(aid.recipient)).toEqual(['zmb.gov']);
  });

  it('"pressed Berlin for missiles" is a request of Berlin; "repealed" a concession', () => {
    const r = extract('Fictional: Kyiv pressed Berlin for cruise missiles. Congress repealed the law.', {
      actors: [
        ['Kyiv', 'ukr.gov', 'UKR', 'GOV'],
        ['Berlin', 'deu.gov', 'DEU', 'GOV'],
        ['Congress', 'per.leg', 'PER', 'LEG'],
      ],
    });
    const request = r.events.find((e) => e.type === 'REQUEST');
    expect(request && ids(request.recipient)).toEqual(['deu.gov']);
    expect(r.events.map((e) => e.type)).toContain('CONCEDE');
  });

  it('"disbursed $100 million" is economic aid', () => {
    const r = extract('Fictional: Japan disbursed $100 million to help refugees.', {
      actors: [
        ['Japan', 'jpn.gov', 'JPN', 'GOV'],
        ['refugees', 'refugees', null, 'REF'],
      ],
    });
    expect(r.events.find((e) => e.type === 'AID')?.trigger.text).toBe('disbursed');
  });
});

describe('aid and restrictions with their first object', () => {
  it('"gave Moldova 20 million euros": the state right after the verb receives the aid', () => {
    const r = extract('Fictional: Germany gave Moldova 20 million euros in budget support.', {
      actors: [
        ['Germany', 'deu', 'DEU', null],
        ['Moldova', 'mda', 'MDA', null],
      ],
    });
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid && ids(aid.actor)).toEqual(['deu.gov']);
    expect(aid && ids(aid.recipient)).toEqual(['mda.gov']);
  });

  it('"barred women from working" restricts the women', () => {
    const r = extract('Fictional: Taliban authorities barred women from working for aid agencies.', {
      actors: [
        ['Taliban authorities', 'afg.gov', 'AFG', 'GOV'],
        ['women', 'afg.civilians', 'AFG', 'CVL'],
      ],
    });
    const coerce = r.events.find((e) => e.type === 'COERCE');
    expect(coerce && ids(coerce.recipient)).toEqual(['afg.civilians']);
  });
});

describe('participles the tagger calls adjectives', () => {
  it('"were rounded up by coastguards": a passive arrest of the subject', () => {
    const r = extract('Fictional: Dozens of migrants were rounded up by coastguards on Sunday.', {
      actors: [
        ['migrants', 'refugees', null, 'REF'],
        ['coastguards', 'lby.cop', 'LBY', 'COP'],
      ],
    });
    const arrest = r.events.find((e) => e.type === 'COERCE');
    expect(arrest && ids(arrest.actor)).toEqual(['lby.cop']);
    expect(arrest && ids(arrest.recipient)).toEqual(['refugees']);
  });
});

describe('aid given for a purpose', () => {
  it('"disbursed $100 million to help refugees": the refugees receive it', () => {
    const r = extract('Fictional: Japan disbursed $100 million to help Sudanese refugees.', {
      actors: [
        ['Japan', 'jpn.gov', 'JPN', 'GOV'],
        ['Sudanese refugees', 'sdn.refugees', 'SDN', 'REF'],
      ],
    });
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid && ids(aid.recipient)).toEqual(['sdn.refugees']);
  });
});

describe('aid received', () => {
  it('"Ukraine received fighter jets from Denmark": Denmark gives, Ukraine receives', () => {
    const r = extract('Fictional: Ukraine received its first fighter jets from Denmark.', {
      actors: [
        ['Ukraine', 'ukr.gov', 'UKR', 'GOV'],
        ['Denmark', 'dnk.gov', 'DNK', 'GOV'],
      ],
    });
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid && ids(aid.actor)).toEqual(['dnk.gov']);
    expect(aid && ids(aid.recipient)).toEqual(['ukr.gov']);
  });
});
