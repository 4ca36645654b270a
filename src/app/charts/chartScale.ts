// Which value axis a chart gets. A reader who has never touched the scale switch must be able
// to read the first view: when a chart's values span a hundredfold or more (1.4 million
// displaced beside a toll of 232), a linear axis flattens all but the largest onto zero, so the
// chart is drawn on a log axis unless the reader asks for linear. Each chart decides for
// itself: the hostages chart may stay linear while the casualties chart goes log.
import type { MetricId } from '../../dataset/metrics.ts';
import type { FigureColumns } from '../filters/figureColumns.ts';
import type { Scale, ScaleSetting } from '../url/viewState.ts';
import { cachedChartData, type ChartData } from './chartSeries.ts';

/** Powers of ten the values must span before `auto` draws a chart on a log axis (100×). */
export const AUTO_LOG_DECADES = 2;

/** The axis a chart whose values span `decades` powers of ten is drawn on. */
export function resolveScale(setting: ScaleSetting, decades: number): Scale {
  if (setting !== 'auto') return setting;
  return decades >= AUTO_LOG_DECADES ? 'log' : 'linear';
}

/** A chart's data on the axis the setting gives it, and that axis. */
export function scaledChartData(
  columns: FigureColumns,
  positions: Uint32Array,
  metrics: readonly MetricId[],
  setting: ScaleSetting,
): { data: ChartData; scale: Scale } {
  // The spread of values is the same on either axis: the linear data says which one it is.
  const linear = cachedChartData(columns, positions, metrics, 'linear');
  const scale = resolveScale(setting, linear.decades);
  return {
    data: scale === 'linear' ? linear : cachedChartData(columns, positions, metrics, scale),
    scale,
  };
}
