import { describe, expect, it } from 'vitest';
import { correctionsFileSchema, type Correction } from '../../dataset/corrections.ts';
import {
  mergedCorrectionsFile,
  pendingSuggestions,
  readSuggestions,
  withSuggestion,
  writeSuggestions,
} from './suggestions.ts';

const shipped: Correction = {
  article: 'a.txt',
  quote: 'wounded 12 others',
  number: '12',
  action: 'set',
  set: { metric: 'gaza_injured', value: 12 },
  reason: 'wounded, not killed',
};
const mine: Correction = {
  article: 'b.txt',
  quote: 'killed 3 soldiers',
  number: '3',
  action: 'drop',
  reason: 'counted twice',
  date: '2024-03-01',
};

describe('suggestions kept in the browser', () => {
  it('read back what was written, leaving out what is not an entry', () => {
    expect(readSuggestions(writeSuggestions([shipped, mine]))).toEqual([shipped, mine]);
    expect(readSuggestions(JSON.stringify([mine, { action: 'drop' }, 5]))).toEqual([mine]);
    expect(readSuggestions('{ broken')).toEqual([]);
    expect(readSuggestions(null)).toEqual([]);
    expect(readSuggestions('{"corrections":[]}')).toEqual([]);
  });

  it('are added once, and count only while the file does not hold them', () => {
    expect(withSuggestion(withSuggestion([], mine), { ...mine })).toEqual([mine]);
    const reordered = { ...shipped, set: { value: 12, metric: 'gaza_injured' as const } };
    expect(pendingSuggestions([reordered, mine], [shipped])).toEqual([mine]);
  });

  it('merge with the shipped file into a valid corrections.json, its entries first', () => {
    const text = mergedCorrectionsFile([shipped], [shipped, mine]);
    expect(text.endsWith('\n')).toBe(true);
    expect(correctionsFileSchema.parse(JSON.parse(text))).toEqual({ corrections: [shipped, mine] });
    expect(JSON.parse(mergedCorrectionsFile([], []))).toEqual({ corrections: [] });
  });
});
