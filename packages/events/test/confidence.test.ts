// Confidence scores (issue 6, point 7): what the weights fitted on the untuned dev2 run imply.
import { describe, expect, it } from 'vitest';
import { type ConfidenceFacts, confidence } from '../src/confidence';

const none: ConfidenceFacts = {
  nominal: false,
  weak: false,
  actor: false,
  recipient: false,
  location: false,
  date: false,
  phrase: false,
  casualtyOnly: false,
};

describe('confidence', () => {
  it('is high only when both sides of the dyad are found', () => {
    expect(confidence({ ...none, actor: true, recipient: true })).toBeGreaterThan(0.8);
    expect(confidence({ ...none, actor: true })).toBeLessThan(0.6);
    expect(confidence({ ...none, recipient: true })).toBeLessThan(0.6);
    expect(confidence(none)).toBeLessThan(0.2);
  });
  it('grows with each side found and falls for a noun trigger', () => {
    const verbal = confidence({ ...none, actor: true });
    expect(confidence({ ...none, actor: true, recipient: true })).toBeGreaterThan(verbal);
    expect(confidence({ ...none, actor: true, nominal: true })).toBeLessThan(verbal);
  });
  it('stays strictly between 0 and 1', () => {
    const all = Object.fromEntries(Object.keys(none).map((k) => [k, true])) as unknown as ConfidenceFacts;
    for (const facts of [none, all]) {
      expect(confidence(facts)).toBeGreaterThan(0);
      expect(confidence(facts)).toBeLessThan(1);
    }
  });
});
