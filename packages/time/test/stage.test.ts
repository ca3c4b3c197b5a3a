// Every text below is fictional and written for these tests.
import {
  acledTimePrecision,
  type DocumentResult,
  parseDocumentResult,
  type TimeMention,
} from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { timeStage } from '@sitrep/time';
import { describe, expect, test } from 'vitest';

const pipeline = createPipeline([nlpStage(), timeStage()], 'test');

/** Runs nlp + time and validates the DocumentResult against the contract and the text. */
function extract(
  text: string,
  published: string | null,
  options: { locale?: 'us' | 'intl' } = {},
): DocumentResult {
  return parseDocumentResult(pipeline.extract({ text, published }, options), text);
}

/** The time mention whose text is `phrase`. */
function time(result: DocumentResult, phrase: string): TimeMention {
  const found = result.mentions.times.find((t) => t.text === phrase);
  if (!found) {
    throw new Error(
      `expected a time mention "${phrase}", found ${JSON.stringify(result.mentions.times.map((t) => t.text))}`,
    );
  }
  return found;
}

const interval = (t: TimeMention) => [t.start, t.end, t.precision];

// Thursday.
const PUBLISHED = '2023-03-16';

describe('absolute dates', () => {
  test('written-out dates, with and without weekday and year', () => {
    const r = extract(
      'Fictional: The convoy left on Thursday 14 March 2023. A second convoy came on 12 March 2023, and a third on Mar. 10. Talks were set for March 20, 2023.',
      PUBLISHED,
    );
    expect(interval(time(r, 'Thursday 14 March 2023'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
    expect(time(r, 'Thursday 14 March 2023').kind).toBe('date');
    expect(interval(time(r, '12 March 2023'))).toEqual(['2023-03-12', '2023-03-12', 'day']);
    expect(interval(time(r, 'Mar. 10'))).toEqual(['2023-03-10', '2023-03-10', 'day']);
    expect(interval(time(r, 'March 20, 2023'))).toEqual(['2023-03-20', '2023-03-20', 'day']);
  });

  test('numeric dates: plausibility decides when it can, the locale when it must, with a message', () => {
    const text = 'Fictional: Reports dated 14/03/2023, 03/14/2023, 2023-03-14 and 04/05/2023 were filed.';
    const intl = extract(text, PUBLISHED);
    expect(interval(time(intl, '14/03/2023'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
    expect(interval(time(intl, '03/14/2023'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
    expect(interval(time(intl, '2023-03-14'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
    expect(time(intl, '04/05/2023').start).toBe('2023-05-04');
    const ambiguous = intl.messages.filter((m) => m.code === 'ambiguous-numeric-date');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]!.level).toBe('warning');
    expect(text.slice(...ambiguous[0]!.span!)).toBe('04/05/2023');

    const us = extract(text, PUBLISHED, { locale: 'us' });
    expect(time(us, '04/05/2023').start).toBe('2023-04-05');
    expect(time(us, '14/03/2023').start).toBe('2023-03-14');
    expect(us.messages.find((m) => m.code === 'ambiguous-numeric-date')?.level).toBe('info');
  });

  test('parts of months and years, weeks of months, seasons, years and decades', () => {
    const r = extract(
      'Fictional: Fighting flared in mid-October and again in early 2023, after a lull in late last year. ' +
        'Aid arrived in the first week of March. The dam was built in autumn 2019, the road in 1988, the camps in the 1990s.',
      '2023-11-20',
    );
    expect(interval(time(r, 'mid-October'))).toEqual(['2023-10-11', '2023-10-20', 'week']);
    expect(interval(time(r, 'early 2023'))).toEqual(['2023-01-01', '2023-04-30', 'season']);
    expect(interval(time(r, 'late last year'))).toEqual(['2022-09-01', '2022-12-31', 'season']);
    expect(interval(time(r, 'the first week of March'))).toEqual(['2023-03-01', '2023-03-07', 'week']);
    expect(interval(time(r, 'autumn 2019'))).toEqual(['2019-09-01', '2019-11-30', 'season']);
    expect(interval(time(r, '1988'))).toEqual(['1988-01-01', '1988-12-31', 'year']);
    expect(interval(time(r, '1990s'))).toEqual(['1990-01-01', '1999-12-31', 'year']);
  });

  test('a month without a year is the nearest one, looking back unless the text speaks of the future', () => {
    const past = extract('Fictional: The port closed in December.', '2023-02-10');
    expect(interval(time(past, 'December'))).toEqual(['2022-12-01', '2022-12-31', 'month']);
    const future = extract('Fictional: The port will reopen in November.', '2023-02-10');
    expect(time(future, 'November').start).toBe('2023-11-01');
  });
});

describe('relative dates against the publication date', () => {
  test('days, weeks and counted days', () => {
    const r = extract(
      'Fictional: Shelling hit the town yesterday. Two days ago a bridge fell, and last week the market burned. ' +
        'This morning the mayor spoke. Overnight, drones struck. Tonight a curfew starts.',
      PUBLISHED,
    );
    expect(interval(time(r, 'yesterday'))).toEqual(['2023-03-15', '2023-03-15', 'day']);
    expect(interval(time(r, 'Two days ago'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
    expect(interval(time(r, 'last week'))).toEqual(['2023-03-06', '2023-03-12', 'week']);
    expect(interval(time(r, 'This morning'))).toEqual(['2023-03-16', '2023-03-16', 'day']);
    expect(interval(time(r, 'Overnight'))).toEqual(['2023-03-15', '2023-03-16', 'day']);
    expect(interval(time(r, 'Tonight'))).toEqual(['2023-03-16', '2023-03-16', 'day']);
  });

  test('"on Friday" is the latest Friday up to publication, unless the tense says future', () => {
    const past = extract('Fictional: Rebels seized the depot on Friday.', PUBLISHED);
    expect(interval(time(past, 'Friday'))).toEqual(['2023-03-10', '2023-03-10', 'day']);
    const future = extract('Fictional: Envoys will meet on Friday in Geneva.', PUBLISHED);
    expect(interval(time(future, 'Friday'))).toEqual(['2023-03-17', '2023-03-17', 'day']);
    const reported = extract('Fictional: Officials said on Friday that envoys will meet.', PUBLISHED);
    expect(time(reported, 'Friday').start).toBe('2023-03-10');
  });

  test('vague counts are intervals with a coarser precision', () => {
    const r = extract(
      'Fictional: Several days ago the road was cut. A few weeks ago the clinic shut. Earlier this month the river rose. Recently the prices doubled.',
      PUBLISHED,
    );
    const several = time(r, 'Several days ago');
    expect(several.precision).toBe('week');
    expect(several.start! < several.end!).toBe(true);
    expect(several.end! < PUBLISHED).toBe(true);
    const few = time(r, 'A few weeks ago');
    expect(few.precision).toBe('month');
    expect(few.end! < several.start!).toBe(true);
    expect(interval(time(r, 'Earlier this month'))).toEqual(['2023-03-01', '2023-03-15', 'month']);
    const recently = time(r, 'Recently');
    expect(recently.precision).toBe('vague');
    expect(recently.end).toBe(PUBLISHED);
    expect(recently.start! >= '2023-01-01').toBe(true);
  });
});

describe('ranges, durations and sets', () => {
  test('ranges within and across months are one range mention', () => {
    const r = extract(
      'Fictional: Between 3 and 9 June the town was besieged. Raids went on from March to May 2022.',
      '2023-06-20',
    );
    const siege = time(r, 'Between 3 and 9 June');
    expect(siege.kind).toBe('range');
    expect(interval(siege)).toEqual(['2023-06-03', '2023-06-09', 'day']);
    const raids = time(r, 'from March to May 2022');
    expect(raids.kind).toBe('range');
    expect(interval(raids)).toEqual(['2022-03-01', '2022-05-31', 'month']);
    expect(acledTimePrecision({ start: siege.start!, end: siege.end!, precision: siege.precision! })).toBe(2);
    expect(acledTimePrecision({ start: raids.start!, end: raids.end!, precision: raids.precision! })).toBe(3);
  });

  test('durations never become dates', () => {
    const r = extract(
      'Fictional: The militia has fought the army for two decades. A three-day truce began yesterday. Families waited for months.',
      PUBLISHED,
    );
    for (const phrase of ['two decades', 'three-day', 'months']) {
      const d = time(r, phrase);
      expect(d.kind).toBe('duration');
      expect(d.start).toBeUndefined();
      expect(d.end).toBeUndefined();
    }
    expect(time(r, 'yesterday').start).toBe('2023-03-15');
  });

  test('sets are sets', () => {
    const r = extract('Fictional: Protesters gather every Friday; the council meets on Mondays.', PUBLISHED);
    expect(time(r, 'every Friday').kind).toBe('set');
    expect(time(r, 'Mondays').kind).toBe('set');
    expect(time(r, 'every Friday').start).toBeUndefined();
  });
});

describe('anchoring and missing publication dates', () => {
  test('a bare weekday after "On 1 June 2022" in the same paragraph resolves near that date', () => {
    const text =
      'Fictional: On 1 June 2022 the army shelled the town. On Friday it withdrew.\n\nOn Friday, a new governor was named.';
    const r = extract(text, '2023-03-16');
    const [first, second] = r.mentions.times.filter((t) => t.text === 'Friday');
    // 1 June 2022 was a Wednesday; the Friday after it is 3 June.
    expect(interval(first!)).toEqual(['2022-06-03', '2022-06-03', 'day']);
    // The next paragraph is not anchored: the Friday before publication.
    expect(interval(second!)).toEqual(['2023-03-10', '2023-03-10', 'day']);
  });

  test('without a publication date relative expressions stay unresolved, with a message; absolute ones resolve', () => {
    const r = extract('Fictional: Shelling hit the town yesterday. The siege began on 14 March 2023.', null);
    const yesterday = time(r, 'yesterday');
    expect(yesterday.start).toBeNull();
    expect(yesterday.end).toBeNull();
    const warning = r.messages.find((m) => m.code === 'unresolved-relative-date');
    expect(warning?.level).toBe('warning');
    expect(warning?.span).toEqual(yesterday.span);
    expect(interval(time(r, '14 March 2023'))).toEqual(['2023-03-14', '2023-03-14', 'day']);
  });

  test('without a publication date, a dateline date dates the document: later weekdays count from it', () => {
    const r = extract(
      'Fictional. GOMA, 14 March 2025 — Rebels seized the town on Wednesday.\n\nOn Thursday the army struck back.',
      null,
    );
    // 14 March 2025 was a Friday.
    expect(interval(time(r, 'Wednesday'))).toEqual(['2025-03-12', '2025-03-12', 'day']);
    expect(interval(time(r, 'Thursday'))).toEqual(['2025-03-13', '2025-03-13', 'day']);
    const note = r.messages.find((m) => m.code === 'reference-date-from-text');
    expect(note?.level).toBe('info');
    expect(r.messages.some((m) => m.code === 'unresolved-relative-date')).toBe(false);
  });

  test('a date further into the text is no dateline: relative dates before it stay unresolved', () => {
    const r = extract(
      `Fictional: ${'The town had been calm for months, residents said, and markets were open. '.repeat(3)}Shelling hit it on Wednesday. The siege began on 14 March 2023.`,
      null,
    );
    expect(time(r, 'Wednesday').start).toBeNull();
    expect(r.messages.some((m) => m.code === 'reference-date-from-text')).toBe(false);
  });

  test('ids are t1.. in text order and every span reads its text', () => {
    const text = 'Fictional: Yesterday, and on 2 May 2021, and for three weeks.';
    const r = extract(text, PUBLISHED);
    expect(r.mentions.times.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    for (const t of r.mentions.times) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
  });
});

describe('ACLED time precision of what the stage produces (acledTimePrecision from @sitrep/model)', () => {
  test('a day 1, a week or a short range 2, a month or coarser 3', () => {
    const r = extract('Fictional: Shelling hit the town yesterday, last week and in February.', PUBLISHED);
    const code = (phrase: string) => {
      const t = time(r, phrase);
      return acledTimePrecision({ start: t.start!, end: t.end!, precision: t.precision! });
    };
    expect(code('yesterday')).toBe(1);
    expect(code('last week')).toBe(2);
    expect(code('February')).toBe(3);
  });
});

describe('messy input', () => {
  test('NBSP, CRLF, emoji and long runs of spaces keep spans exact', () => {
    const text = `Fictional:\u00a0Shelling hit 🚀 the town on 14\u00a0March 2023.\r\n\r\nTwo days ago${' '.repeat(70_000)}talks failed on Friday.`;
    const r = extract(text, PUBLISHED);
    expect(r.mentions.times.map((t) => t.text)).toEqual(['14\u00a0March 2023', 'Two days ago', 'Friday']);
    for (const t of r.mentions.times) expect(text.slice(...t.span)).toBe(t.text);
    expect(time(r, 'Friday').start).toBe('2023-03-10');
  });

  test('counts, money and measures are not years', () => {
    const r = extract(
      'Fictional: 1500 troops and $2000 in aid crossed 1200 km; 1999 people fled in 2021.',
      PUBLISHED,
    );
    expect(r.mentions.times.map((t) => t.text)).toEqual(['2021']);
  });
});

describe('holidays (data/time/holidays.tsv)', () => {
  test('fixed, Easter-based and nth-weekday holidays; last / next / with a year', () => {
    const r = extract(
      'Fictional: Shops closed on Christmas Day and again last Thanksgiving. Talks stalled at Easter 2019. Envoys will meet on Good Friday.',
      PUBLISHED,
    );
    expect(interval(time(r, 'Christmas Day'))).toEqual(['2022-12-25', '2022-12-25', 'day']);
    // The fourth Thursday of November 2022.
    expect(time(r, 'last Thanksgiving').start).toBe('2022-11-24');
    expect(time(r, 'Easter 2019').start).toBe('2019-04-21');
    // The coming Good Friday: the tense says future.
    expect(time(r, 'Good Friday').start).toBe('2023-04-07');
  });

  test('lunar holidays from the Islamic, Chinese and Hebrew calendars', () => {
    // Published 2023-03-16: Ramadan 1444 began on 23 March 2023 (Umm al-Qura).
    const r = extract(
      'Fictional: Fighters agreed to a truce for Eid al-Fitr. Aid convoys moved during Ramadan. Markets shut for Eid al-Adha 2024, and shops reopened after Lunar New Year. Talks paused for Yom Kippur 2023.',
      PUBLISHED,
    );
    expect(interval(time(r, 'Eid al-Fitr'))).toEqual(['2023-04-21', '2023-04-21', 'day']);
    // The whole month, a month-long span.
    expect(interval(time(r, 'Ramadan'))).toEqual(['2023-03-23', '2023-04-20', 'month']);
    expect(time(r, 'Eid al-Adha 2024').start).toBe('2024-06-16');
    // The past tense picks the last one before publication.
    expect(time(r, 'Lunar New Year').start).toBe('2023-01-22');
    expect(time(r, 'Yom Kippur 2023').start).toBe('2023-09-25');
  });

  test('a holiday name inside a personal name is not a date', () => {
    const text = 'Fictional: The writer Tariq Ramadan spoke in Geneva. During Ramadan, talks paused.';
    const r = extract(text, PUBLISHED);
    expect(r.mentions.times.map((t) => t.span[0])).toEqual([
      text.indexOf('During Ramadan') + 'During '.length,
    ]);
  });

  test('a malformed holidays line is an error naming the line', async () => {
    const { parseHolidays } = await import('@sitrep/time');
    expect(() => parseHolidays('Peace Day\t09-21\nBroken line\n', 'test.tsv')).toThrow(
      /test\.tsv:2: expected 2 TAB-separated columns/,
    );
    expect(parseHolidays('Peace Day\t09-21\n')[0]!.rule).toEqual({ kind: 'fixed', month: 9, day: 21 });
    expect(() => parseHolidays('Feast\tlunar:mayan:1:1\n', 'test.tsv')).toThrow(
      /test\.tsv:1: expected names and a rule/,
    );
  });
});

describe('vague words that are not times', () => {
  test('"shortly after dawn" and "as soon as" are not future references', () => {
    const r = extract(
      'Fictional: The shelling began shortly after dawn and will stop as soon as talks start.',
      PUBLISHED,
    );
    expect(r.mentions.times).toEqual([]);
  });
});

describe('counted offsets', () => {
  test('"two days later" counts from the last date; "90 days after the vote" is only a length', () => {
    const r = extract(
      'Fictional: Troops entered the town on 2 March 2023. Two days later they left. The deal lapses 90 days after the vote. About two years ago a truce held.',
      PUBLISHED,
    );
    expect(interval(time(r, 'Two days later'))).toEqual(['2023-03-04', '2023-03-04', 'day']);
    expect(time(r, '90 days').kind).toBe('duration');
    expect(interval(time(r, 'About two years ago'))).toEqual(['2021-01-01', '2021-12-31', 'year']);
  });
});

describe('follow-up rules (issue 3)', () => {
  test('"the past year" is the year just gone; "the past week" stays a length', () => {
    const r = extract(
      'Fictional: Attacks on the pipeline doubled over the past year. Repairs took the past week.',
      PUBLISHED,
    );
    expect(interval(time(r, 'the past year'))).toEqual(['2022-01-01', '2022-12-31', 'year']);
    expect(time(r, 'the past week').kind).toBe('duration');
  });

  test('decades said short: "the nineties", "the \'80s"; the twenties are left alone', () => {
    const r = extract(
      "Fictional: Raids fell through the nineties and rose again in the '80s style of the twenties.",
      PUBLISHED,
    );
    expect(interval(time(r, 'the nineties'))).toEqual(['1990-01-01', '1999-12-31', 'year']);
    expect(r.mentions.times.some((t) => t.text.includes('twenties'))).toBe(false);
    const s = extract("Fictional: Unrest marked the last half of the '80s in the north.", PUBLISHED);
    expect(s.mentions.times.map((t) => t.text)).toContain("the last half of the '80s");
  });

  test('years in words with a month or a season: "January nineteen ninety-seven", "the winter of nineteen ninety-four"', () => {
    const r = extract(
      'Fictional: January nineteen ninety-seven. Prices sank in the winter of nineteen ninety-four.',
      PUBLISHED,
    );
    expect(interval(time(r, 'January nineteen ninety-seven'))).toEqual(['1997-01-01', '1997-01-31', 'month']);
    const winter = time(r, 'the winter of nineteen ninety-four');
    expect(winter.precision).toBe('season');
    expect(winter.start?.slice(0, 4)).toBe('1994');
  });

  test('"later in the day" is the narrated day; "the next morning" the day after it', () => {
    const r = extract(
      'Fictional: Talks opened in Nairobi on 2 March 2023. Envoys met again later in the day. They left the next morning.',
      PUBLISHED,
    );
    expect(interval(time(r, 'later in the day'))).toEqual(['2023-03-02', '2023-03-02', 'day']);
    expect(interval(time(r, 'the next morning'))).toEqual(['2023-03-03', '2023-03-03', 'day']);
  });

  test('"last Oct. 23" keeps its day; "last October" stays a month', () => {
    const r = extract(
      'Fictional: The depot was shelled last Oct. 23 and again last October, 12 soldiers said.',
      PUBLISHED,
    );
    expect(interval(time(r, 'last Oct. 23'))).toEqual(['2022-10-23', '2022-10-23', 'day']);
    expect(interval(time(r, 'last October'))).toEqual(['2022-10-01', '2022-10-31', 'month']);
  });

  test('vague references: "coming months", "in past years", "at a later date", "as soon as possible"', () => {
    const r = extract(
      'Fictional: Aid may slow in coming months. Convoys ran in past years; more will come at a later date, officials said, and the road must open as soon as possible.',
      PUBLISHED,
    );
    expect(time(r, 'coming months').start! > PUBLISHED).toBe(true);
    expect(time(r, 'past years').end! < PUBLISHED).toBe(true);
    expect(time(r, 'a later date').precision).toBe('vague');
    expect(time(r, 'as soon as possible').start! >= PUBLISHED).toBe(true);
  });

  test('a season after "the early" is found and narrowed', () => {
    const r = extract('Fictional: Fighting eased from the levels of the early summer.', PUBLISHED);
    const summer = r.mentions.times.find((t) => t.text.includes('summer'));
    expect(summer?.text).toMatch(/early summer$/);
    expect(summer?.start?.slice(0, 4)).toBe('2022');
  });

  test('an infinitive or "as early as" points a bare weekday ahead; a past verb keeps it behind', () => {
    // Thursday 16 March 2023.
    const r = extract(
      'Fictional: Talks are set to resume Monday in Geneva. The envoy could arrive as early as Tuesday. Rebels shelled the port Wednesday.',
      PUBLISHED,
    );
    expect(time(r, 'Monday').start).toBe('2023-03-20');
    expect(time(r, 'Tuesday').start).toBe('2023-03-21');
    expect(time(r, 'Wednesday').start).toBe('2023-03-15');
  });

  test('"the previous Friday" and "the following Monday" count from the day the text gave', () => {
    const r = extract(
      'Fictional: The index closed lower on 8 March 2023, down 2% from the previous Friday.',
      PUBLISHED,
    );
    // 8 March 2023 was a Wednesday.
    expect(interval(time(r, 'the previous Friday'))).toEqual(['2023-03-03', '2023-03-03', 'day']);
    const s = extract(
      'Fictional: The port closed on 8 March 2023. It reopened the following Monday.',
      PUBLISHED,
    );
    expect(interval(time(s, 'the following Monday'))).toEqual(['2023-03-13', '2023-03-13', 'day']);
  });

  test('"the week of 6 March" is the week holding that day', () => {
    const r = extract('Fictional: A hearing is set for the week of 6 March 2023 in Lagos.', PUBLISHED);
    // 6 March 2023 was a Monday.
    expect(interval(time(r, 'the week of 6 March 2023'))).toEqual(['2023-03-06', '2023-03-12', 'week']);
  });
});
