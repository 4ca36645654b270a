import { describe, expect, it } from 'vitest';
import { foldForSearch, searchFields, searchTerms } from './searchText.ts';

describe('search text', () => {
  it('joins the digits of numbers written with separators, in text and query alike', () => {
    expect(foldForSearch('The toll reached 28,473 on Tuesday')).toBe(
      'the toll reached 28473 on tuesday',
    );
    expect(foldForSearch('1,400,000 people; 40\u00a0000 and 12\u2009500')).toBe(
      '1400000 people; 40000 and 12500',
    );
    expect(searchTerms('28,473 killed')).toEqual(['28473', 'killed']);
    // Commas that are not thousands separators stay.
    expect(foldForSearch('in 2023, 45 people; 1,23')).toBe('in 2023, 45 people; 1,23');
  });

  it('covers the sentence, the attribution, the source and the publisher', () => {
    const text = searchFields({
      sentence: 'The ministry said 28,473 people were killed.',
      attribution: 'The ministry',
      source: 'Gaza Health Ministry',
      publisher: '(unknown)',
    });
    expect(text).toBe(
      'The ministry said 28,473 people were killed.\nThe ministry\nGaza Health Ministry\nUnknown publisher',
    );
    const folded = foldForSearch(text);
    expect(searchTerms('health ministry').every((t) => folded.includes(t))).toBe(true);
    expect(searchTerms('28473').every((t) => folded.includes(t))).toBe(true);
  });
});
