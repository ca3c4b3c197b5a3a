// Gapped lexicon phrases ("withdraw from ... agreement"): where a gap must stop. Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('phrase gaps', () => {
  it('a gap does not cross a conjunction that opens another clause', () => {
    const r = extract(
      'Fictional: The minister said the army would leave the valley and withdraw from the northern region until the agreement is verified.',
      { actors: [['the army', 'col.mil', 'COL', 'MIL']] },
    );
    expect(r.events.some((e) => e.type === 'SANCTION')).toBe(false);
    expect(r.events.find((e) => e.trigger.text.startsWith('withdraw'))?.type).toBe('RETREAT');
  });

  it('the same phrase without the conjunction still matches', () => {
    const r = extract('Fictional: The government withdrew from the 2019 border agreement on Monday.', {
      actors: [['The government', 'col.gov', 'COL', 'GOV']],
    });
    expect(r.events.map((e) => e.type)).toContain('SANCTION');
  });
});
