// A headline printed in the text is read as its first paragraph, and means what the body says.
import { describe, expect, it } from 'vitest';
import { buildArticle } from './buildArticle.ts';

describe('a headline in the text', () => {
  it('is the first paragraph, and a figure it shares with the body takes the body’s reading', () => {
    const text = [
      'More than 500 Palestinians killed in West Bank, UN says',
      '',
      'June 12, 2024',
      '',
      'More than 500 Palestinians have been killed in the West Bank since October 7, the UN said on Wednesday.',
    ].join('\n');
    const { article, figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(article.title).toBe('More than 500 Palestinians killed in West Bank, UN says');
    expect(article.paragraphs[0]).toBe(article.title);
    expect(figures.map((f) => [f.paragraph, f.metric, f.value, f.scope])).toEqual([
      [0, 'west_bank_killed', 500, 'total'],
      [1, 'west_bank_killed', 500, 'total'],
    ]);
  });

  it('with a figure of its own, reads its bare participle as one event', () => {
    const text = 'Seven soldiers killed in Gaza blast\n\nThe army named the dead on Wednesday.';
    const { figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(figures.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['soldiers_killed', 7, 'incident'],
    ]);
  });
});
