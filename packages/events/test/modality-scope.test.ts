// Modality scope (issue 6, point 3): how far an opinion or denial cue reaches. Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('modality scope', () => {
  it('an opinion word inside a proper name is not an opinion', () => {
    const text =
      'Fictional: Fighters of Hayat Tahrir al-Sham clashed with government troops near Jisr al-Shughur.';
    const r = extract(text, {
      actors: [
        ['Hayat Tahrir al-Sham', 'hts', 'SYR', 'REB'],
        ['government troops', 'syr.mil', 'SYR', 'MIL'],
      ],
    });
    expect(r.messages.map((m) => m.code)).not.toContain('opinion-no-event');
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('the same word in lower case still marks rhetoric', () => {
    const r = extract('Fictional: The vote was a sham staged by the junta that attacked its own people.', {
      actors: [['the junta', 'mmr.mil', 'MMR', 'MIL']],
    });
    expect(r.events).toEqual([]);
    expect(r.messages.map((m) => m.code)).toContain('opinion-no-event');
  });

  it('a denial does not reach past a second reporting verb in its sentence', () => {
    const text =
      'Fictional: A ministry spokesman denied that civilians had been targeted and said the army had struck rebel positions.';
    const r = extract(text, {
      actors: [
        ['A ministry spokesman', 'syr.gov', 'SYR', 'GOV'],
        ['the army', 'syr.mil', 'SYR', 'MIL'],
        ['rebel positions', 'syr.rebels', 'SYR', 'REB'],
      ],
    });
    const struck = r.events.find((e) => e.trigger.text.startsWith('struck'))!;
    expect(struck.modality).toBe('reported');
    // Without the second verb the denial still governs the act.
    const denied = extract(
      'Fictional: A ministry spokesman denied that the army had struck rebel positions.',
      {
        actors: [
          ['A ministry spokesman', 'syr.gov', 'SYR', 'GOV'],
          ['the army', 'syr.mil', 'SYR', 'MIL'],
          ['rebel positions', 'syr.rebels', 'SYR', 'REB'],
        ],
      },
    );
    expect(denied.events.find((e) => e.trigger.text.startsWith('struck'))?.modality).toBe('negated');
  });
});

describe('negated noun events', () => {
  it('a noun trigger followed by a negated verb did not happen', () => {
    const r = extract(
      'Fictional: Officials in Kyiv said the planned talks could not begin while strikes continued.',
      {
        actors: [['Officials in Kyiv', 'ukr.gov', 'UKR', 'GOV']],
      },
    );
    expect(r.events.find((e) => e.trigger.text === 'talks')?.modality).toBe('negated');
  });
});
