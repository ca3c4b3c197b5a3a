// Invariants on messy input (NBSP, CRLF, emoji, RTL marks, long whitespace). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

const check = (text: string) => {
  const { mentions } = actorsOf(text, '2025-01-10');
  let previous = -1;
  for (const m of mentions) {
    expect(m.span[0]).toBeGreaterThanOrEqual(0);
    expect(m.span[0]).toBeLessThan(m.span[1]);
    expect(m.span[1]).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(m.span[0]).toBeGreaterThanOrEqual(previous);
    previous = m.span[0];
  }
  return mentions;
};

describe('invariants on messy input', () => {
  it('keeps spans exact around NBSP, CRLF, emoji and RTL marks', () => {
    const text =
      'Fictional:\u00a0Turkish\u00a0officials met 🇶🇦 Qatari mediators.\r\n\r\n\u200fHTS\u200f fighters 🔥 attacked;\r\nthe group said its men withdrew.';
    const mentions = check(text);
    expect(mentions.map((m) => m.actor.id)).toEqual(['tur.gov', 'qat.gov', 'hts', 'hts', 'hts']);
  });

  it('handles an empty text, whitespace only and a long run of spaces', () => {
    expect(check('')).toEqual([]);
    expect(check(' \n\t ')).toEqual([]);
    const long = `Fictional: Kyiv said${' '.repeat(65_536)}Moscow rejected it.`;
    expect(check(long).map((m) => m.actor.id)).toEqual(['ukr.gov', 'rus.gov']);
  });

  it('never matches across sentences or punctuation', () => {
    const mentions = check(
      'Fictional: They fled to Saudi. Arabia was not mentioned; Hamas, fighters and others.',
    );
    expect(mentions.map((m) => m.text)).not.toContain('Saudi. Arabia');
    expect(mentions.map((m) => m.text)).not.toContain('Hamas, fighters');
  });
});
