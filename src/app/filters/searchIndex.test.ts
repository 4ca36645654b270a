import { describe, expect, it } from 'vitest';
import { buildSearchIndex, prepareLetter, sentencesMatching } from './searchIndex.ts';

const index = () =>
  buildSearchIndex(['the ministry said', 'gaza health ministry', 'the ministry said', 'hamas']);

describe('the search index', () => {
  it('stores each distinct sentence once', () => {
    const search = index();
    expect(search.sentences).toHaveLength(3);
    expect([...search.sentenceOf]).toEqual([0, 1, 0, 2]);
  });

  it('finds the sentences that contain a term anywhere, even inside a word', () => {
    const search = index();
    expect([...sentencesMatching(search, 'ministry')]).toEqual([1, 1, 0]);
    expect([...sentencesMatching(search, 'mas')]).toEqual([0, 0, 1]);
    expect([...sentencesMatching(search, 'said')]).toEqual([1, 0, 0]);
    expect([...sentencesMatching(search, 'nothing')]).toEqual([0, 0, 0]);
  });

  it('never matches across two sentences', () => {
    expect([...sentencesMatching(index(), 'saidgaza')]).toEqual([0, 0, 0]);
  });

  it('narrows a longer term from a shorter one it remembers, with the same result', () => {
    const search = index();
    sentencesMatching(search, 'min');
    expect([...sentencesMatching(search, 'ministry said')]).toEqual([1, 0, 0]);
    expect([...sentencesMatching(search, 'health')]).toEqual([0, 1, 0]);
  });
});

describe('prepared letters', () => {
  it('answer a one-letter search and narrow longer ones, with the same results', () => {
    const search = index();
    prepareLetter(search, 'h');
    prepareLetter(search, 'z');
    expect([...sentencesMatching(search, 'h')]).toEqual([1, 1, 1]);
    expect(search.cache.size).toBe(0);
    expect([...sentencesMatching(search, 'health')]).toEqual([0, 1, 0]);
    expect([...sentencesMatching(search, 'gaza')]).toEqual([0, 1, 0]);
  });
});
