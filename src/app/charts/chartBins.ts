// Spans of days that crowded chart points are summed up over: a day, two days, a week or
// fortnight starting on Monday, a calendar month, quarter or year. Pure, on UTC day numbers
// (days since 1970-01-01), so a bin is the same for every reader.
import { DAY_MS } from '../filters/figureColumns.ts';

export type BinUnit = 'day' | '2 days' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';
// 1970-01-01 was a Thursday; day 4 was a Monday.
const MONDAY = 4;

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The first and last day of the bin that holds `day`. */
export function binOf(unit: BinUnit, day: number): [number, number] {
  switch (unit) {
    case 'day':
      return [day, day];
    case '2 days': {
      const start = day - mod(day, 2);
      return [start, start + 1];
    }
    case 'week':
    case 'fortnight': {
      const length = unit === 'week' ? 7 : 14;
      const start = day - mod(day - MONDAY, length);
      return [start, start + length - 1];
    }
    default: {
      const date = new Date(day * DAY_MS);
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth();
      const [first, months] =
        unit === 'month' ? [month, 1] : unit === 'quarter' ? [month - (month % 3), 3] : [0, 12];
      return [Date.UTC(year, first, 1) / DAY_MS, Date.UTC(year, first + months, 1) / DAY_MS - 1];
    }
  }
}

/** How a bin is named in the chart's notes: "a week", "a month". */
export const BIN_WORDS: Record<BinUnit, string> = {
  day: 'a day',
  '2 days': 'two days',
  week: 'a week',
  fortnight: 'two weeks',
  month: 'a month',
  quarter: 'a quarter',
  year: 'a year',
};

/** About how many days a bin spans. */
export const BIN_DAYS: Record<BinUnit, number> = {
  day: 1,
  '2 days': 2,
  week: 7,
  fortnight: 14,
  month: 30,
  quarter: 91,
  year: 365,
};
