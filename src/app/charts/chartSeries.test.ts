import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { dayToTime } from '../format/format.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import type { MetricId } from '../../dataset/metrics.ts';
import type { Scale } from '../url/viewState.ts';
import {
  cachedChartData,
  chartData as chartDataOf,
  decadesSpanned,
  linearTicks,
  logTicks,
  monthTicks,
  timeDomain,
  timeTicks,
  valueDomain,
} from './chartSeries.ts';

const { columns, rows } = buildDatasetIndex(sampleDataset);
const all = Uint32Array.from(rows.keys());
const chartData = (metrics: readonly MetricId[], scale: Scale) =>
  chartDataOf(columns, all, metrics, scale);
const [casualties, hostages] = CHART_GROUPS;
if (!casualties || !hostages) throw new Error('two charts expected');

describe('cachedChartData', () => {
  it('switches scale by the value axis alone, reusing series and marks', () => {
    const positions = Uint32Array.from(rows.keys());
    const linear = cachedChartData(columns, positions, casualties.metrics, 'linear');
    const log = cachedChartData(columns, positions, casualties.metrics, 'log');
    expect(log.series).toBe(linear.series);
    expect(log.yDomain).toEqual(chartData(casualties.metrics, 'log').yDomain);
    expect(linear.yDomain).toEqual(chartData(casualties.metrics, 'linear').yDomain);
    expect(cachedChartData(columns, positions, casualties.metrics, 'log')).toBe(log);
  });
});

describe('chartData', () => {
  it('plots dated figures of the chart metrics and counts the undated ones', () => {
    const data = chartData(hostages.metrics, 'linear');
    // The proposed release gives no day: it is drawn at its report's (21 Nov 2023).
    expect(data.series.map((s) => s.metric)).toEqual(['hostages_held', 'hostages_released']);
    expect(data.pointCount).toBe(3);
    expect(data.reportDatedCount).toBe(1);
    // The rescue of an undated article has no day at all.
    expect(data.undatedCount).toBe(1);
    expect([data.firstDay, data.lastDay]).toEqual(['2023-11-21', '2024-02-13']);
    const release = data.series[1]?.points[0];
    expect(release?.id).toBe('a:1:0');
    expect(release?.t).toBe(dayToTime('2023-11-21'));
  });

  it('joins reported totals in date order and leaves incidents off the line', () => {
    const data = chartData(casualties.metrics, 'linear');
    const gaza = data.series.find((s) => s.metric === 'gaza_killed');
    // One point a day: on 13 Feb the exact 28,473 rather than the hedged 28,000.
    expect(gaza?.totals.map((p) => p.id)).toEqual(['a:0:0', 'b:0:0', 'c:1:0']);
    const israel = data.series.find((s) => s.metric === 'israel_killed');
    expect(israel?.points).toHaveLength(1);
    expect(israel?.totals).toHaveLength(0);
  });

  it('pads the time domain around the points', () => {
    const [start, end] = chartData(casualties.metrics, 'linear').xDomain;
    expect(start).toBeLessThan(dayToTime('2023-10-07'));
    expect(end).toBeGreaterThan(dayToTime('2024-02-13'));
  });
});

describe('same-day figures', () => {
  it('are spread side by side in value order', () => {
    const data = chartData([...casualties.metrics, ...hostages.metrics], 'linear');
    const feb13 = data.series
      .flatMap((s) => s.points)
      .filter((p) => p.row.day === '2024-02-13')
      .sort((a, b) => a.dodge - b.dodge);
    expect(feb13.map((p) => p.value)).toEqual([100, 28000, 28473]);
    expect(feb13.map((p) => p.dodge)).toEqual([-1, 0, 1]);
  });
});

describe('domains and ticks', () => {
  it('gives a lone day a month of room', () => {
    const t = dayToTime('2024-02-13');
    const [start, end] = timeDomain([t]);
    expect(end - start).toBeGreaterThan(30 * 86_400_000);
    expect(monthTicks([start, end], 6).length).toBeGreaterThan(0);
  });

  it('starts linear axes at zero with a round top', () => {
    expect(valueDomain([28473], 'linear')).toEqual([0, 50000]);
    expect(valueDomain([129, 100], 'linear')).toEqual([0, 200]);
  });

  it('spans whole powers of ten on a log axis', () => {
    expect(valueDomain([3, 28473], 'log')).toEqual([1, 28473 * 1.6]);
    expect(valueDomain([100], 'log')).toEqual([50, 175]);
    // A figure of 1 is not drawn on the axis.
    expect(valueDomain([1, 250], 'log')).toEqual([0.5, 400]);
    expect(logTicks([1, 1000])).toEqual([1, 10, 100, 1000]);
  });

  it('gives a log axis of one value, or of close values, three ticks or more', () => {
    for (const values of [[232], [3], [100], [900], [100, 129], [1_400_000], [28000, 28473]]) {
      const ticks = logTicks(valueDomain(values, 'log'));
      expect(ticks.length, `ticks for ${values.join()}`).toBeGreaterThanOrEqual(3);
    }
    expect(logTicks([100, 371])).toEqual([100, 200, 300]);
    expect(logTicks([1, 10])).toEqual([1, 2, 5, 10]);
  });

  it('marks days on the time axis when fewer than two months begin in it', () => {
    const t = dayToTime('2024-02-13');
    const lone = timeTicks(timeDomain([t]), 6);
    expect(lone.unit).toBe('day');
    expect(lone.ticks.length).toBeGreaterThanOrEqual(2);
    // Mondays: 29 Jan, 5 Feb, …
    expect(lone.ticks.every((tick) => new Date(tick).getUTCDay() === 1)).toBe(true);
    const year: [number, number] = [dayToTime('2023-10-01'), dayToTime('2024-09-30')];
    expect(timeTicks(year, 6)).toEqual({ unit: 'month', ticks: monthTicks(year, 6) });
  });

  it('thins month ticks to fit', () => {
    const domain: [number, number] = [dayToTime('2023-10-01'), dayToTime('2024-09-30')];
    expect(monthTicks(domain, 12)).toHaveLength(12);
    expect(monthTicks(domain, 4)).toHaveLength(4);
  });
});

describe('linearTicks', () => {
  it('gives round, evenly spaced ticks that end at the top', () => {
    expect(linearTicks([0, 500])).toEqual([0, 100, 200, 300, 400, 500]);
    expect(linearTicks([0, 2_000_000])).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(linearTicks([0, 50_000])).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(linearTicks([0, 250])).toEqual([0, 50, 100, 150, 200, 250]);
    expect(linearTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('measures the spread of values in powers of ten', () => {
    expect(decadesSpanned([3, 300])).toBe(2);
    expect(decadesSpanned([])).toBe(0);
  });
});
