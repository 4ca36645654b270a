import { describe, expect, it } from 'vitest';
import {
  addDays,
  canStep,
  playNext,
  playStart,
  playStep,
  publishedSpan,
  stepKnownOn,
} from './knownOn.ts';

const span = publishedSpan(['2023-11-21', '2023-12-20', '2024-02-13']);

describe('as known on a day', () => {
  it('finds the span of publication days', () => {
    expect(span).toEqual({ first: '2023-11-21', last: '2024-02-13' });
    expect(publishedSpan([])).toBeNull();
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -7)).toBe('2024-02-23');
  });

  it('steps a day or a week, from the last day when none is set, within the span', () => {
    expect(stepKnownOn(null, -1, span)).toBe('2024-02-12');
    expect(stepKnownOn(null, -7, span)).toBe('2024-02-06');
    expect(stepKnownOn('2023-12-20', 7, span)).toBe('2023-12-27');
    expect(stepKnownOn('2023-11-23', -7, span)).toBe('2023-11-21');
    expect(stepKnownOn('2024-02-10', 7, span)).toBe('2024-02-13');
    expect(canStep(null, 1, span)).toBe(false);
    expect(canStep(null, -1, span)).toBe(true);
    expect(canStep('2023-11-21', -1, span)).toBe(false);
    expect(canStep('2023-11-21', 7, span)).toBe(true);
    expect(canStep('2024-01-01', 1, null)).toBe(false);
  });

  it('plays from the first day (or the day shown) to the last, a week at a time', () => {
    expect(playStep(span)).toBe(7);
    expect(playStep(publishedSpan(['2024-01-01', '2024-01-20']))).toBe(1);
    expect(playStart(null, span)).toBe('2023-11-21');
    expect(playStart('2024-02-13', span)).toBe('2023-11-21');
    expect(playStart('2024-01-01', span)).toBe('2024-01-01');
    const days: string[] = [];
    for (let day = playStart(null, span); day !== null; day = playNext(day, span)) days.push(day);
    expect(days[0]).toBe('2023-11-21');
    expect(days.at(-1)).toBe('2024-02-13');
    // 84 days: twelve weeks after the first day.
    expect(days).toHaveLength(13);
    expect(playNext('2024-02-13', span)).toBeNull();
  });
});
