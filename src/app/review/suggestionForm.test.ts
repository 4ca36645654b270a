import { describe, expect, it } from 'vitest';
import type { Figure } from '../../dataset/schema.ts';
import {
  entryFromForm,
  valueOfNumber,
  valuesForFigure,
  valuesForMissed,
  type FormTarget,
} from './suggestionForm.ts';

const sentence = 'The ministry said 74 people were killed on Tuesday.';
const figure: Figure = {
  id: 'a:3:0',
  articleId: 'a',
  metric: 'gaza_killed',
  value: 74,
  text: '74',
  qualifier: 'exact',
  modality: 'reported',
  scope: 'total',
  asOf: '2024-02-13',
  attribution: 'The ministry',
  source: 'Gaza Health Ministry',
  paragraph: 3,
  sentence,
  start: 18,
  end: 20,
  sentenceStart: 0,
};
const target: FormTarget = {
  kind: 'figure',
  file: 'a.txt',
  figure,
  quote: 'ministry said 74 people',
};
const TODAY = '2024-03-01';

describe('the suggestion form', () => {
  it('makes a set with only the values that changed, article, quote and number filled in', () => {
    const values = {
      ...valuesForFigure(figure),
      scope: 'incident' as const,
      asOf: '',
      reason: ' one day ',
    };
    expect(entryFromForm(values, target, TODAY)).toEqual({
      ok: true,
      entry: {
        article: 'a.txt',
        quote: 'ministry said 74 people',
        number: '74',
        action: 'set',
        set: { scope: 'incident', asOf: null },
        reason: 'one day',
        date: TODAY,
      },
    });
  });

  it('makes a drop, with the reviewer when given', () => {
    const values = {
      ...valuesForFigure(figure),
      action: 'drop' as const,
      reason: 'an age',
      by: 'AB',
    };
    expect(entryFromForm(values, target, TODAY)).toEqual({
      ok: true,
      entry: {
        article: 'a.txt',
        quote: 'ministry said 74 people',
        number: '74',
        action: 'drop',
        reason: 'an age',
        by: 'AB',
        date: TODAY,
      },
    });
  });

  it('asks for a reason, a change and a real number', () => {
    expect(entryFromForm(valuesForFigure(figure), target, TODAY)).toEqual({
      ok: false,
      errors: {
        reason: 'Say why: readers see the reason.',
        form: 'Change at least one value, or say that it is not a figure.',
      },
    });
    const bad = { ...valuesForFigure(figure), value: 'many', reason: 'x' };
    expect(entryFromForm(bad, target, TODAY)).toMatchObject({
      ok: false,
      errors: { value: 'Give the number of people, more than 0.' },
    });
  });

  it('makes an add of a missed number, with the values given', () => {
    const values = {
      ...valuesForMissed('counted 9,000 missing', '9,000', '2024-02-13'),
      metric: 'gaza_killed' as const,
      source: 'Gaza Health Ministry',
      reason: 'presumed dead',
    };
    expect(values.value).toBe('9000');
    expect(entryFromForm(values, { kind: 'missed', file: 'a.txt' }, TODAY)).toEqual({
      ok: true,
      entry: {
        article: 'a.txt',
        quote: 'counted 9,000 missing',
        number: '9,000',
        action: 'add',
        set: {
          metric: 'gaza_killed',
          value: 9000,
          qualifier: 'exact',
          modality: 'reported',
          scope: 'total',
          asOf: '2024-02-13',
          source: 'Gaza Health Ministry',
        },
        reason: 'presumed dead',
        date: TODAY,
      },
    });
  });

  it('says what is wrong with an add', () => {
    const values = { ...valuesForMissed('counted 9,000 missing', '900', null), reason: 'x' };
    const result = entryFromForm(values, { kind: 'missed', file: 'a.txt' }, TODAY);
    expect(result).toMatchObject({
      ok: false,
      errors: {
        metric: 'Choose what the number counts.',
        number: '"900" does not occur as a number inside the quote',
      },
    });
  });

  it('reads numbers written in digits', () => {
    expect(valueOfNumber('28,473')).toBe(28473);
    expect(valueOfNumber('1.4 million')).toBe(1_400_000);
    expect(valueOfNumber('40 000')).toBe(40000);
    expect(valueOfNumber('Eighty')).toBeNull();
  });
});
