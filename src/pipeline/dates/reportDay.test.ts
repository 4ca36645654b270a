import { describe, expect, it } from 'vitest';
import { reportDay } from './reportDay.ts';
import { buildArticle } from '../buildArticle.ts';

describe('the day a story was written', () => {
  it('is the dateline’s day when the page is dated a day or two later', () => {
    expect(reportDay('2024-01-05', { month: 1, day: 4 })).toBe('2024-01-04');
    expect(reportDay('2024-03-11', { month: 3, day: 9 })).toBe('2024-03-09');
    // across the turn of the year
    expect(reportDay('2024-01-01', { month: 12, day: 31 })).toBe('2023-12-31');
  });

  it('is the page’s date otherwise', () => {
    expect(reportDay('2024-01-05', { month: 1, day: 5 })).toBe('2024-01-05');
    expect(reportDay('2024-01-05', { month: 1, day: 1 })).toBe('2024-01-05');
    // a dateline after the page's date is a mistake somewhere, not a day to move to
    expect(reportDay('2024-01-05', { month: 1, day: 6 })).toBe('2024-01-05');
    expect(reportDay('2024-01-05', null)).toBe('2024-01-05');
    expect(reportDay(null, { month: 1, day: 4 })).toBeNull();
  });
});

describe('an article read against its dateline’s day', () => {
  it('dates its totals and weekdays from the day the story was written', () => {
    const text = [
      'Gaza death toll rises, ministry says',
      '',
      '09:10, January 05, 2024',
      '',
      'GAZA, Jan. 4 (Xinhua) -- The death toll from Israeli strikes on the Gaza Strip has risen to 22,438, the health ministry said.',
      '',
      'Israeli strikes killed 125 Palestinians in Gaza yesterday, it added.',
    ].join('\n');
    const { article, figures } = buildArticle('x', 'x.txt', text, undefined);
    expect(article.published).toBe('2024-01-05');
    expect(figures.map((f) => `${f.value} ${f.scope} ${f.asOf}`)).toEqual([
      '22438 total 2024-01-04',
      '125 incident 2024-01-03',
    ]);
  });
});
