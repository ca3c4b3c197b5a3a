// A word inside a date is time, not an act: "March" in "on 3 March 2024" or "in March" is no
// protest march. Every text is fictional, written for this test.
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
