import { describe, expect, it } from 'vitest';
import { joinFactBoxLines } from './factBoxLines.ts';

describe('joinFactBoxLines', () => {
  it('joins a number with its label below it', () => {
    expect(
      joinFactBoxLines(['By the numbers', '44,056', 'Palestinians killed', '104,268', 'Wounded']),
    ).toEqual(['By the numbers', 'Palestinians killed: 44,056', 'Wounded: 104,268']);
  });

  it('joins a label with its number below it', () => {
    expect(
      joinFactBoxLines(['Killed in Gaza', 'more than 44,000', 'Hostages still held', '101']),
    ).toEqual(['Killed in Gaza: more than 44,000', 'Hostages still held: 101']);
  });

  it('leaves sentences, years and lines with numbers of their own alone', () => {
    const text = [
      'The war began on October 7.',
      '2023',
      'At least 30 people were killed in Rafah.',
      'Killed: 30',
    ];
    expect(joinFactBoxLines(text)).toEqual(text);
  });

  it('reads a value with a note after it as the value, so labels stay with their numbers', () => {
    expect(
      joinFactBoxLines([
        'Killed in Gaza',
        '20,057',
        'Displaced',
        '1.9 million (about 85 percent of the population)',
        'Killed in the West Bank',
        'more than 300',
        'Aid trucks a day',
        'about 100, against 500 before the war',
      ]),
    ).toEqual([
      'Killed in Gaza: 20,057',
      'Displaced: 1.9 million (about 85 percent of the population)',
      'Killed in the West Bank: more than 300',
      'Aid trucks a day: about 100, against 500 before the war',
    ]);
  });

  it('reads a value with a note after a dash, so the label above keeps it', () => {
    expect(
      joinFactBoxLines([
        'Killed since the war began',
        '50,983',
        'Injured',
        '116,274',
        'Hostages still held',
        '59 — officials believe 24 are alive',
        'Aid trucks in April',
        '0',
      ]),
    ).toEqual([
      'Killed since the war began: 50,983',
      'Injured: 116,274',
      'Hostages still held: 59 — officials believe 24 are alive',
      'Aid trucks in April: 0',
    ]);
  });

  it('reads a label that ends in a colon over its number', () => {
    expect(
      joinFactBoxLines([
        'THE TOLL, IN NUMBERS',
        'Killed since October 7, 2023:',
        '61,599',
        'Injured:',
        '154,088',
      ]),
    ).toEqual(['THE TOLL, IN NUMBERS', 'Killed since October 7, 2023: 61,599', 'Injured: 154,088']);
  });

  it('does not take a sentence that opens with a number for a value', () => {
    const text = ['Rafah', '30 people were killed (medics said)', 'Khan Younis', '12'];
    expect(joinFactBoxLines(text)).toEqual([
      'Rafah',
      '30 people were killed (medics said)',
      'Khan Younis: 12',
    ]);
  });

  it('tells a heading at either end of a run by its naming no people', () => {
    // Labels above their numbers, and the next section's heading after the last number.
    expect(
      joinFactBoxLines(['Killed in Gaza', '20,057', 'Hostages still held', '129', 'Truce talks']),
    ).toEqual(['Killed in Gaza: 20,057', 'Hostages still held: 129', 'Truce talks']);
    // A heading above numbers with their labels below.
    expect(
      joinFactBoxLines(['In figures', '20,057', 'Killed in Gaza', '129', 'Hostages still held']),
    ).toEqual(['In figures', 'Killed in Gaza: 20,057', 'Hostages still held: 129']);
  });

  it('reads a note in brackets under a number as no label, and keeps one layout through the box', () => {
    expect(
      joinFactBoxLines([
        'Fact box',
        'Killed in Israel on 7 October',
        '1,205',
        '(Example tally based on official figures)',
        'Taken hostage',
        '251',
        'Still held in Gaza',
        '97',
        '(Example Ministry figures)',
        'Wounded in Gaza',
        '97,303',
        'Killed in the West Bank',
        'more than 700',
        'The hostages',
      ]),
    ).toEqual([
      'Fact box',
      'Killed in Israel on 7 October: 1,205',
      '(Example tally based on official figures)',
      'Taken hostage: 251',
      'Still held in Gaza: 97',
      '(Example Ministry figures)',
      'Wounded in Gaza: 97,303',
      'Killed in the West Bank: more than 700',
      'The hostages',
    ]);
  });
});

describe('labels that end in a colon, over values with notes', () => {
  it('are read above their values, however the run ends', () => {
    expect(
      joinFactBoxLines([
        'Killed in Gaza:',
        '68,875 (Health Ministry, 5 November)',
        'Injured in Gaza:',
        '170,679',
        'Soldiers killed:',
        'more than 900 since October 2023',
      ]),
    ).toEqual([
      'Killed in Gaza: 68,875 (Health Ministry, 5 November)',
      'Injured in Gaza: 170,679',
      'Soldiers killed: more than 900 since October 2023',
    ]);
  });
});

describe('joinFactBoxLines: a value with the part it includes after a comma', () => {
  it('keeps the labels above their numbers', () => {
    expect(
      joinFactBoxLines([
        'Killed in Gaza',
        '33,175',
        'Hostages still in Gaza',
        '133, including 36 believed dead',
        'Soldiers killed',
        '604, including 260 since the ground invasion',
      ]),
    ).toEqual([
      'Killed in Gaza: 33,175',
      'Hostages still in Gaza: 133, including 36 believed dead',
      'Soldiers killed: 604, including 260 since the ground invasion',
    ]);
  });
});

describe('joinFactBoxLines: a box under "By the numbers" whose last value the run cannot read', () => {
  it('keeps its labels over their numbers', () => {
    expect(
      joinFactBoxLines([
        'By the numbers',
        'Living hostages freed on Monday',
        '20',
        'Killed in Gaza (health ministry, as of 13 October)',
        '67,900',
        'Displaced (UN)',
        'About 1.9 million people, or 90 per cent of the population',
      ]),
    ).toEqual([
      'By the numbers',
      'Living hostages freed on Monday: 20',
      'Killed in Gaza (health ministry, as of 13 October): 67,900',
      'Displaced (UN): About 1.9 million people, or 90 per cent of the population',
    ]);
  });
});
