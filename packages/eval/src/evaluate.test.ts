import { placeMentionSchema, timeMentionSchema } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, prf } from './evaluate';
import { formatReport } from './format';
import { parseGold } from './gold';
import { actor, event } from './test-helpers';

// Fictional passages and predictions written for these tests.
const gold = parseGold(
  [
    // p1: an airstrike and a clash; the system gets the strike right and the clash's date wrong.
    '{"id":"p1","text":"Fictional: army jets struck JNIM near Gao on Monday; later the army and CSP clashed in Kidal.","published":"2026-01-07","tags":["sahel"],"events":[' +
      '{"type":"ASSAULT","actor":["mli.mil"],"recipient":["jnim"],"date":{"start":"2026-01-05","end":"2026-01-05"},"location":{"name":"Gao","lat":16.27,"lon":-0.04},"trigger":"struck"},' +
      '{"type":"ASSAULT","mutual":true,"actor":["mli.mil","csp"],"date":{"start":"2026-01-05","end":"2026-01-05"},"trigger":"clashed"}]}',
    // p2: talks the system misses; it adds an accusation nobody made.
    '{"id":"p2","text":"Fictional: envoys of Qatar and Egypt met in Doha.","published":"2026-01-07","tags":["middle-east"],"events":[' +
      '{"type":"CONSULT","mutual":true,"actor":["qat.gov","egy.gov"],"trigger":"met"}]}',
    // p3: a denial; the system codes the strike as having happened.
    '{"id":"p3","text":"Fictional: the ministry denied that its forces shelled Kupiansk.","published":"2026-01-07","tags":["negation"],"events":[' +
      '{"type":"ASSAULT","actor":["rus.mil"],"modality":"negated","trigger":"shelled"}]}',
    // p4: rhetoric only; the system stays silent.
    '{"id":"p4","text":"Fictional: the columnist called the opposition weak.","published":"2026-01-07","tags":["rhetoric"],"events":[]}',
    // p5: a reported arrest coded with the wrong recipient.
    '{"id":"p5","text":"Fictional: police detained two journalists in Lahore, a union said.","published":"2026-01-07","events":[' +
      '{"type":"COERCE","mode":"arrest","actor":["pak.cop"],"recipient":["journalists"],"modality":"reported","trigger":"detained"}]}',
  ].join('\n'),
  'fictional.jsonl',
);

const mliMil = actor('mli.mil', 'MLI', 'MIL');
const predicted = {
  p1: [
    event({
      id: 'e1',
      type: 'ASSAULT',
      actor: [mliMil],
      recipient: [actor('jnim', 'MLI', 'REB')],
      date: { start: '2026-01-05', end: '2026-01-05', precision: 'day' },
      location: { name: 'Gao', lat: 16.2717, lon: -0.0447, precision: 1 },
      trigger: { span: [0, 6], text: 'struck' },
      confidence: 0.9,
    }),
    event({
      id: 'e2',
      type: 'ASSAULT',
      actor: [actor('csp', 'MLI', 'REB')],
      recipient: [mliMil],
      date: { start: '2026-01-06', end: '2026-01-06', precision: 'day' },
      trigger: { span: [0, 7], text: 'clashed' },
      confidence: 0.7,
    }),
  ],
  p2: [event({ id: 'e1', type: 'ACCUSE', actor: [actor('qat.gov', 'QAT', 'GOV')], confidence: 0.3 })],
  p3: [
    event({
      id: 'e1',
      type: 'ASSAULT',
      actor: [actor('rus.mil', 'RUS', 'MIL')],
      trigger: { span: [0, 7], text: 'shelled' },
      confidence: 0.5,
    }),
  ],
  p4: [],
  p5: [
    event({
      id: 'e1',
      type: 'COERCE',
      mode: 'arrest',
      modality: 'reported',
      actor: [actor('pak.cop', 'PAK', 'COP')],
      recipient: [actor('students', null, 'EDU')],
      confidence: 0.8,
    }),
  ],
} as const;

const runs = gold.map((g) => ({ gold: g, predicted: predicted[g.id as keyof typeof predicted] }));

describe('evaluateEvents (factual scope)', () => {
  const report = evaluateEvents(runs);

  it('counts gold and predicted events in scope only', () => {
    expect(report.goldEvents).toBe(4); // the negated strike is out of scope
    expect(report.predictedEvents).toBe(5);
  });

  it('scores each level with its own matching', () => {
    // type: strike, clash, arrest match; talks missed; accusation and "shelled" spurious.
    expect(report.levels.type.overall).toEqual(prf(3, 2, 1));
    // dyad: the clash matches either way round; the arrest's recipient is wrong.
    expect(report.levels.dyad.overall).toEqual(prf(2, 3, 2));
    // every field: the clash's date is a day off, so only the strike is fully right.
    expect(report.levels.full.overall).toEqual(prf(1, 4, 3));
    expect(report.levels.type.byType.ASSAULT).toEqual(prf(2, 1, 0));
    expect(report.levels.type.byType.CONSULT).toEqual(prf(0, 0, 1));
    expect(report.levels.type.byType.ACCUSE).toEqual(prf(0, 1, 0));
    expect(report.levels.dyad.byType.COERCE).toEqual(prf(0, 1, 1));
  });

  it('flags a denied strike coded as having happened', () => {
    expect(report.nonFactualAsFactual).toBe(1);
    const p3 = report.diffs.find((d) => d.id === 'p3')!;
    expect(p3.events).toHaveLength(1);
    expect(p3.events[0]).toMatchObject({ status: 'spurious', gold: { modality: 'negated' } });
    expect(p3.events[0]!.note).toMatch(/negated/);
  });

  it('writes a diff naming the differing fields', () => {
    const p1 = report.diffs.find((d) => d.id === 'p1')!;
    expect(p1.events.map((e) => e.status)).toEqual(['matched', 'partial']);
    expect(p1.events[1]!.fields).toEqual([
      { field: 'date', ok: false, expected: '2026-01-05', found: '2026-01-06' },
    ]);
    const p5 = report.diffs.find((d) => d.id === 'p5')!;
    expect(p5.events[0]!.fields.map((f) => [f.field, f.found])).toEqual([['recipient', 'students']]);
    expect(report.diffs.find((d) => d.id === 'p2')!.events.map((e) => e.status)).toEqual([
      'missed',
      'spurious',
    ]);
    expect(report.diffs.find((d) => d.id === 'p4')!.errors).toBe(0);
  });

  it('reports field accuracy, modality, empty passages, tags and reliability', () => {
    expect(report.fields.date).toEqual({ checked: 2, correct: 1, accuracy: 0.5 });
    expect(report.fields.location).toEqual({ checked: 1, correct: 1, accuracy: 1 });
    expect(report.fields.recipient).toEqual({ checked: 2, correct: 1, accuracy: 0.5 });
    expect(report.modality).toEqual({ asserted: { asserted: 2 }, reported: { reported: 1 } });
    // The strike in Gao is 0.8 km from the gold point; the clash is a day late (overlap fails).
    expect(report.eventLocations).toMatchObject({ n: 1, resolved: 1, accuracy: 1 });
    expect(report.eventLocations.medianKm).toBeLessThan(2);
    expect(report.eventDates).toMatchObject({ n: 2, exact: 1, overlap: 1 });
    // p3 and p4 have no factual gold event; p3 got one anyway.
    expect(report.emptyPassages).toEqual({ total: 2, withFalseAlarms: 1 });
    expect(report.byTag.negation).toEqual(prf(0, 1, 0));
    expect(report.byTag.sahel).toEqual(prf(2, 0, 0));
    const high = report.reliability[4]!;
    expect([high.n, high.correct]).toEqual([2, 2]); // 0.9 and 0.8 (the 0.8-1.0 bin)
    const low = report.reliability[1]!;
    expect([low.n, low.correct]).toEqual([1, 0]); // the 0.3 accusation
  });

  it('formats a readable text report', () => {
    const text = formatReport(report, { title: 'fictional.jsonl' });
    expect(text).toContain('fictional.jsonl: 5 passages, 4 gold events, 5 predicted');
    expect(text).toMatch(/type\s+0\.600\s+0\.750\s+0\.667\s+3\s+2\s+1/);
    expect(text).toContain('date: expected 2026-01-05, found 2026-01-06');
    expect(text).toContain('non-factual events coded as having happened: 1');
    expect(text).not.toContain('p4 (');
    expect(formatReport(report, { diff: 'all' })).toContain('p4 (fictional.jsonl:4)');
  });
});

describe('evaluateEvents with gold places and times', () => {
  it('scores found, resolved and dated mentions', () => {
    // Fictional passage written for this test.
    const [passage] = parseGold(
      '{"id":"m","text":"Fictional: shelling hit Gao and Kidal on Monday.","published":"2026-01-07","events":[],' +
        '"places":[{"text":"Gao","lat":16.27,"lon":-0.04},{"text":"Kidal","lat":18.44,"lon":1.41}],' +
        '"times":[{"text":"on Monday","start":"2026-01-05","end":"2026-01-05"}]}',
      'm.jsonl',
    );
    const place = placeMentionSchema.parse({
      id: 'p1',
      span: [24, 27],
      text: 'Gao',
      name: 'Gao',
      lat: 16.2717,
      lon: -0.0447,
      country: 'ML',
    });
    const time = timeMentionSchema.parse({
      id: 't1',
      span: [38, 47],
      text: 'on Monday',
      kind: 'date',
      start: '2026-01-05',
      end: '2026-01-05',
      precision: 'day',
    });
    const report = evaluateEvents([
      { gold: passage!, predicted: [], mentions: { places: [place], times: [time] } },
    ]);
    expect(report.mentions.places).toMatchObject({ n: 2, found: 1, resolved: 1, accuracy: 0.5 });
    expect(report.mentions.times).toMatchObject({ n: 1, found: 1, exact: 1 });
    expect(formatReport(report)).toContain('places: 1/2 found, 0.500 within 161 km');
    // Without mentions in the runs, nothing is claimed about them.
    expect(evaluateEvents([{ gold: passage!, predicted: [] }]).mentions).toEqual({
      places: null,
      times: null,
    });
  });
});

describe('evaluateEvents (all modalities)', () => {
  it('scores negated events too, and a factual prediction does not match a negated gold event', () => {
    const report = evaluateEvents(runs, { scope: 'all' });
    expect(report.goldEvents).toBe(5);
    expect(report.levels.type.overall).toEqual(prf(3, 2, 2));
    const negated = evaluateEvents(
      [
        {
          gold: gold[2]!,
          predicted: [event({ type: 'ASSAULT', modality: 'negated', actor: [actor('rus.mil')] })],
        },
      ],
      { scope: 'all' },
    );
    expect(negated.levels.full.overall).toEqual(prf(1, 0, 0));
  });
});
