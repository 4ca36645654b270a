// The tooltip of a mark that sums up several figures: which figures, their median and range,
// how many publishers gave them, and that a click shows them one by one.
import { metricInfo } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { formatDay, formatNumber } from '../format/format.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartBucket } from './chartMarks.ts';

interface Props {
  bucket: ChartBucket;
  x: number;
  y: number;
  chartWidth: number;
}

export function BucketTooltip({ bucket, x, y, chartWidth }: Props) {
  const onRight = x < chartWidth / 2;
  const span =
    bucket.from === bucket.to
      ? formatDay(bucket.from)
      : `${formatDay(bucket.from)} – ${formatDay(bucket.to)}`;
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-64 max-w-[75%] -translate-y-1/2 rounded-md border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={onRight ? { left: x + 16, top: y } : { right: chartWidth - x + 16, top: y }}
    >
      <p className="text-base font-bold tabular-nums">{formatNumber(bucket.count)} figures</p>
      <p className="flex items-center gap-1.5 font-medium">
        <span
          aria-hidden="true"
          className="size-2.5 shrink-0 rounded-full"
          style={{ backgroundColor: METRIC_COLOR[bucket.metric] }}
        />
        {metricInfo(bucket.metric).label}
        {bucket.scope === 'incident' ? ', one event each' : ', running totals'}
        {bucket.modality === 'proposed' ? ', proposed' : ''}
      </p>
      <p>{span}</p>
      <p>
        {bucket.publisher === null
          ? `${bucket.publisherCount} ${bucket.publisherCount === 1 ? 'publisher' : 'publishers'}`
          : publisherLabel(bucket.publisher)}
      </p>
      <p className="mt-0.5 tabular-nums">
        Median {formatNumber(bucket.median)}, range {formatNumber(bucket.low)}–
        {formatNumber(bucket.high)}
      </p>
      {bucket.reportDatedCount > 0 && (
        <p className="text-slate-600 dark:text-slate-300">
          {`${bucket.reportDatedCount === bucket.count ? 'All' : bucket.reportDatedCount} ${bucket.reportDatedCount === 1 ? 'is' : 'are'} dated by the report: placed at the article’s publication day, as the text does not say which day.`}
        </p>
      )}
      {bucket.outlierCount > 0 && (
        <p className="text-slate-600 dark:text-slate-300">
          {bucket.outlierCount} more {bucket.outlierCount === 1 ? 'lies' : 'lie'} far off and{' '}
          {bucket.outlierCount === 1 ? 'is' : 'are'} drawn on{' '}
          {bucket.outlierCount === 1 ? 'its' : 'their'} own.
        </p>
      )}
      <p className="mt-0.5 text-slate-600 dark:text-slate-300">Click to zoom in to these days.</p>
    </div>
  );
}
