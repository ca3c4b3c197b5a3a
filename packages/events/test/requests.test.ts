// Calls and the acts they name (issue 6, points 2 and 3). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('calls', () => {
  it('a second verb after a noun object keeps the first verb subject', () => {
    const r = extract(
      'Fictional: Turkish officials condemned the attack on Friday and called on Damascus to respect the truce.',
      {
        actors: [
          ['Turkish officials', 'tur.gov', 'TUR', 'GOV'],
          ['Damascus', 'syr.gov', 'SYR', 'GOV'],
        ],
      },
    );
    const request = r.events.find((e) => e.type === 'REQUEST')!;
    expect(request.actor.map((a) => a.id)).toEqual(['tur.gov']);
    expect(request.recipient.map((a) => a.id)).toEqual(['syr.gov']);
  });

  it('what a call wants ended is no event', () => {
    const r = extract('Fictional: The UN envoy called for an immediate end to attacks on civilians.', {
      actors: [
        ['The UN envoy', 'un', null, 'IGO'],
        ['civilians', 'civ', null, 'CVL'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['REQUEST']);
    const halted = extract('Fictional: The envoy demanded a halt to the shelling of Idlib.', {
      actors: [['The envoy', 'un', null, 'IGO']],
    });
    expect(halted.events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });
});
