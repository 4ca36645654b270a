import { describe, expect, it } from 'vitest';
import { tokenize } from '../figures/tokens.ts';
import { addDays, makeDay, normalizeDay, parseDay, weekday } from './calendar.ts';
import { findDateMentions } from './dateMentions.ts';
import { isWarStartDay, mayNameWarStart, resolveDate, WAR_START } from './resolveDate.ts';

function resolve(text: string, published: string | null, tense: 'past' | 'future' = 'past') {
  const [mention] = findDateMentions(tokenize(text));
  return mention ? resolveDate(mention, published, tense) : undefined;
}

describe('calendar', () => {
  it('accepts only real days', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2023-13-45')).toBeNull();
    expect(normalizeDay('2024-01-24T09:30:00+00:00')).toBe('2024-01-24');
    expect(normalizeDay('next week')).toBeNull();
  });

  it('does day arithmetic in UTC', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(weekday('2023-12-20')).toBe(3);
  });

  it('counts days as Date does, without one', () => {
    const viaDate = (day: string, n: number) => {
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + n);
      return date.toISOString().slice(0, 10);
    };
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000 * 5) {
      const date = new Date(t);
      const day = date.toISOString().slice(0, 10);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      expect(makeDay(y, m, d)).toBe(y < 1900 ? null : day);
      expect(weekday(day)).toBe(date.getUTCDay());
      for (const n of [-366, -31, -1, 1, 29, 183]) expect(addDays(day, n)).toBe(viaDate(day, n));
    }
    expect(makeDay(2023, 2, 29)).toBeNull();
    expect(makeDay(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDay(2024, 4, 31)).toBeNull();
    expect(makeDay(2024, 1.5, 3)).toBeNull();
  });
});

describe('resolveDate', () => {
  it('reads a weekday followed by its date as that date', () => {
    expect(resolve('freed on Saturday, Nov. 25', '2024-03-05')).toBe('2023-11-25');
    expect(resolve('on Wednesday, 6 December 2023', '2024-03-05')).toBe('2023-12-06');
    expect(findDateMentions(tokenize('on Saturday, Nov. 25'))).toHaveLength(1);
    // A weekday followed by something else stays a weekday.
    expect(resolve('freed on Saturday, officials said', '2024-03-05')).toBe('2024-03-02');
  });

  it('reads a weekday in a past-tense sentence as the latest such day', () => {
    expect(resolve('said on Tuesday', '2024-02-15')).toBe('2024-02-13');
    expect(resolve('said Thursday', '2023-10-13')).toBe('2023-10-12');
    expect(resolve('on Wednesday', '2023-12-20')).toBe('2023-12-20');
  });

  it('reads a weekday in a future-tense sentence as the next such day', () => {
    expect(resolve('released on Sunday evening', '2025-01-18', 'future')).toBe('2025-01-19');
  });

  it('reads a plan’s day within half a year ahead, else as a day gone by', () => {
    expect(resolve('to be freed on 20 July', '2024-06-15', 'future')).toBe('2024-07-20');
    expect(resolve('to be freed on 8 June', '2024-06-15', 'future')).toBe('2024-06-08');
    expect(resolve('due on Jan. 5', '2024-12-20', 'future')).toBe('2025-01-05');
  });

  it('reads month and day against the publication year', () => {
    expect(resolve('collapsed Dec. 1', '2023-12-20')).toBe('2023-12-01');
    expect(resolve('on Dec. 28', '2024-01-03')).toBe('2023-12-28');
    expect(resolve('on March 3, 2024', null)).toBe('2024-03-03');
    expect(resolve('4 June 2024', null)).toBe('2024-06-04');
  });

  it('reads 7 October without a year as the day the war began', () => {
    expect(resolve('on Oct. 7', '2025-03-01')).toBe(WAR_START);
    expect(resolve('since October 7', null)).toBe(WAR_START);
  });

  it('resolves relative days and refuses to guess without a publication date', () => {
    expect(resolve('killed yesterday', '2024-03-01')).toBe('2024-02-29');
    expect(resolve('on Tuesday', null)).toBeNull();
    expect(resolve('on Dec. 1', null)).toBeNull();
  });

  it('gives no day for a week, a month or a year', () => {
    expect(resolve('last week', '2024-03-01')).toBeNull();
    expect(resolve('in December', '2024-03-01')).toBeNull();
    expect(resolve('in 2023', '2024-03-01')).toBeNull();
  });
});

describe('mayNameWarStart', () => {
  it('holds for every way a sentence names 7 October', () => {
    const namings = [
      'on Oct. 7 militants crossed',
      'on October 7, 2023, militants crossed',
      'on 7 October militants crossed',
      'on the 7th of October militants crossed',
      'on Saturday, Oct. 7 militants crossed',
      'on 10/7 militants crossed',
      'on 07/10/2023 militants crossed',
      'on 7.10.2023 militants crossed',
      'on 2023-10-07 militants crossed',
    ];
    for (const text of namings) {
      expect(findDateMentions(tokenize(text)).some(isWarStartDay), text).toBe(true);
      expect(mayNameWarStart(text), text).toBe(true);
    }
  });

  it('rules out a sentence with no 7 or no October', () => {
    expect(mayNameWarStart('on Nov. 7 militants crossed')).toBe(false);
    expect(mayNameWarStart('on Oct. 8 militants crossed')).toBe(false);
  });
});
