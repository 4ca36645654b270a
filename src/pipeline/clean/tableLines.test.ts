// Tables written for these tests, in the shapes outlets print them.
import { describe, expect, it } from 'vitest';
import { readTables } from './tableLines.ts';

describe('readTables', () => {
  it('names each cell by its row and its column', () => {
    expect(
      readTables([
        'The toll so far:',
        '| | Killed | Wounded |',
        '|---|---:|---:|',
        '| Gaza | 30,100 | 71,000 |',
        '| West Bank | 410 | 4,500 |',
        '| Israel (Oct. 7) | 1,150 | 5,300 |',
        'Figures from health authorities.',
      ]),
    ).toEqual([
      'The toll so far:',
      'Killed in Gaza: 30,100 | Wounded in Gaza: 71,000',
      'Killed in West Bank: 410 | Wounded in West Bank: 4,500',
      'Killed in Israel on Oct. 7: 1,150 | Wounded in Israel on Oct. 7: 5,300',
      'Figures from health authorities.',
    ]);
  });

  it('reads places in the columns and groups in the rows', () => {
    expect(
      readTables([
        '| | Gaza | West Bank |',
        '| --- | --- | --- |',
        '| Children killed | 12,400 | 105 |',
        '| Share of women | 40% | 5% |',
      ]),
    ).toEqual([
      'Children killed in Gaza: 12,400 | Children killed in West Bank: 105',
      'Share of women in Gaza: 40% | Share of women in West Bank: 5%',
    ]);
  });

  it('dates rows that are days, a toll as the total up to its day', () => {
    expect(
      readTables([
        'Date | Killed | Death toll',
        '--- | --- | ---',
        'Oct 9 | 260 | 690',
        'Tuesday | 310 | 1,000',
      ]),
    ).toEqual([
      'Killed on Oct 9: 260 | Death toll as of Oct 9: 690',
      'Killed on Tuesday: 310 | Death toll as of Tuesday: 1,000',
    ]);
  });

  it('takes the day of a caption, a note under the table or the corner cell', () => {
    const table = ['| | Killed |', '|---|---|', '| Gaza | 29,900 |'];
    const read = ['Killed in Gaza as of Feb. 29: 29,900'];
    expect(readTables(['Casualties (as of Feb. 29)', ...table])).toEqual([
      'Casualties (as of Feb. 29)',
      ...read,
    ]);
    expect(readTables([...table, 'Source: health ministry, as of Feb. 29.'])).toEqual([
      ...read,
      'Source: health ministry, as of Feb. 29.',
    ]);
    expect(readTables(['| As of Feb. 29 | Killed |', '|---|---|', '| Gaza | 29,900 |'])).toEqual(
      read,
    );
    // Prose before a table is no caption.
    const prose =
      'As of Feb. 29, the ministry said, the count had been checked against hospital records and morgue lists in every district of the territory.';
    expect(readTables([prose, ...table])).toEqual([prose, 'Killed in Gaza: 29,900']);
  });

  it('leaves the note of the table above to that table', () => {
    expect(
      readTables([
        '| | Trucks |',
        '|---|---|',
        '| Rafah | 2,100 |',
        'Source: COGAT, as of March 3',
        '| | Killed |',
        '|---|---|',
        '| Gaza | 30,500 |',
      ]).at(-1),
    ).toBe('Killed in Gaza: 30,500');
  });

  it('reads a two-column table without a header as labels and numbers', () => {
    expect(readTables(['| Killed | 30,200 |', '| Hostages still held | 134 |'])).toEqual([
      'Killed: 30,200',
      'Hostages still held: 134',
    ]);
  });

  it('tells tables one under another apart', () => {
    expect(
      readTables([
        '| | Released |',
        '|---|---|',
        '| Israelis | 80 |',
        '| Crossing | Trucks |',
        '|---|---|',
        '| Rafah | 2,100 |',
        '| Killed | 30,200 | 70,500 |',
      ]),
    ).toEqual(['Israelis Released: 80', 'Rafah Trucks: 2,100', '| Killed | 30,200 | 70,500 |']);
  });

  it('keeps a row of a label alone, and drops an empty one', () => {
    expect(
      readTables(['| | Killed |', '|---|---|', '| Hostages | |', '| | |', '| Gaza | 30,100 |']),
    ).toEqual(['Hostages', 'Killed in Gaza: 30,100']);
  });

  it('keeps a total across places as printed', () => {
    expect(
      readTables(['| | Killed |', '|---|---|', '| Gaza | 30,100 |', '| Total | 31,700 |']),
    ).toEqual(['Killed in Gaza: 30,100', '| Total | 31,700 |']);
  });

  it('leaves a table as printed when a number has no label or a label has a count', () => {
    const ages = ['| Age | Killed |', '|---|---|', '| Under 18 | 12,300 |', '| 60+ | 2,900 |'];
    expect(readTables(ages)).toEqual(ages);
    const unnamed = ['| Gaza | 30,100 | 71,000 |', '| West Bank | 410 | 4,500 |'];
    expect(readTables(unnamed)).toEqual(unnamed);
  });

  it('leaves lines with bars that are no table alone', () => {
    const lines = ['Killed | 44,056', 'Killed: 44,056 | Injured: 104,268', 'Gaza | Live updates'];
    expect(readTables(lines)).toEqual(lines);
  });
});
