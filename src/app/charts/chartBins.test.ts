import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../filters/figureColumns.ts';
import { binOf } from './chartBins.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const span = (unit: Parameters<typeof binOf>[0], on: string) => binOf(unit, day(on)).map(iso);

describe('binOf', () => {
  it('spans a day, two days, a week from Monday, two weeks', () => {
    expect(span('day', '2024-02-14')).toEqual(['2024-02-14', '2024-02-14']);
    expect(span('2 days', '2024-02-14')).toHaveLength(2);
    expect(span('week', '2024-02-14')).toEqual(['2024-02-12', '2024-02-18']); // Mon–Sun
    expect(span('week', '2024-02-12')).toEqual(['2024-02-12', '2024-02-18']);
    expect(span('week', '2024-02-18')).toEqual(['2024-02-12', '2024-02-18']);
    const [from, to] = binOf('fortnight', day('2024-02-14'));
    expect(to - from).toBe(13);
    expect(new Date(from * DAY_MS).getUTCDay()).toBe(1);
  });

  it('spans calendar months, quarters and years', () => {
    expect(span('month', '2024-02-14')).toEqual(['2024-02-01', '2024-02-29']);
    expect(span('quarter', '2024-05-02')).toEqual(['2024-04-01', '2024-06-30']);
    expect(span('year', '2023-10-07')).toEqual(['2023-01-01', '2023-12-31']);
  });
});
