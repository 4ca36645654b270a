// The tooltip of a chart point: the number as written with its hedge, the metric, whether it
// is a running total or one event, who published it, the day it is drawn at (and whether that
// is the report's day), and whom it is attributed to.
import { publisherLabel } from '../data/figureRow.ts';
import { formatDay, KIND_WORDS, QUALIFIER_SYMBOL, QUALIFIER_WORDS } from '../format/format.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { reviewLine } from '../review/reviewText.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import { repeatsText, type Repeats } from '../facts/facts.ts';

interface Props {
  row: FigureRow;
  x: number;
  y: number;
  chartWidth: number;
  /** How often the figure was reported, when repeated figures are drawn once. */
  repeats?: Repeats | undefined;
}

export function ChartTooltip({ row, x, y, chartWidth, repeats }: Props) {
  const symbol = QUALIFIER_SYMBOL[row.qualifier];
  const onRight = x < chartWidth / 2;
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-60 max-w-[75%] -translate-y-1/2 rounded-md border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={onRight ? { left: x + 16, top: y } : { right: chartWidth - x + 16, top: y }}
    >
      <p className="text-base font-bold tabular-nums">
        {symbol && `${symbol} `}
        {row.text}
      </p>
      <p className="flex items-center gap-1.5 font-medium">
        <span
          aria-hidden="true"
          className="size-2.5 shrink-0 rounded-full"
          style={{ backgroundColor: METRIC_COLOR[row.metric] }}
        />
        {row.metricLabel}
      </p>
      <p className="font-semibold" data-kind={row.scope}>
        {KIND_WORDS[row.scope]}
      </p>
      <p>
        {publisherLabel(row.publisher)} · {row.day ? formatDay(row.day) : 'undated'}
      </p>
      {row.dayFromReport && (
        <p className="text-slate-600 dark:text-slate-300">
          Dated by the report: the text does not say which day, so it is drawn at the article’s
          publication day.
        </p>
      )}
      {row.attribution && <p>Attributed to {row.attribution}</p>}
      {repeats && <p className="font-medium">One fact, {repeatsText(repeats)}</p>}
      <p className="mt-0.5 text-slate-600 dark:text-slate-300">
        {QUALIFIER_WORDS[row.qualifier]} · {row.modality}
      </p>
      {row.review && (
        <p className="mt-0.5 font-medium text-emerald-800 dark:text-emerald-200">
          {reviewLine(row.review)}
        </p>
      )}
    </div>
  );
}
