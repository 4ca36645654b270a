// The text alternative of a chart: what it draws as a table. Each single figure is a row that
// selects it; each summary mark a row that says what it sums up and zooms in to its days.
import { metricInfo } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/figureRow.ts';
import {
  formatDay,
  formatHedgedValue,
  formatNumber,
  KIND_WORDS,
  QUALIFIER_WORDS,
} from '../format/format.ts';
import { reviewBadge, reviewLine } from '../review/reviewText.ts';
import type { ChartBucket } from './chartMarks.ts';
import type { ChartPoint } from './chartPoint.ts';
import type { ChartData } from './chartSeries.ts';

interface Props {
  title: string;
  data: ChartData;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
  onZoom: (from: string, to: string) => void;
}

type Entry = { point: ChartPoint; bucket?: never } | { bucket: ChartBucket; point?: never };

const metricOf = (e: Entry) => e.point?.row.metric ?? e.bucket?.metric ?? '';
const valueOf = (e: Entry) => e.point?.value ?? e.bucket?.median ?? 0;
const timeOf = (e: Entry) => e.point?.t ?? e.bucket?.t ?? 0;

export function ChartTable({ title, data, selectedId, onSelectFigure, onZoom }: Props) {
  const entries: Entry[] = [
    ...data.series.flatMap((s) => s.points.map((point) => ({ point }))),
    ...data.series.flatMap((s) => s.buckets.map((bucket) => ({ bucket }))),
  ].sort(
    (a, b) =>
      timeOf(a) - timeOf(b) || metricOf(a).localeCompare(metricOf(b)) || valueOf(a) - valueOf(b),
  );
  return (
    <div className="mt-2 max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-xs sm:text-sm">
        <caption className="sr-only">{`${title}: the plotted ${data.binning ? 'marks' : 'figures'} by date`}</caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-2 py-1.5">
              Date
            </th>
            <th scope="col" className="px-2 py-1.5">
              Metric
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Figure
            </th>
            <th scope="col" className="px-2 py-1.5">
              Kind
            </th>
            <th scope="col" className="px-2 py-1.5">
              Publisher
            </th>
            <th scope="col" className="hidden px-2 py-1.5 sm:table-cell">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) =>
            entry.point ? (
              <FigureRowView
                key={entry.point.id}
                point={entry.point}
                selected={entry.point.id === selectedId}
                onSelect={onSelectFigure}
              />
            ) : (
              <BucketRowView key={entry.bucket.id} bucket={entry.bucket} onZoom={onZoom} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function FigureRowView({
  point: { row },
  selected,
  onSelect,
}: {
  point: ChartPoint;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <tr
      data-row-figure-id={row.id}
      className={`border-t border-slate-200 dark:border-slate-700 ${selected ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
    >
      <td className="px-2 py-1 whitespace-nowrap">
        {formatDay(row.day ?? '')}
        {row.dayFromReport && (
          <span className="muted block text-xs whitespace-normal">dated by the report</span>
        )}
      </td>
      <td className="px-2 py-1">
        {row.metricLabel}
        {row.review && (
          <span className="block text-xs font-medium text-emerald-800 dark:text-emerald-200">
            {reviewBadge(row.review)}
          </span>
        )}
      </td>
      <td className="px-2 py-1 text-right">
        <button
          type="button"
          className="btn-quiet px-1 py-0 tabular-nums"
          aria-pressed={selected}
          onClick={() => {
            onSelect(row.id);
          }}
        >
          {formatHedgedValue(row.value, row.qualifier)}
        </button>
      </td>
      <td className="px-2 py-1">{KIND_WORDS[row.scope]}</td>
      <td className="px-2 py-1">{publisherLabel(row.publisher)}</td>
      <td className="hidden px-2 py-1 sm:table-cell">
        {`“${row.text}”, ${QUALIFIER_WORDS[row.qualifier]}, ${row.modality}${row.attribution ? `, per ${row.attribution}` : ''}${row.review ? `; ${reviewLine(row.review)}` : ''}`}
      </td>
    </tr>
  );
}

function BucketRowView({
  bucket,
  onZoom,
}: {
  bucket: ChartBucket;
  onZoom: (from: string, to: string) => void;
}) {
  const span =
    bucket.from === bucket.to
      ? formatDay(bucket.from)
      : `${formatDay(bucket.from)} – ${formatDay(bucket.to)}`;
  return (
    <tr data-row-bucket-id={bucket.id} className="border-t border-slate-200 dark:border-slate-700">
      <td className="px-2 py-1">{span}</td>
      <td className="px-2 py-1">{metricInfo(bucket.metric).label}</td>
      <td className="px-2 py-1 text-right">
        <button
          type="button"
          className="btn-quiet px-1 py-0 text-left tabular-nums"
          onClick={() => {
            onZoom(bucket.from, bucket.to);
          }}
        >
          {`${formatNumber(bucket.count)} figures, median ${formatNumber(bucket.median)}`}
          <span className="sr-only">: zoom in to these days</span>
        </button>
      </td>
      <td className="px-2 py-1">
        {bucket.scope === 'total' ? 'Running totals' : 'One event each'}
      </td>
      <td className="px-2 py-1">
        {bucket.publisher === null
          ? `${bucket.publisherCount} publishers`
          : publisherLabel(bucket.publisher)}
      </td>
      <td className="hidden px-2 py-1 sm:table-cell">
        {`range ${formatNumber(bucket.low)}–${formatNumber(bucket.high)}, ${bucket.modality}${bucket.reportDatedCount > 0 ? `, ${bucket.reportDatedCount} dated by the report` : ''}${bucket.outlierCount > 0 ? `; ${bucket.outlierCount} outlying ${bucket.outlierCount === 1 ? 'figure' : 'figures'} listed on ${bucket.outlierCount === 1 ? 'its' : 'their'} own` : ''}`}
      </td>
    </tr>
  );
}
