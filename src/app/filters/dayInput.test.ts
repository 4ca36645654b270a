import { describe, expect, it } from 'vitest';
import { formatDay } from '../format/format.ts';
import { parseDayInput } from './dayInput.ts';

describe('parseDayInput', () => {
  it.each([
    ['2023-10-07', '2023-10-07'],
    ['7 Oct 2023', '2023-10-07'],
    [' 7  oct. 2023 ', '2023-10-07'],
    ['07 October 2023', '2023-10-07'],
    ['21 Sept 2023', '2023-09-21'],
    ['1st Feb, 2024', '2024-02-01'],
    ['Oct 7, 2023', '2023-10-07'],
    ['February 29 2024', '2024-02-29'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (text, day) => {
    expect(parseDayInput(text)).toBe(day);
  });

  it.each(['07/10/2023', '10/7/2023', '29 Feb 2023', '7 Octember 2023', '7 Oc 2023', '2023', 'x'])(
    'refuses %j',
    (text) => {
      expect(parseDayInput(text)).toBeNull();
    },
  );

  it('reads back what the page writes', () => {
    for (const day of ['2023-10-07', '2024-02-13', '2023-12-31', '2024-09-01']) {
      expect(parseDayInput(formatDay(day))).toBe(day);
    }
  });
});
