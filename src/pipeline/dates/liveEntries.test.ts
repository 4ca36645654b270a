// Live blogs' entry stamps, in forms written for these tests.
import { describe, expect, it } from 'vitest';
import { liveEntryDays, readEntryStamp } from './liveEntries.ts';

describe('readEntryStamp', () => {
  it.each([
    ['Wed, 18 Oct - 21:40', '2023-10-18'],
    ['18 October 2023 09:12 BST', '2023-10-18'],
    ['Oct 17, 22:30', '2023-10-17'],
    ['Tuesday 17 October, 11:00am', '2023-10-17'],
    ['21:40 GMT - Wed 18 Oct', '2023-10-18'],
    ['Oct. 19, 2023 at 7:05 p.m.', '2023-10-19'],
  ])('reads %s', (line, day) => {
    expect(readEntryStamp(line, '2023-10-16')).toBe(day);
  });

  it('takes the year that puts a yearless stamp nearest the page date', () => {
    expect(readEntryStamp('Jan 2 - 08:15', '2023-12-30')).toBe('2024-01-02');
    expect(readEntryStamp('Dec 29 - 23:50', '2024-01-01')).toBe('2023-12-29');
  });

  it('reads no sentence, no date without a time, no time without a date', () => {
    expect(readEntryStamp('On 18 October at 21:40 the convoy crossed.', '2023-10-16')).toBeNull();
    expect(readEntryStamp('Wed, 18 Oct', '2023-10-16')).toBeNull();
    expect(readEntryStamp('21:40', '2023-10-16')).toBeNull();
    // a yearless stamp needs the page's year
    expect(readEntryStamp('Wed, 18 Oct - 21:40', null)).toBeNull();
  });
});

describe('liveEntryDays', () => {
  const blog = [
    'Live: strikes continue',
    'Wed, 18 Oct - 21:40',
    'The ministry said 3,478 people had been killed.',
    'Tue, 17 Oct - 22:30',
    'At least 500 people were killed in the blast.',
  ];

  it("gives each paragraph its entry's day, none before the first stamp", () => {
    expect(liveEntryDays(blog, '2023-10-16')).toEqual([
      null,
      '2023-10-18',
      '2023-10-18',
      '2023-10-17',
      '2023-10-17',
    ]);
  });

  it('is no live blog with a single stamp', () => {
    expect(liveEntryDays(blog.slice(0, 3), '2023-10-16')).toBeNull();
  });
});
