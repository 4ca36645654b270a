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

describe("the page's own headline", () => {
  it('of an HTML page, taken out of the text by its parser, is read first', () => {
    const html = [
      '<html><head><title>Gaza toll passes 10,000 as troops split the strip | Example Post</title></head>',
      '<body><div class="ticker">USD 28.52 | EUR 30.58</div>',
      '<h1>Gaza toll passes 10,000 as troops split the strip</h1>',
      '<p>The number of Palestinians killed since Oct. 7 has risen to 10,022, the ministry said on Monday.</p>',
      '</body></html>',
    ].join('\n');
    const { article, figures } = buildArticle('a', 'a.html', html, undefined);
    expect(article.paragraphs[0]).toBe('Gaza toll passes 10,000 as troops split the strip');
    expect(figures.map((f) => [f.paragraph, f.metric, f.value])).toEqual([
      [0, 'gaza_killed', 10000],
      [1, 'gaza_killed', 10022],
    ]);
  });

  it("of a front matter's title, is read first", () => {
    const md = [
      '---',
      'title: More than 600,000 people have fled Gaza City, the army says',
      'date: 2025-09-24',
      '---',
      '',
      'Residents streamed south along the coast road on Wednesday.',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.md', md, undefined);
    expect(figures.map((f) => [f.paragraph, f.metric, f.value])).toEqual([
      [0, 'gaza_displaced', 600000],
    ]);
  });

  it('is not read twice when the text prints it too', () => {
    const md = [
      '---',
      'title: Seven soldiers killed in Gaza blast',
      '---',
      '',
      'Seven soldiers killed in Gaza blast',
      '',
      'The army named the dead on Wednesday.',
    ].join('\n');
    const { article, figures } = buildArticle('a', 'a.md', md, undefined);
    expect(article.paragraphs.filter((p) => p.startsWith('Seven'))).toHaveLength(1);
    expect(figures).toHaveLength(1);
  });
});

describe('a fact box of lone numbers and their labels', () => {
  it('reads each number with its label as a running total', () => {
    const text = [
      ' date 2024-10-07 Gaza, one year on',
      '',
      'The war in Gaza has reshaped the territory.',
      '',
      'By the numbers',
      '',
      '41,909',
      '',
      'Palestinians killed in Gaza',
      '',
      '97,303',
      '',
      'Wounded in Gaza',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(figures.map((f) => [f.metric, f.value, f.scope, f.asOf, f.sentence])).toEqual([
      ['gaza_killed', 41909, 'total', '2024-10-07', 'Palestinians killed in Gaza: 41,909'],
      ['gaza_injured', 97303, 'total', '2024-10-07', 'Wounded in Gaza: 97,303'],
    ]);
  });
});

describe('an undated timeline', () => {
  it('reads each yearless day after the last day the text named', () => {
    const text = [
      'Key moments of the hostage crisis',
      '',
      'Oct. 7, 2023 - Gunmen storm southern Israel, abducting 251 people.',
      '',
      'Nov. 24: Hamas frees 13 hostages on the first day of a truce.',
      '',
      'Jan. 10: Troops recover the bodies of two hostages.',
    ].join('\n');
    const { article, figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(article.published).toBeNull();
    expect(figures.map((f) => [f.metric, f.value, f.asOf])).toEqual([
      ['hostages_taken', 251, '2023-10-07'],
      ['hostages_released', 13, '2023-11-24'],
      ['hostages_dead', 2, '2024-01-10'],
    ]);
  });
});

describe('the same count told twice in an article', () => {
  it('is one event: a mention without a day takes the day the other gives', () => {
    const text = [
      'Israel says 24 soldiers killed in deadliest day of Gaza ground war',
      '',
      'June 12, 2024',
      '',
      'Twenty-one reservists were killed in an explosion while preparing to demolish buildings in central Gaza.',
      '',
      'The army said the 21 reservists were killed in a blast near Kissufim on Monday, when a tank shell hit a building they had rigged with mines.',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(figures.map((f) => [f.paragraph, f.metric, f.value, f.scope, f.asOf])).toEqual([
      [0, 'soldiers_killed', 24, 'incident', '2024-06-12'],
      [1, 'soldiers_killed', 21, 'incident', '2024-06-10'],
      [2, 'soldiers_killed', 21, 'incident', '2024-06-10'],
    ]);
  });

  it('keeps them apart when the days they give differ', () => {
    const text = [
      'June 12, 2024',
      '',
      'Israeli strikes killed 12 people in Rafah.',
      '',
      'On Monday, strikes killed 12 people in Khan Younis; on Tuesday, 12 more died in Deir al-Balah.',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.txt', text, undefined);
    expect(figures.map((f) => f.asOf)).toEqual([null, '2024-06-10', '2024-06-11']);
  });
});
