// Every text below is fictional and written for these tests.
import type { Doc, EventAnchor, Span } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { dateOf, timeStage } from '@sitrep/time';
import { describe, expect, test } from 'vitest';

const pipeline = createPipeline([nlpStage(), timeStage()], 'test');

function run(text: string, published: string | null = '2023-03-16'): Doc {
  return pipeline.run({ text, published });
}

/** Span of the `nth` occurrence of `phrase`. */
function at(text: string, phrase: string, nth = 0): Span {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(phrase, from + 1);
    if (from < 0) throw new Error(`expected "${phrase}" in the test text`);
  }
  return [from, from + phrase.length];
}

/** An anchor whose clause and sentence are given as phrases of the text. */
function anchor(text: string, trigger: string, clause: string, sentence: string): EventAnchor {
  return {
    trigger: at(text, trigger),
    clause: at(text, clause),
    sentence: at(text, sentence),
    arguments: [],
  };
}

describe('dateOf', () => {
  test('the time expression in the clause wins over a nearer one outside it', () => {
    const text = 'Fictional: On 2 March the mayor said that rebels shelled the depot on 28 February.';
    const doc = run(text);
    const link = dateOf(
      doc,
      anchor(text, 'shelled', 'rebels shelled the depot on 28 February', text.slice(11)),
    );
    expect(link.date).toMatchObject({ start: '2023-02-28', end: '2023-02-28', precision: 'day' });
    expect(link.date?.time).toBe(doc.layer('times').find((t) => t.text === '28 February')?.id);
    expect(link.why[0]).toMatch(/^date:clause:/);
  });

  test('else the nearest in the sentence', () => {
    const text =
      'Fictional: Yesterday troops shelled the depot, and long after that, on 1 March, a truce had held.';
    const doc = run(text);
    const link = dateOf(doc, anchor(text, 'shelled', 'troops shelled the depot', text.slice(11)));
    expect(link.date).toMatchObject({ start: '2023-03-15', precision: 'day' });
    expect(link.why[0]).toMatch(/^date:sentence:/);
  });

  test("else the paragraph's date; a duration in the sentence never dates the event", () => {
    const text =
      'Fictional: On 3 June 2022 fighting resumed. Troops shelled the depot for two decades of grievance.\n\nNo date here.';
    const doc = run(text);
    const sentence = 'Troops shelled the depot for two decades of grievance.';
    const link = dateOf(doc, anchor(text, 'shelled', 'Troops shelled the depot', sentence));
    expect(link.date).toMatchObject({ start: '2022-06-03', end: '2022-06-03', precision: 'day' });
    expect(link.why[0]).toMatch(/^date:paragraph:/);
  });

  test("the paragraph's date is its last day, not a background year after it", () => {
    const text =
      'Fictional: Officials condemned the raid on 14 March and recalled the truce agreed in 2020. Troops shelled the depot.';
    const doc = run(text);
    const sentence = 'Troops shelled the depot.';
    const link = dateOf(doc, anchor(text, 'shelled', 'Troops shelled the depot', sentence));
    expect(link.date).toMatchObject({ start: '2023-03-14', precision: 'day' });
    expect(link.why[0]).toMatch(/^date:paragraph:.*14 March/);
    // With no day before it, the coarser date still dates the sentence.
    const coarse = 'Fictional: The truce was agreed in 2020. Troops shelled the depot.';
    const year = dateOf(run(coarse), anchor(coarse, 'shelled', 'Troops shelled the depot', sentence));
    expect(year.date).toMatchObject({ start: '2020-01-01', precision: 'year' });
  });

  test('else the publication date, vague, with a why saying so', () => {
    const text = 'Fictional: Troops shelled the depot.';
    const link = dateOf(run(text), anchor(text, 'shelled', 'Troops shelled the depot', text.slice(11)));
    expect(link.date).toEqual({ start: '2023-03-16', end: '2023-03-16', precision: 'vague', time: null });
    expect(link.why.join(' ')).toMatch(/published/);
  });

  test('null with a why when there is no publication date and no date in the text', () => {
    const text = 'Fictional: Troops shelled the depot.';
    const link = dateOf(run(text, null), anchor(text, 'shelled', 'Troops shelled the depot', text.slice(11)));
    expect(link.date).toBeNull();
    expect(link.why.join(' ')).toMatch(/no publication date/);
  });

  test('an unresolved relative date in the clause gives null with a why, never today', () => {
    const text = 'Fictional: Troops shelled the depot yesterday.';
    const link = dateOf(
      run(text, null),
      anchor(text, 'shelled', 'Troops shelled the depot yesterday', text.slice(11)),
    );
    expect(link.date).toBeNull();
    expect(link.why.join(' ')).toMatch(/unresolved/);
  });

  test('an adjective such as "current" is a mention but never the date of an event', () => {
    const text = 'Fictional: On 3 June 2022 talks opened. Troops shelled the current front line.';
    const doc = run(text);
    expect(doc.layer('times').some((t) => t.text === 'current')).toBe(true);
    const sentence = 'Troops shelled the current front line.';
    const link = dateOf(doc, anchor(text, 'shelled', 'Troops shelled the current front line', sentence));
    expect(link.date).toMatchObject({ start: '2022-06-03', precision: 'day' });
    expect(link.why[0]).toMatch(/^date:paragraph:/);
  });

  test('a range gives the range interval; a set is skipped', () => {
    const text = 'Fictional: Every Friday, militias shelled the town between 3 and 9 June.';
    const doc = run(text, '2023-06-20');
    const link = dateOf(
      doc,
      anchor(text, 'shelled', 'militias shelled the town between 3 and 9 June', text.slice(11)),
    );
    expect(link.date).toMatchObject({ start: '2023-06-03', end: '2023-06-09', precision: 'day' });
    const setOnly = 'Fictional: Every Friday, militias shelled the town.';
    const fallback = dateOf(
      run(setOnly),
      anchor(setOnly, 'shelled', 'Every Friday, militias shelled the town', setOnly.slice(11)),
    );
    expect(fallback.date?.precision).toBe('vague');
  });

  test('the per-document index follows the paragraph of each event and a replaced times layer', () => {
    // Several paragraphs, each with its own date: the binary search must land in the right one.
    const text = [
      'Fictional: On 3 June 2022 talks opened. Later troops shelled the depot.',
      'No date here. Nothing happened.',
      'On 9 July 2022 a truce held. Then rebels shelled the bridge.',
    ].join('\n\n');
    const doc = run(text);
    const sentenceOf = (s: string) => at(text, s);
    const first = dateOf(doc, {
      trigger: at(text, 'shelled'),
      clause: sentenceOf('Later troops shelled the depot.'),
      sentence: sentenceOf('Later troops shelled the depot.'),
      arguments: [],
    });
    const second = dateOf(doc, {
      trigger: at(text, 'shelled', 1),
      clause: sentenceOf('Then rebels shelled the bridge.'),
      sentence: sentenceOf('Then rebels shelled the bridge.'),
      arguments: [],
    });
    expect(first.why[0]).toMatch(/^date:paragraph:.*3 June 2022/);
    expect(second.why[0]).toMatch(/^date:paragraph:.*9 July 2022/);
    expect(second.date).toMatchObject({ start: '2022-07-09', precision: 'day' });
    // A times layer set again (a later stage replacing it) is indexed again, not served stale.
    const clause = at(text, 'On 9 July 2022 a truce held.');
    expect(
      dateOf(doc, { trigger: at(text, 'truce'), clause, sentence: clause, arguments: [] }).why[0],
    ).toMatch(/^date:clause:.*9 July 2022/);
    doc.set('times', []);
    expect(
      dateOf(doc, { trigger: at(text, 'truce'), clause, sentence: clause, arguments: [] }).why[0],
    ).toMatch(/^date:published/);
  });
});
