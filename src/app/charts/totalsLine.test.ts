import { describe, expect, it } from 'vitest';
import type { ChartPoint } from './chartPoint.ts';
import { totalsPath } from './totalsLine.ts';

const total = (t: number, value: number) => ({ t, value }) as ChartPoint;
const scales = { x: (t: number) => t * 10, y: (v: number) => (v > 0 ? 100 - v : NaN) };

describe('totalsPath', () => {
  it('joins the totals in the order given', () => {
    expect(totalsPath([total(1, 10), total(2, 20), total(4, 5)], scales)).toBe(
      'M10,90L20,80L40,95',
    );
  });

  it('draws nothing for fewer than two totals', () => {
    expect(totalsPath([], scales)).toBe('');
    expect(totalsPath([total(1, 10)], scales)).toBe('');
  });

  it('runs on past a total the scale cannot place', () => {
    expect(totalsPath([total(1, 10), total(2, 0), total(3, 30)], scales)).toBe('M10,90L30,70');
  });
});
