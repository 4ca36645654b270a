// One metric compared across sources or publishers (view=compare&metric=…&by=…): a row per
// source with what it reported over time, all on one shared scale, its latest figure, and above
// them how far apart the latest figures are. A table, so that screen readers and the keyboard
// read it as such; the small charts in it are pictures of the row's numbers.
import { memo, useMemo, useRef, useState } from 'react';
import { METRICS, metricInfo, type MetricId } from '../../dataset/metrics.ts';
import type { WarEvent } from '../../dataset/events.ts';
import { METRIC_COLOR } from '../charts/chartGroups.ts';
import { resolveScale } from '../charts/chartScale.ts';
import { decadesSpanned, timeDomain, valueDomain } from '../charts/chartSeries.ts';
import { AXIS_TITLE, columnsOnAxis } from '../charts/timeAxis.ts';
import { ToggleGroup } from '../charts/ToggleGroup.tsx';
import { useElementWidth } from '../charts/useElementWidth.ts';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { sourceLabel } from '../data/sourceKeys.ts';
import { eventTimes } from '../events/eventLayout.ts';
import { formatDay, formatMonth, formatNumber, timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import type { CompareBy, ViewState } from '../url/viewState.ts';
import { compareRows, latestOf, mostReportedMetric, type CompareRow } from './compareRows.ts';

interface Props {
  index: DatasetIndex;
  positions: Uint32Array;
  view: ViewState;
  setView: SetView;
  events: readonly WarEvent[];
}

const FIRST_ROWS = 25;
const SPARK_HEIGHT = 40;
const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });

export function rowLabel(by: CompareBy, key: string): string {
  return by === 'source' ? sourceLabel(key) : publisherLabel(key);
}

/** The metric compared: the one chosen, or the one with most running totals here. */
export function comparedMetric(view: ViewState, fallback: () => MetricId): MetricId {
  return view.metrics[0] ?? fallback();
}

export const CompareView = memo(function CompareView({
  index,
  positions,
  view,
  setView,
  events,
}: Props) {
  const requestScroll = useUiStore((s) => s.requestScroll);
  const columns = columnsOnAxis(index.columns, view.timeAxis);
  const chosen = view.metrics.length > 0;
  const metric = useMemo(
    () => comparedMetric(view, () => mostReportedMetric(columns, positions)),
    [view, columns, positions],
  );
  const comparison = useMemo(
    () => compareRows(columns, positions, metric, view.compareBy),
    [columns, positions, metric, view.compareBy],
  );
  const [showAll, setShowAll] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const xDomain = useMemo(
    () => timeDomain(comparison.rows.length === 0 ? [] : comparison.xDomain),
    [comparison],
  );
  // As on the charts: auto is log once the values drawn span a hundredfold (chartScale.ts).
  const scale = resolveScale(
    view.scale,
    comparison.rows.length === 0 ? 0 : decadesSpanned([comparison.minValue, comparison.maxValue]),
  );
  const yDomain = useMemo(
    () =>
      valueDomain(
        comparison.rows.length === 0 ? [] : [comparison.minValue, comparison.maxValue],
        scale,
      ),
    [comparison, scale],
  );
  const label = metricInfo(metric).label;
  const by = view.compareBy;
  const rows = showAll ? comparison.rows : comparison.rows.slice(0, FIRST_ROWS);
  const who = by === 'source' ? 'source' : 'publisher';
  const titleId = 'compare-title';

  return (
    <section aria-labelledby={titleId} className="panel min-w-0" data-compare={metric}>
      <div className="flex flex-wrap items-end justify-between gap-x-3 gap-y-2">
        <h3 id={titleId} className="font-semibold">
          {label}, by {who}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-1.5 text-sm">
            <span className="muted">Metric</span>
            <select
              className="field w-auto py-1"
              value={metric}
              onChange={(event) => {
                setView({ metrics: [event.target.value as MetricId] });
              }}
            >
              {METRICS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <ToggleGroup
            label="Rows by"
            options={[
              ['source', 'Source'],
              ['publisher', 'Publisher'],
            ]}
            value={by}
            onChange={(compareBy) => {
              setView({ compareBy });
            }}
          />
        </div>
      </div>
      {!chosen && (
        <p className="muted mt-1 text-xs">
          {label} has the most running totals among the figures shown; pick another metric above.
        </p>
      )}
      {view.metrics.length > 1 && (
        <p className="muted mt-1 text-xs">
          The comparison shows one metric: the first of the {view.metrics.length} chosen.
        </p>
      )}
      <p className="mt-2 text-sm" data-testid="compare-spread">
        {spreadText(comparison.rows.length, comparison, by)}
      </p>
      {comparison.rows.length > 0 && (
        <p className="muted mt-1 text-xs">
          {`One scale for every row: ${scale} from ${compact.format(yDomain[0])} to ${compact.format(yDomain[1])}; across, the ${AXIS_TITLE[view.timeAxis].toLowerCase()}.`}
        </p>
      )}
      {comparison.rows.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-xs sm:text-sm">
            <caption className="sr-only">
              {`${label}: reported running totals by ${who}, on one shared scale, highest latest figure first`}
            </caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-1.5 pr-2 font-semibold">
                  {by === 'source' ? 'Source' : 'Publisher'}
                </th>
                <th scope="col" className="w-1/2 py-1.5 pr-2 font-normal">
                  <div ref={box} className="muted flex justify-between gap-2 text-xs">
                    <span>
                      <span className="sr-only">Over time, from </span>
                      {formatMonth(xDomain[0])}
                    </span>
                    <span>
                      <span className="sr-only">to </span>
                      {formatMonth(xDomain[1])}
                    </span>
                  </div>
                </th>
                <th scope="col" className="py-1.5 pr-2 text-right font-semibold">
                  Latest
                </th>
                <th scope="col" className="hidden py-1.5 text-right font-semibold sm:table-cell">
                  Reports
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CompareRowView
                  key={row.key}
                  row={row}
                  by={by}
                  metric={metric}
                  width={width}
                  xDomain={xDomain}
                  yDomain={yDomain}
                  scale={scale}
                  events={events}
                  onSelect={(position) => {
                    const id = index.rows[position]?.id;
                    if (id === undefined) return;
                    setView({ figure: id });
                    requestScroll({ id, movePage: true });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {comparison.rows.length > FIRST_ROWS && (
        <button
          type="button"
          className="btn-quiet mt-1 -ml-2"
          onClick={() => {
            setShowAll(!showAll);
          }}
        >
          {showAll ? 'Show fewer' : `Show all ${comparison.rows.length} ${who}s`}
        </button>
      )}
      <p className="muted mt-2 text-xs">
        Each row: one reported running total a day (exact before hedged, then the larger), on the
        same scale for every row.
        {comparison.leftOut > 0 &&
          ` ${formatNumber(comparison.leftOut)} matching ${comparison.leftOut === 1 ? 'figure' : 'figures'} of this metric (proposed, one incident, or with no day at all) ${comparison.leftOut === 1 ? 'is' : 'are'} not compared; the list has ${comparison.leftOut === 1 ? 'it' : 'them'}.`}
      </p>
    </section>
  );
});

function spreadText(count: number, comparison: ReturnType<typeof compareRows>, by: CompareBy) {
  const { lowest, highest, ratio } = comparison;
  if (count === 0 || !lowest || !highest) {
    return 'No reported running totals of this metric match the filters.';
  }
  const describe = (row: CompareRow) => {
    const latest = latestOf(row);
    return `${formatNumber(latest.value)} (${rowLabel(by, row.key)}, ${formatDay(timeToDay(latest.t))})`;
  };
  if (count === 1) return `One ${by} only: its latest figure is ${describe(highest)}.`;
  return `Latest figures of ${count} ${by}s range from ${describe(lowest)} to ${describe(highest)}: the highest is ${(ratio ?? 1).toFixed(2)} times the lowest.`;
}

function CompareRowView({
  row,
  by,
  metric,
  width,
  xDomain,
  yDomain,
  scale,
  events,
  onSelect,
}: {
  row: CompareRow;
  by: CompareBy;
  metric: MetricId;
  width: number;
  xDomain: [number, number];
  yDomain: [number, number];
  scale: 'linear' | 'log';
  events: readonly WarEvent[];
  onSelect: (position: number) => void;
}) {
  const latest = latestOf(row);
  const first = row.points[0] ?? latest;
  const name = rowLabel(by, row.key);
  return (
    <tr data-compare-row={row.key} className="border-b border-slate-100 dark:border-slate-800">
      <th scope="row" className="py-1 pr-2 font-medium [overflow-wrap:anywhere]">
        {name}
      </th>
      <td className="py-1 pr-2">
        <Sparkline
          row={row}
          color={METRIC_COLOR[metric]}
          width={width}
          xDomain={xDomain}
          yDomain={yDomain}
          scale={scale}
          events={events}
        />
        <span className="sr-only">
          {row.points.length === 1
            ? `one total, on ${formatDay(timeToDay(first.t))}`
            : `${row.points.length} days with a total, from ${formatNumber(first.value)} on ${formatDay(timeToDay(first.t))} to ${formatNumber(latest.value)} on ${formatDay(timeToDay(latest.t))}`}
        </span>
      </td>
      <td className="py-1 pr-2 text-right whitespace-nowrap">
        <button
          type="button"
          className="btn-quiet px-1 py-0 font-semibold tabular-nums"
          onClick={() => {
            onSelect(latest.position);
          }}
        >
          {formatNumber(latest.value)}
          <span className="sr-only">, by {name}: select this figure</span>
        </button>
        <span className="muted block text-xs">{formatDay(timeToDay(latest.t))}</span>
      </td>
      <td className="hidden py-1 text-right tabular-nums sm:table-cell">{row.count}</td>
    </tr>
  );
}

/** A row's totals over time on the shared scale, with the war's events behind them. */
function Sparkline({
  row,
  color,
  width,
  xDomain,
  yDomain,
  scale,
  events,
}: {
  row: CompareRow;
  color: string;
  width: number;
  xDomain: [number, number];
  yDomain: [number, number];
  scale: 'linear' | 'log';
  events: readonly WarEvent[];
}) {
  if (width <= 0) return <div style={{ height: SPARK_HEIGHT }} />;
  const pad = 4;
  const x = (t: number) => pad + ((t - xDomain[0]) / (xDomain[1] - xDomain[0])) * (width - 2 * pad);
  const [y0, y1] = yDomain;
  const unit = (v: number) =>
    scale === 'log'
      ? (Math.log10(Math.max(v, y0)) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))
      : (v - y0) / (y1 - y0);
  const y = (v: number) => SPARK_HEIGHT - pad - unit(v) * (SPARK_HEIGHT - 2 * pad);
  const path = row.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t)},${y(p.value)}`).join('');
  const last = latestOf(row);
  return (
    <svg width={width} height={SPARK_HEIGHT} aria-hidden="true" className="block overflow-visible">
      <line
        x1={pad}
        x2={width - pad}
        y1={SPARK_HEIGHT - pad}
        y2={SPARK_HEIGHT - pad}
        stroke="var(--chart-grid)"
      />
      {events.map((event) => {
        const [start, end] = eventTimes(event);
        if (end < xDomain[0] || start > xDomain[1]) return null;
        const a = Math.max(pad, x(start));
        const b = Math.min(width - pad, x(end));
        return event.end === undefined ? (
          <line
            key={event.date + event.label}
            x1={a}
            x2={a}
            y1={0}
            y2={SPARK_HEIGHT}
            stroke="var(--event-line)"
            strokeDasharray="3 3"
          />
        ) : (
          <rect
            key={event.date + event.label}
            x={a}
            y={0}
            width={Math.max(1, b - a)}
            height={SPARK_HEIGHT}
            fill="var(--event-band)"
          />
        );
      })}
      {row.points.length > 1 && <path d={path} fill="none" stroke={color} strokeWidth={1.5} />}
      {row.points.map((p) => (
        <circle key={p.t} cx={x(p.t)} cy={y(p.value)} r={p === last ? 3.5 : 2} fill={color} />
      ))}
    </svg>
  );
}
