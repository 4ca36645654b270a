import { describe, expect, it } from 'vitest';
import type { Figure } from '../../dataset/schema.ts';
import {
  describeMissedPlace,
  figuresMatched,
  missedPlace,
  quoteForFigure,
  quoteForSelection,
  sentenceAround,
} from './quotes.ts';

const sentence =
  'An airstrike on Tuesday killed 12 people and wounded 12 others in Rafah, the ministry said.';
const figure = (id: string, text: string, from: number, extra: Partial<Figure> = {}): Figure => ({
  id,
  articleId: 'a',
  metric: 'gaza_killed',
  value: Number(text),
  text,
  qualifier: 'exact',
  modality: 'reported',
  scope: 'incident',
  asOf: null,
  attribution: null,
  source: null,
  paragraph: 0,
  sentence,
  start: from,
  end: from + text.length,
  sentenceStart: 0,
  ...extra,
});
const killed = figure('a:0:0', '12', sentence.indexOf('12'));
const wounded = figure('a:0:1', '12', sentence.lastIndexOf('12'), { metric: 'gaza_injured' });

describe('quoteForFigure', () => {
  it('takes a few words around the number when they pick out the figure', () => {
    expect(quoteForFigure(killed, [killed, wounded])).toBe('Tuesday killed 12 people and');
    expect(figuresMatched([killed, wounded], 'Tuesday killed 12 people and', '12')).toEqual([
      killed,
    ]);
  });

  it('widens the quote until no other figure shares it, up to the sentence', () => {
    const again = { ...killed, id: 'a:1:0', paragraph: 1 };
    expect(quoteForFigure(killed, [killed, wounded, again])).toBe(sentence);
    const short = 'Israel said 1,200 died.';
    const one = figure('a:2:0', '1,200', short.indexOf('1,200'), { sentence: short, value: 1200 });
    expect(quoteForFigure(one, [one])).toBe('Israel said 1,200 died.');
  });
});

describe('quoteForSelection', () => {
  const paragraphs = [
    'The ministry counted 9,000 missing. Officials said 9,000 more were displaced in Rafah.',
    'Another 9,000 were wounded.',
  ];

  it('stays within the sentence of the number and picks out its place in the article', () => {
    const at = paragraphs[0]?.indexOf('9,000') ?? 0;
    expect(quoteForSelection(paragraphs, 0, at, at + 5)).toBe('ministry counted 9,000 missing.');
    const later = paragraphs[0]?.lastIndexOf('9,000') ?? 0;
    expect(quoteForSelection(paragraphs, 0, later, later + 5)).toBe(
      'Officials said 9,000 more were',
    );
  });

  it('finds the sentence around a place by its punctuation, not inside a number', () => {
    const text = 'It rose to 1.4 million. Then 3 more.';
    expect(sentenceAround(text, text.indexOf('1.4'), text.indexOf('1.4') + 3)).toEqual([0, 23]);
    expect(sentenceAround(text, text.indexOf('3 more'))).toEqual([24, text.length]);
    const dated = 'Hamas took 240 on Oct. 7. Dr. Ali said 12 Gaza residents died. Then 3 more.';
    expect(sentenceAround(dated, dated.indexOf('12'))).toEqual([26, 62]);
    expect(sentenceAround(dated, dated.indexOf('7.'))).toEqual([0, 25]);
  });
});

describe('missedPlace', () => {
  const paragraphs = [
    'The ministry counted 9,000 missing.',
    'Another 9,000 were wounded and 12 died.',
  ];
  const twelve = figure('a:1:0', '12', 7, {
    paragraph: 1,
    sentence: 'Another 9,000 were wounded and 12 died.',
    sentenceStart: 0,
    start: 31,
    end: 33,
  });

  it('says where the words and number point, as the build will', () => {
    expect(missedPlace(paragraphs, [twelve], 'counted 9,000', '9,000')).toEqual({
      kind: 'found',
      paragraph: 0,
      start: 21,
      end: 26,
    });
    expect(missedPlace(paragraphs, [twelve], '9,000', '9,000')).toEqual({
      kind: 'several',
      count: 2,
    });
    expect(missedPlace(paragraphs, [twelve], 'and 12 died', '12')).toEqual({
      kind: 'taken',
      figureId: 'a:1:0',
    });
    expect(missedPlace(paragraphs, [], 'counted 9,001', '9,001').kind).toBe('not-found');
    expect(missedPlace(paragraphs, [], 'counted 9,000', '9').kind).toBe('not-a-number');
    expect(missedPlace(paragraphs, [], '', '9').kind).toBe('incomplete');
    expect(describeMissedPlace({ kind: 'several', count: 2 }, '9,000')).toMatch(/2 times/);
  });
});
