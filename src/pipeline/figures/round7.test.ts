// Round 7 of the figure rules. Sentences written for these tests in the styles of wire
// services, Israeli, Arab and Asian outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2025-02-01';
const read = (sentence: string) =>
  extractSentenceFigures(sentence, PUB).map((f) => `${f.metric}=${f.value}`);

describe('who a counted group were, told by a copula', () => {
  it.each([
    [
      'The 90 prisoners released on Sunday were 69 women and 21 teenage boys.',
      ['prisoners_released=90'],
    ],
    [
      'Israel released 90 prisoners on Sunday, who were 69 women and 21 minors.',
      ['prisoners_released=90'],
    ],
    [
      'The 110 Palestinians freed overnight are 30 children and 80 men, the prisoners’ society said.',
      ['prisoners_released=110'],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // No group counted before the copula: the count is the figure.
    ['Those released on Saturday were 13 Israelis, Hamas said.', ['hostages_released=13']],
    // Two groups, two clauses: the second count is no part of the first.
    [
      'Hamas freed 13 hostages on Friday; those freed on Saturday were 17 people.',
      ['hostages_released=13', 'hostages_released=17'],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe("the group a copula's subject names", () => {
  it.each([
    [
      'Hamas freed 13 hostages, and the prisoners released were 39 women and teenagers.',
      ['hostages_released=13', 'prisoners_released=39'],
    ],
    [
      'The hostages handed over on Saturday were three women, the army said.',
      ['hostages_released=3'],
    ],
    // A count's own noun says who they are, whatever the subject.
    ['The prisoners freed were 20 Palestinians from Jenin.', ['prisoners_released=20']],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
