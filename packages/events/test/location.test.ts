// All texts in this file are fictional, written for these tests; real place names only.
// Where an event happened, with geo's own locate (as in the default pipeline): the anchor the
// events stage hands to locate (issue 6, point 4).
import { locate } from '@sitrep/geo';
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('event location: the anchor handed to locate', () => {
  it('scopes places from the casualty verb that shows a folded attack', () => {
    // The attack noun is followed by a relative clause ("which rebels claimed"); the place after
    // the casualty verb is where the deaths happened, so it is scoped from that verb.
    const r = extract(
      'Fictional: The bombing, which rebels claimed, killed two soldiers in Khalis.',
      { places: [['Khalis', 'Khalis', 33.81, 44.53, 'IQ']] },
      locate,
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.trigger.text).toBe('killed');
    expect(r.events[0]!.location?.name).toBe('Khalis');
  });

  it('gives no location when the only place is in a relative clause about something else', () => {
    const r = extract(
      'Fictional: Militiamen patrolled the zone with troops which have their bases in Turkey.',
      { places: [['Turkey', 'Turkey', 39, 35, 'TR', 'country']] },
      locate,
    );
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.location === null)).toBe(true);
  });

  it('puts a place captured as a passive subject before the place it was taken from', () => {
    const r = extract(
      'Fictional: Gibraltar was captured from Spain by a naval force.',
      {
        places: [
          ['Gibraltar', 'Gibraltar', 36.14, -5.35, 'GI'],
          ['Spain', 'Spain', 40, -4, 'ES', 'country'],
        ],
      },
      locate,
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Gibraltar');
  });

  it("puts a departure at its origin, even after a noun ('wounded people from X')", () => {
    const r = extract(
      'Fictional: The ICRC evacuated 60 wounded people from Bukavu to hospitals in Uvira on Monday.',
      {
        actors: [['The ICRC', 'icrc', null, 'NGO']],
        places: [
          ['Bukavu', 'Bukavu', -2.49, 28.84, 'CD'],
          ['Uvira', 'Uvira', -3.4, 29.14, 'CD'],
        ],
      },
      locate,
    );
    expect(r.events.map((e) => e.location?.name)).toEqual(['Bukavu']);
  });
});
