// The confidence of a resolved place is calibrated (issue 4, point 3: "a calibrated score"): it
// estimates how often such a choice is right. Texts are fictional (marked "Fictional:"); the place
// names are real.
import { describe, expect, it } from 'vitest';
import { UNCERTAIN_CONFIDENCE } from '../src/index';
import { find, parsePlaces as places } from './helpers';

describe('calibrated confidence', () => {
  it('never claims certainty: an unambiguous capital in its country stays below 0.95', () => {
    const { places: found } = places('Fictional: Syria said shelling hit Damascus and Aleppo on Monday.');
    const damascus = find(found, 'Damascus');
    expect(damascus.country).toBe('SY');
    expect(damascus.confidence).toBeGreaterThanOrEqual(0.85);
    expect(damascus.confidence).toBeLessThan(0.95);
  });
  it('puts a bare name with many namesakes below the uncertain mark, not near zero', () => {
    const { places: found, result } = places('Fictional: The county fair opens in Springfield on Friday.');
    const springfield = find(found, 'Springfield');
    expect(springfield.confidence).toBeLessThan(UNCERTAIN_CONFIDENCE);
    // Even a near tie among namesakes is right about a third of the time on the news corpora.
    expect(springfield.confidence).toBeGreaterThanOrEqual(0.25);
    expect(result.messages.some((m) => m.code === 'ambiguous-place')).toBe(true);
  });
  it('is the calibrated value of an even share at the uncertain mark', () => {
    expect(UNCERTAIN_CONFIDENCE).toBe(0.67);
  });
});
