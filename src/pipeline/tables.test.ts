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
});
