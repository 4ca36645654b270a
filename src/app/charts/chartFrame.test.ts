import { scaleLinear, scaleLog } from 'victory-vendor/d3-scale';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { queryFigures } from '../filters/figureQuery.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import {
  axisScale,
  chartDescription,
  chartHeight,
  maxTimeTicks,
  plotAreaOf,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
} from './chartFrame.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { scaledChartData } from './chartScale.ts';

describe('the chart’s frame', () => {
  it('is lower below 500 px, and keeps the plot’s height when events take room above it', () => {
    expect(chartHeight(340, false)).toBe(260);
    expect(chartHeight(499, true)).toBe(286);
    expect(chartHeight(500, false)).toBe(300);
    expect(chartHeight(512, true)).toBe(326);
    const plain = plotAreaOf(512, chartHeight(512, false), false);
    const withEvents = plotAreaOf(512, chartHeight(512, true), true);
    expect(withEvents.height).toBe(plain.height);
    expect(withEvents.y - plain.y).toBe(chartHeight(512, true) - chartHeight(512, false));
  });

  it('puts the plot right of the value axis and above the time axis', () => {
    expect(plotAreaOf(512, 300, false)).toEqual({
      x: Y_AXIS_WIDTH,
      y: 14,
      width: 512 - Y_AXIS_WIDTH - 18,
      height: 300 - 14 - X_AXIS_HEIGHT,
    });
  });

  it('asks for a time tick per 90 px, two at least', () => {
    expect(maxTimeTicks(100)).toBe(2);
    expect(maxTimeTicks(512)).toBe(5);
  });
});

describe('axisScale', () => {
  it('maps values as Recharts’ d3 scales do, linear and log', () => {
    const linear = scaleLinear().domain([0, 1234]).range([274, 14]);
    const log = scaleLog().domain([3, 1_400_000]).range([274, 14]);
    const ours = axisScale([0, 1234], [274, 14], 'linear');
    const oursLog = axisScale([3, 1_400_000], [274, 14], 'log');
    for (const v of [0, 1, 5, 99.5, 617, 1234, 2000]) expect(ours(v)).toBeCloseTo(linear(v), 9);
    for (const v of [3, 10, 232, 28_473, 1_400_000]) expect(oursLog(v)).toBeCloseTo(log(v), 9);
    expect(oursLog(0)).toBeNaN();
  });

  it('puts a domain of one value in the middle', () => {
    expect(axisScale([5, 5], [0, 100], 'linear')(5)).toBe(50);
    expect(axisScale([5, 5], [0, 100], 'log')(5)).toBe(50);
  });
});

describe('chartDescription', () => {
  it('says how many figures and marks a summed-up chart shows', () => {
    const index = buildDatasetIndex(randomDataset(3, 3000));
    const { positions } = queryFigures(index.columns, DEFAULT_VIEW);
    const chart = CHART_GROUPS[0];
    if (!chart) throw new Error('no chart');
    const { data, scale } = scaledChartData(index.columns, positions, chart.metrics, 'auto');
    const words = chartDescription(data, scale);
    expect(words).toContain(`${data.pointCount.toLocaleString('en-US')} dated`);
    if (data.binning) expect(words).toContain(`${data.markCount.toLocaleString('en-US')} marks`);
  });
});
