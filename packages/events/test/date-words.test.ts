// A word inside a date is time, not an act or a mood: "March" in "on 3 March 2024" or "in March" is
// no protest march, "May" in "On 12 May 2024" no modal verb. Every text is fictional, written for
// this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();
const types = (text: string) => extract(text).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('words of a date start no event', () => {
  it('codes only the strike in a sentence dated "On 3 March 2024"', () => {
    expect(types('Fictional: On 3 March 2024 an airstrike hit a market near Aleppo.')).toEqual([
      'ASSAULT:hit',
    ]);
  });

  it('codes only the strike when the month stands alone ("in March")', () => {
    expect(types('Fictional: An airstrike hit a market near Aleppo in March.')).toEqual(['ASSAULT:hit']);
  });

  it('still codes a march that is a protest, dated by the same month', () => {
    const events = extract('Fictional: Thousands joined a march in Bogota on 3 March 2024.').events;
    expect(events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(events[0]!.trigger.text).toBe('march');
    expect(events[0]!.date?.start).toBe('2024-03-03');
  });
});

describe('words of a date are no modal verb', () => {
  const modality = (text: string) => extract(text).events.map((e) => `${e.type}:${e.modality}`);

  it('"On 12 May 2024, gunmen abducted ..." happened', () => {
    expect(modality('Fictional: On 12 May 2024, gunmen abducted 14 students in Kaduna state.')).toEqual([
      'ASSAULT:asserted',
    ]);
  });

  it('"In May, gunmen abducted ..." happened', () => {
    expect(modality('Fictional: In May, gunmen abducted 14 students in Kaduna state.')).toEqual([
      'ASSAULT:asserted',
    ]);
  });

  it('the modal verb itself still makes an act hypothetical', () => {
    expect(modality('Fictional: Gunmen may abduct more students in May, officials said.')).toEqual([
      'ASSAULT:hypothetical',
    ]);
  });
});
