// A participle that describes a group's backers is no act (issue 6, point 3). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('groups described by their backers', () => {
  it('"militias backed by Iran attacked" codes the attack only', () => {
    const r = extract('Fictional: Militias backed by Iran attacked a US base in eastern Syria on Monday.', {
      actors: [
        ['Militias', 'irq.militias', 'IRQ', 'REB'],
        ['Iran', 'irn.gov', 'IRN', 'GOV'],
        ['a US base', 'usa.mil', 'USA', 'MIL'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('"Iran backed the militias" is still support', () => {
    const r = extract('Fictional: Iran backed the militias with weapons on Monday.', {
      actors: [
        ['Iran', 'irn.gov', 'IRN', 'GOV'],
        ['the militias', 'irq.militias', 'IRQ', 'REB'],
      ],
    });
    expect(r.events.map((e) => e.type)).toContain('SUPPORT');
  });
});
