import { describe, expect, it } from 'vitest';
import { actorMatches, actorSetMatches, foldName, parseActorSpec } from './actors';
import { actor } from './test-helpers';

const syrGov = actor('syr.gov', 'SYR', 'GOV', 'Government of Syria');
const fama = actor('fama', 'MLI', 'MIL', 'Malian Armed Forces');
const civilians = actor('civilians', null, 'CVL', 'Civilians');

describe('actor specs', () => {
  it('match by exact id and by folded name', () => {
    expect(actorMatches(parseActorSpec('syr.gov'), syrGov)).toBe(true);
    expect(actorMatches(parseActorSpec('SYR.GOV'), syrGov)).toBe(true);
    expect(actorMatches(parseActorSpec('syr'), syrGov)).toBe(false);
    expect(actorMatches(parseActorSpec('syr.mil'), syrGov)).toBe(false);
    expect(actorMatches(parseActorSpec('government of  SYRIA'), syrGov)).toBe(true);
    expect(foldName("Ma'arrat an-Nu‘mān")).toBe('ma arrat an nu man');
  });

  it('match by sector and country, with & and |', () => {
    expect(actorMatches(parseActorSpec('sector:cvl'), civilians)).toBe(true);
    expect(actorMatches(parseActorSpec('country:MLI&sector:MIL'), fama)).toBe(true);
    expect(actorMatches(parseActorSpec('country:MLI&sector:GOV'), fama)).toBe(false);
    expect(actorMatches(parseActorSpec('mli.mil|fama'), fama)).toBe(true);
  });

  it('rejects malformed conditions', () => {
    expect(() => parseActorSpec('a||b')).toThrow(/empty condition/);
    expect(() => parseActorSpec('sector:military')).toThrow(/PLOVER sector/);
  });

  it('compare sets both ways: nothing missing, nothing extra', () => {
    const specs = ['syr.gov', 'civilians'].map(parseActorSpec);
    expect(actorSetMatches(specs, [civilians, syrGov])).toBe(true);
    expect(actorSetMatches(specs, [syrGov])).toBe(false);
    expect(actorSetMatches(specs, [syrGov, civilians, fama])).toBe(false);
    // Two predicted actors that both meet one spec's alternatives are one actor coded two ways.
    expect(actorSetMatches([parseActorSpec('mli.mil|fama')], [fama, actor('mli.mil', 'MLI', 'MIL')])).toBe(
      true,
    );
    expect(actorSetMatches([], [])).toBe(true);
    expect(actorSetMatches([], [fama])).toBe(false);
  });
});
