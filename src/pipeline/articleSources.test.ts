import { describe, expect, it } from 'vitest';
import { buildArticle } from './buildArticle.ts';

describe('figure sources in an article', () => {
  it('resolve a bare "the ministry" to the ministry named earlier, and are null without attribution', () => {
    const text = [
      'date 2024-03-04',
      '',
      'Gaza’s Hamas-run health ministry published new casualty lists on Monday.',
      '',
      'At least 30,500 people have been killed in Gaza since the war began, the ministry said.',
      '',
      'Israeli troops killed 12 people in Rafah.',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(figures.map((f) => [f.value, f.attribution, f.source])).toEqual([
      [30500, 'the ministry', 'Gaza Health Ministry'],
      [12, null, null],
    ]);
  });
});
