import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

describe('a strike by workers is a labour strike', () => {
  it('"a strike by dockworkers" is their PROTEST strike, not an attack', () => {
    const r = extract('Fictional: A strike by dockworkers at the port of Mombasa entered its second day.');
    expect(r.events.map((e) => [e.type, e.mode])).toEqual([['PROTEST', 'strike']]);
  });

  it('"an air strike on" stays an attack', () => {
    const r = extract('Fictional: Israeli jets carried out an air strike on Rafah.');
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});
