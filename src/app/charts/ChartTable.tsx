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
  timeToDay,
} from '../format/format.ts';
import { reviewBadge, reviewLine } from '../review/reviewText.ts';
import type { ChartBucket } from './chartMarks.ts';
import type { ChartPoint } from './chartPoint.ts';
import type { ChartData } from './chartSeries.ts';
import type { WarEvent } from '../../dataset/events.ts';
import { eventDays, eventTimes } from '../events/eventLayout.ts';
import { repeatsText, type Repeats } from '../facts/facts.ts';

interface Props {
  title: string;
  data: ChartData;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
  /** Zooms in to a summary mark's days; absent where the date filter cannot (x by publication). */
  onZoom?: ((from: string, to: string) => void) | undefined;
  /** The war's events within the chart's days, listed among the figures. */
  events: readonly WarEvent[];
  /** What the date column holds: the day described or the day published. */
  dateTitle: string;
  /** With repeated figures shown once: how often each figure was reported, by position. */
  repeats: ReadonlyMap<number, Repeats> | null;
}

type Entry =
  | { point: ChartPoint; bucket?: never; event?: never }
  | { bucket: ChartBucket; point?: never; event?: never }
  | { event: WarEvent; point?: never; bucket?: never };

const metricOf = (e: Entry) => e.point?.row.metric ?? e.bucket?.metric ?? '';
const valueOf = (e: Entry) => e.point?.value ?? e.bucket?.median ?? 0;
const timeOf = (e: Entry) =>
  e.point?.t ?? e.bucket?.t ?? (e.event ? eventTimes(e.event)[0] - 1 : 0);

export function ChartTable({
  title,
  data,
  selectedId,
  onSelectFigure,
  onZoom,
  events,
  dateTitle,
  repeats,
}: Props) {
  const entries: Entry[] = [
    ...data.series.flatMap((s) => s.points.map((point) => ({ point }))),
    ...data.series.flatMap((s) => s.buckets.map((bucket) => ({ bucket }))),
    ...events.map((event) => ({ event })),
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
              {dateTitle}
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
            entry.event ? (
              <EventRowView key={`${entry.event.date}|${entry.event.label}`} event={entry.event} />
            ) : entry.point ? (
              <FigureRowView
                key={entry.point.id}
                point={entry.point}
                selected={entry.point.id === selectedId}
                onSelect={onSelectFigure}
                repeats={repeats?.get(entry.point.row.position)}
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
  point: { row, t },
  selected,
  onSelect,
  repeats,
}: {
  point: ChartPoint;
  selected: boolean;
  onSelect: (id: string) => void;
  repeats: Repeats | undefined;
}) {
  return (
    <tr
      data-row-figure-id={row.id}
      className={`border-t border-slate-200 dark:border-slate-700 ${selected ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
    >
      {/* The day the chart draws it at: described or published (x=). */}
      <td className="px-2 py-1 whitespace-nowrap">
        {formatDay(timeToDay(t))}
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
        {`“${row.text}”, ${QUALIFIER_WORDS[row.qualifier]}, ${row.modality}${row.attribution ? `, per ${row.attribution}` : ''}${row.review ? `; ${reviewLine(row.review)}` : ''}${repeats ? `; one fact, ${repeatsText(repeats)}` : ''}`}
      </td>
    </tr>
  );
}

/** One of the war's events, among the figures of its days. */
function EventRowView({ event }: { event: WarEvent }) {
  return (
    <tr
      data-row-event={event.date}
      className="border-t border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <td className="px-2 py-1">{eventDays(event)}</td>
      <td className="px-2 py-1 font-medium" colSpan={4}>
        Event: {event.label}
      </td>
      <td className="hidden px-2 py-1 sm:table-cell">
        <a
          className="btn-quiet px-0 py-0"
          href={event.source}
          target="_blank"
          rel="noopener noreferrer"
        >
          Source<span className="sr-only"> for {event.label}</span>
        </a>
      </td>
    </tr>
  );
}

function BucketRowView({
  bucket,
  onZoom,
}: {
  bucket: ChartBucket;
  onZoom: ((from: string, to: string) => void) | undefined;
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
        {onZoom ? (
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
        ) : (
          <span className="tabular-nums">{`${formatNumber(bucket.count)} figures, median ${formatNumber(bucket.median)}`}</span>
        )}
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
