import { describe, expect, it } from 'vitest';
import {
  correctionSchema,
  correctionsFileSchema,
  isRealDay,
  numberPositions,
  quotedNumberSpans,
  standsAsNumber,
  type Correction,
} from './corrections.ts';

const entry = (fields: Record<string, unknown>) => ({
  article: 'a.txt',
  quote: 'wounded 12 others',
  number: '12',
  action: 'drop',
  reason: 'not a count of people',
  ...fields,
});

const firstIssue = (value: unknown) => {
  const result = correctionSchema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
};

describe('the corrections.json schema', () => {
  it('accepts each action in the shape DATASET.md gives', () => {
    const entries: Correction[] = [
      entry({}) as Correction,
      entry({
        action: 'set',
        set: { metric: 'gaza_injured', value: 12, asOf: null, source: 'Gaza Health Ministry' },
        by: 'AB',
        date: '2024-02-14',
      }) as Correction,
      entry({ action: 'add', set: { metric: 'gaza_injured', value: 12 } }) as Correction,
    ];
    expect(correctionsFileSchema.parse({ corrections: entries }).corrections).toEqual(entries);
    expect(correctionsFileSchema.parse({ corrections: [] }).corrections).toEqual([]);
  });

  it.each([
    ['not an object', 5, ': an entry must be an object'],
    ['an unknown action', entry({ action: 'fix' }), 'action: action "fix" is not one of'],
    [
      'a set with an unknown metric',
      entry({ action: 'set', set: { metric: 'gaza_kiled' } }),
      'set.metric: metric "gaza_kiled" is not known',
    ],
    [
      'a set with an impossible day',
      entry({ action: 'set', set: { asOf: '2024-02-30' } }),
      'set.asOf: "2024-02-30" is not a real day',
    ],
    [
      'a set with a day in another form',
      entry({ action: 'set', set: { asOf: '14/02/2024' } }),
      'set.asOf: "14/02/2024" is not a real day',
    ],
    [
      'a set with a value that is no count',
      entry({ action: 'set', set: { value: 0 } }),
      'set.value: value must be more than 0',
    ],
    [
      'an unknown field in set',
      entry({ action: 'set', set: { metrc: 'gaza_killed' } }),
      'set: unknown field "metrc"',
    ],
    ['a set without values', entry({ action: 'set', set: {} }), 'set: a set needs the values'],
    ['a set without set', entry({ action: 'set' }), 'set: a set needs the values'],
    ['a drop with values', entry({ set: { value: 3 } }), 'set: a drop changes no values'],
    [
      'an add without a metric',
      entry({ action: 'add', set: { value: 12 } }),
      'set: an add needs set.metric',
    ],
    ['an add without set', entry({ action: 'add' }), ': an add needs set.metric'],
    ['no reason', entry({ reason: undefined }), 'reason: reason is missing'],
    ['an empty reason', entry({ reason: '  ' }), 'reason: reason must not be empty'],
    ['no article', entry({ article: undefined }), 'article: article is missing'],
    [
      'a number that is not in the quote',
      entry({ number: '13' }),
      'number: "13" does not occur as a number inside the quote',
    ],
    [
      'a number that is only part of one in the quote',
      entry({ number: '1' }),
      'number: "1" does not occur as a number',
    ],
    ['an unknown field', entry({ reson: 'typo' }), ': unknown field "reson"'],
    ['a review day that is not a day', entry({ date: '2024-13-01' }), 'date: "2024-13-01"'],
    [
      'a source without the attribution it stands for',
      entry({ action: 'set', set: { attribution: null, source: 'IDF' } }),
      'set.source: source and attribution are null together',
    ],
  ])('refuses %s', (_name, value, message) => {
    expect(firstIssue(value)).toContain(message);
  });

  it('refuses a file that is not { corrections: [...] }', () => {
    expect(correctionsFileSchema.safeParse([]).success).toBe(false);
    expect(correctionsFileSchema.safeParse({ corrections: {} }).success).toBe(false);
    expect(correctionsFileSchema.safeParse({ corrections: [], extra: 1 }).success).toBe(false);
  });
});

describe('finding a number in text', () => {
  it('takes a number only where it stands on its own', () => {
    const text = 'killed 40 people, 1,200 in all, and 4 more; two twofold';
    expect(numberPositions(text, '4')).toEqual([text.indexOf('4 more')]);
    expect(numberPositions(text, '200')).toEqual([]);
    expect(numberPositions(text, '1,200')).toEqual([text.indexOf('1,200')]);
    expect(numberPositions(text, '1')).toEqual([]);
    expect(numberPositions(text, 'two')).toEqual([text.indexOf('two')]);
    expect(standsAsNumber('1.4 million', 0, '1.4')).toBe(true);
    expect(standsAsNumber('1.45 million', 0, '1.4')).toBe(false);
  });

  it('finds the number inside every occurrence of the quote, each place once', () => {
    const paragraph = 'It killed 12 people and wounded 12 others; later 12 more died.';
    // The same number twice in a quote: both places.
    expect(quotedNumberSpans(paragraph, 'killed 12 people and wounded 12', '12')).toEqual([
      { start: 10, end: 12 },
      { start: 32, end: 34 },
    ]);
    expect(quotedNumberSpans(paragraph, 'wounded 12', '12')).toEqual([{ start: 32, end: 34 }]);
    expect(quotedNumberSpans(paragraph, '12', '12')).toHaveLength(3);
    expect(quotedNumberSpans(paragraph, 'not there 12', '12')).toEqual([]);
    // A quote that cuts a number: the number in it does not stand on its own in the text.
    expect(quotedNumberSpans('About 120 people', '20 people', '20')).toEqual([]);
  });

  it('knows a real day', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2023-02-29')).toBe(false);
    expect(isRealDay('2024-2-1')).toBe(false);
  });
});
