import { describe, expect, it } from 'vitest';
import {
  type AppState,
  DEFAULT_STATE,
  EMPTY_FILTERS,
  filterQuery,
  hasFilters,
  parseState,
  sortParam,
  stateToSearch,
} from './state';

describe('filter state <-> URL', () => {
  it('round-trips every filter, the sort, the view and the selection', () => {
    const state: AppState = {
      filters: {
        from: '2024-03-01',
        to: '2024-03-31',
        types: ['ASSAULT', 'PROTEST'],
        acled: 'Violence against civilians',
        actor: 'syr.gov',
        country: 'SY',
        admin1: 'Idlib',
        modality: ['asserted', 'reported'],
        status: 'pending',
        minConfidence: 0.6,
        q: 'shelling & "market"',
        bbox: [35.5, 35.1, 37.25, 36.5],
      },
      sort: { field: 'confidence', desc: false },
      view: 'document',
      event: 'doc1:e2',
      doc: 'doc1',
    };
    const search = stateToSearch(state);
    expect(parseState(`?${search}`)).toEqual({ state, ignored: [] });
  });

  it('leaves defaults out so a fresh view has a clean URL', () => {
    expect(stateToSearch(DEFAULT_STATE)).toBe('');
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, types: ['AID'] })).toBe(true);
  });

  it('drops malformed values and says which', () => {
    const { state, ignored } = parseState(
      '?from=2024-02-30&to=yesterday&type=ASSAULT,BOMBING&status=maybe&minConfidence=1.5&bbox=1,2,3&sort=-colour&country=Syria&modality=asserted,rumoured&view=admin',
    );
    expect(state.filters.from).toBeNull();
    expect(state.filters.to).toBeNull();
    expect(state.filters.types).toEqual(['ASSAULT']);
    expect(state.filters.modality).toEqual(['asserted']);
    expect(state.filters.status).toBeNull();
    expect(state.filters.minConfidence).toBeNull();
    expect(state.filters.bbox).toBeNull();
    expect(state.filters.country).toBeNull();
    expect(state.sort).toEqual(DEFAULT_STATE.sort);
    expect(state.view).toBe('events');
    expect(ignored).toEqual([
      'from=2024-02-30',
      'to=yesterday',
      'type=BOMBING',
      'modality=rumoured',
      'country=Syria',
      'status=maybe',
      'minConfidence=1.5',
      'bbox=1,2,3',
      'sort=-colour',
      'view=admin',
    ]);
  });

  it('normalizes case and duplicates and rounds the extent', () => {
    const { state } = parseState('?type=assault,ASSAULT&country=sy&bbox=35.123456,35,36.987654,36');
    expect(state.filters.types).toEqual(['ASSAULT']);
    expect(state.filters.country).toBe('SY');
    expect(stateToSearch(state)).toBe('type=ASSAULT&country=SY&bbox=35.1235%2C35%2C36.9877%2C36');
  });
});

describe('filterQuery', () => {
  it('gives the API the same names as the URL and can leave filters out', () => {
    const filters = {
      ...EMPTY_FILTERS,
      types: ['AID', 'ASSAULT'],
      from: '2024-01-01',
      status: 'pending' as const,
    };
    expect(filterQuery(filters)).toBe('from=2024-01-01&type=AID%2CASSAULT&status=pending');
    expect(filterQuery(filters, ['from', 'types'])).toBe('status=pending');
    expect(sortParam({ field: 'confidence', desc: true })).toBe('-confidence');
  });
});
