import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODALITIES, PLOVER_TYPES } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold';

// The project's own gold set (data/gold): it must stay valid, held apart, and broad enough to
// measure every PLOVER type and the modalities that must not count as events.
const dir = join(__dirname, '../../../data/gold');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const dev = parseGold(read('events-dev.jsonl'), 'events-dev.jsonl');
const test = parseGold(read('events-test.jsonl'), 'events-test.jsonl');

describe('data/gold events set', () => {
  it('has at least 120 passages, marked fictional in each file header', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(120);
    for (const name of ['events-dev.jsonl', 'events-test.jsonl', 'example.jsonl']) {
      expect(read(name).split('\n')[0]).toMatch(/^#/);
      expect(read(name).split('\n').slice(0, 3).join(' ')).toMatch(/FICTIONAL/);
    }
    expect(parseGold(read('example.jsonl'), 'example.jsonl').length).toBeGreaterThan(0);
  });

  it('keeps the test split apart from the dev split', () => {
    const devTexts = new Set(dev.map((p) => p.text));
    expect(test.filter((p) => devTexts.has(p.text))).toEqual([]);
    expect(new Set([...dev, ...test].map((p) => p.id)).size).toBe(dev.length + test.length);
  });

  it('covers all 16 PLOVER types as things that happened, in both splits', () => {
    for (const split of [dev, test]) {
      const types = new Set(
        split.flatMap((p) =>
          p.events.filter((e) => e.modality === 'asserted' || e.modality === 'reported').map((e) => e.type),
        ),
      );
      expect([...PLOVER_TYPES].filter((t) => !types.has(t))).toEqual([]);
    }
  });

  it('includes every modality and passages where nothing happened', () => {
    const all = [...dev, ...test];
    const modalities = new Set(all.flatMap((p) => p.events.map((e) => e.modality)));
    expect([...MODALITIES].filter((m) => !modalities.has(m))).toEqual([]);
    expect(all.filter((p) => p.events.length === 0).length).toBeGreaterThanOrEqual(5);
    const tags = new Set(all.flatMap((p) => p.tags));
    for (const region of [
      'sahel',
      'horn',
      'great-lakes',
      'middle-east',
      'ukraine-russia',
      'myanmar',
      'af-pak',
      'colombia',
      'haiti',
      'mexico',
    ]) {
      expect(tags).toContain(region);
    }
    for (const kind of ['rhetoric', 'negation', 'hypothetical', 'future', 'habitual', 'reported'])
      expect(tags).toContain(kind);
  });
});
