// Tables flattened by copy-paste, written for these tests.
import { describe, expect, it } from 'vitest';
import { flatTableRows } from './flatTables.ts';

describe('flatTableRows', () => {
  it('reads cells kept apart by tabs, the empty corner too', () => {
    expect(
      flatTableRows(['\tKilled\tWounded', 'Gaza\t34,000\t77,000', 'West Bank\t480\t5,000']),
    ).toEqual([
      '|  | Killed | Wounded |',
      '| Gaza | 34,000 | 77,000 |',
      '| West Bank | 480 | 5,000 |',
    ]);
  });

  it('reads cells kept apart by runs of spaces, and rows with blank lines between', () => {
    expect(
      flatTableRows([
        '           Killed    Wounded',
        'Gaza       34,000    77,000',
        '',
        'Israel     1,200     5,400',
      ]),
    ).toEqual(['| Killed | Wounded |', '| Gaza | 34,000 | 77,000 |', '| Israel | 1,200 | 5,400 |']);
  });

  it('leaves text alone: sentences with two spaces, one row, rows without a number', () => {
    const lines = [
      'The army said.  Hamas denied it.',
      'Officials met.  Talks resumed.',
      'Killed     34,000',
      '',
      'Name       Role',
      'Jane Roe   Spokeswoman',
    ];
    expect(flatTableRows(lines)).toEqual(lines);
  });

  it('ends a table where its rows change width', () => {
    expect(flatTableRows(['Killed\t34,000', 'Wounded\t77,000', 'A\tB\tC'])).toEqual([
      '| Killed | 34,000 |',
      '| Wounded | 77,000 |',
      'A\tB\tC',
    ]);
  });
});
