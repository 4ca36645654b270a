import { describe, expect, it } from 'vitest';
import { dayToTime, formatDay, formatHedgedValue, formatMonth, timeToDay } from './format.ts';

describe('format', () => {
  it('writes days and months in UTC', () => {
    expect(formatDay('2024-02-13')).toBe('13 Feb 2024');
    expect(formatMonth(dayToTime('2023-10-01'))).toBe('Oct 2023');
    expect(timeToDay(dayToTime('2023-12-31'))).toBe('2023-12-31');
  });

  it('writes hedged values with their symbol', () => {
    expect(formatHedgedValue(28473, 'exact')).toBe('28,473');
    expect(formatHedgedValue(20000, 'approx')).toBe('≈ 20,000');
    expect(formatHedgedValue(240, 'at_least')).toBe('≥ 240');
    expect(formatHedgedValue(10, 'at_most')).toBe('≤ 10');
  });
});
