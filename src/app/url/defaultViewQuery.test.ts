import { describe, expect, it } from 'vitest';
import { isDefaultViewQuery } from './defaultViewQuery.ts';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type KnownValues,
  type ViewState,
} from './viewState.ts';

const known: KnownValues = {
  publishers: new Set(['CNN']),
  sources: new Set<string>(),
  figureIds: new Set(['a1:1:1']),
  articleIds: new Set(['a1']),
};

describe('isDefaultViewQuery', () => {
  it('holds for an address without parameters only', () => {
    expect(isDefaultViewQuery('')).toBe(true);
    expect(isDefaultViewQuery('?')).toBe(true);
    expect(isDefaultViewQuery('?&')).toBe(true);
    expect(isDefaultViewQuery('?pub=CNN')).toBe(false);
    expect(isDefaultViewQuery('?embed=1')).toBe(false);
    expect(isDefaultViewQuery('?x')).toBe(false);
    expect(isDefaultViewQuery('?=')).toBe(false);
  });

  it('agrees with how views are written: the default view, and only it, has no parameters', () => {
    expect(isDefaultViewQuery(`?${serializeViewState(DEFAULT_VIEW)}`)).toBe(true);
    const others: Partial<ViewState>[] = [
      { scale: 'log' },
      { events: false },
      { embed: true },
      { publishers: ['CNN'] },
      { q: 'rafah' },
      { chartView: 'table' },
      { figure: 'a1:1:1' },
      { knownOn: '2024-01-01' },
    ];
    for (const patch of others) {
      const query = `?${serializeViewState({ ...DEFAULT_VIEW, ...patch })}`;
      expect(isDefaultViewQuery(query), query).toBe(false);
    }
  });

  it('is the view parsed from a parameterless address', () => {
    expect(parseViewState('', known).value).toEqual(DEFAULT_VIEW);
  });
});
