// A metric's line of reported totals as one SVG path on the chart's scales: its totals joined
// in day order, as a linear curve joins them.
import type { ChartPoint } from './chartPoint.ts';
import type { Scales } from './chartScales.ts';

/** The path joining the totals, or '' when there are fewer than two (no line to draw). */
export function totalsPath(totals: readonly ChartPoint[], scales: Scales): string {
  if (totals.length < 2) return '';
  let d = '';
  for (const p of totals) {
    const x = scales.x(p.t);
    const y = scales.y(p.value);
    // A total the scale cannot place (a log axis' zero) is skipped: the line runs on.
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    d += `${d === '' ? 'M' : 'L'}${x},${y}`;
  }
  return d;
}
