// Tables of figures in the formats articles arrive in: each number cell is read as its row and
// column labels say, the way a fact-box line is. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from './buildArticle.ts';

function figures(file: string, text: string): string[] {
  return buildArticle('t', file, text, undefined).figures.map(
    (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf ?? '-'}`,
  );
}

const markdown = (body: string) => `---\npublished: 2024-03-10\n---\n${body}`;
const html = (body: string) =>
  `<html><head><meta property="article:published_time" content="2024-03-10T08:00:00Z"></head><body><article><h1>Five months of war</h1>${body}</article></body></html>`;
const text = (body: string) => ` date 2024-03-10\n${body}`;

const TOLL = [
  'gaza_killed=30878 total 2024-03-10',
  'gaza_injured=72402 total 2024-03-10',
  'west_bank_killed=423 total 2024-03-10',
  'israel_killed=1160 incident 2023-10-07',
  'israel_injured=5400 incident 2023-10-07',
];

describe('a table of the toll', () => {
  it('in Markdown', () => {
    const page = markdown(
      [
        'The war has entered its sixth month.',
        '',
        '| | Killed | Wounded |',
        '|---|---|---|',
        '| Gaza | 30,878 | 72,402 |',
        '| West Bank | 423 | 4,600 |',
        '| Israel (Oct 7) | 1,160 | 5,400 |',
      ].join('\n'),
    );
    expect(figures('a.md', page)).toEqual(TOLL);
  });

  it('in HTML, with row heads and a cell holding a paragraph', () => {
    const page = html(
      '<p>The war has entered its sixth month.</p><table><thead><tr><th></th><th>Killed</th><th>Wounded</th></tr></thead><tbody>' +
        '<tr><th scope="row">Gaza</th><td>30,878</td><td><p>72,402</p></td></tr>' +
        '<tr><th scope="row">West Bank</th><td>423</td><td>4,600</td></tr>' +
        '<tr><th scope="row">Israel (Oct 7)</th><td>1,160</td><td>5,400</td></tr></tbody></table>',
    );
    expect(figures('a.html', page)).toEqual(TOLL);
  });

  it('copied from a page with tabs between the cells', () => {
    const page = text(
      [
        'The war has entered its sixth month.',
        '',
        '\tKilled\tWounded',
        'Gaza\t30,878\t72,402',
        'West Bank\t423\t4,600',
        'Israel (Oct 7)\t1,160\t5,400',
      ].join('\n'),
    );
    expect(figures('a.txt', page)).toEqual(TOLL);
  });

  it('set out in columns of spaces', () => {
    const page = text(
      [
        'The war has entered its sixth month.',
        '',
        '                   Killed      Wounded',
        'Gaza               30,878      72,402',
        'West Bank          423         4,600',
        'Israel (Oct 7)     1,160       5,400',
      ].join('\n'),
    );
    expect(figures('a.txt', page)).toEqual(TOLL);
  });

  it('dated by its caption', () => {
    const page = html(
      '<p>The war has entered its sixth month.</p><figure class="wp-block-table"><table>' +
        '<tr><th>Place</th><th>Killed</th><th>Wounded</th></tr>' +
        '<tr><td>Gaza</td><td>30,878</td><td>72,402</td></tr></table>' +
        '<figcaption>Source: health ministries, as of March 8</figcaption></figure>',
    );
    expect(figures('a.html', page)).toEqual([
      'gaza_killed=30878 total 2024-03-08',
      'gaza_injured=72402 total 2024-03-08',
    ]);
  });

  it('of hostages, with places in the columns', () => {
    const page = markdown(
      [
        'Families of the captives rallied in Tel Aviv.',
        '',
        '| | Gaza |',
        '| --- | --- |',
        '| Hostages still held | 134 |',
        '| Hostages released | 105 |',
      ].join('\n'),
    );
    expect(figures('a.md', page)).toEqual([
      'hostages_held=134 total 2024-03-10',
      'hostages_released=105 total 2024-03-10',
    ]);
  });
});

describe('a table whose rows are days', () => {
  it('dates each row; a toll is the total up to its day', () => {
    const page = markdown(
      [
        'The health ministry in Gaza has counted the dead of the Israeli bombardment day by day.',
        '',
        '| Date | Killed | Death toll |',
        '| --- | ---: | ---: |',
        '| Oct. 9 | 260 | 687 |',
        '| Oct. 10 | 213 | 900 |',
      ].join('\n'),
    );
    expect(figures('a.md', page)).toEqual([
      'gaza_killed=260 incident 2023-10-09',
      'gaza_killed=687 total 2023-10-09',
      'gaza_killed=213 incident 2023-10-10',
      'gaza_killed=900 total 2023-10-10',
    ]);
  });
});

describe('tables that give no figure', () => {
  it.each([
    [
      'aid trucks and tonnes',
      ['| Crossing | Trucks | Tonnes of aid |', '|---|---|---|', '| Rafah | 2,874 | 40,100 |'],
    ],
    [
      'rockets',
      ['| | Rockets fired | Intercepted |', '|---|---|---|', '| From Gaza | 9,100 | 3,200 |'],
    ],
    ['money', ['| Donor | Pledged |', '|---|---|', '| United States | $100 million |']],
    ['shares', ['| | Share of the dead |', '|---|---|', '| Gaza | 70% |']],
    [
      'ages and days of people named',
      ['| Hostage | Age | Days held |', '|---|---|---|', '| Noa Levi | 26 | 245 |'],
    ],
    [
      'age bands',
      ['| Age | Killed |', '|---|---|', '| Under 18 | 13,000 |', '| 60 and over | 2,900 |'],
    ],
    ['years before the war', ['| Year | Palestinians killed |', '|---|---|', '| 2014 | 2,251 |']],
    ['dates', ['| Event | Date |', '|---|---|', '| Truce began | Nov. 24, 2023 |']],
  ])('%s', (_, table) => {
    const page = markdown(['Four hostages were rescued in central Gaza.', '', ...table].join('\n'));
    expect(figures('a.md', page)).toEqual(['hostages_rescued=4 incident -']);
  });

  it('keeps a layout table’s paragraphs as paragraphs', () => {
    const page = html(
      '<table><tr><td><p>Israeli strikes killed 40 people in Rafah, officials said.</p><p>The army said it struck militants.</p></td><td>Menu</td></tr></table>',
    );
    const { article } = buildArticle('t', 'a.html', page, undefined);
    // (The page's title, taken out of the text, is read first as its headline.)
    expect(article.paragraphs).toEqual([
      'Five months of war',
      'Israeli strikes killed 40 people in Rafah, officials said.',
      'The army said it struck militants.',
      'Menu',
    ]);
  });
});
