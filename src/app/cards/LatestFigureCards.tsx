// One card per metric with dated totals: the latest total, who gave it, and how far apart the
// publishers were that week. A card is a button that narrows the view to its metric.
import { memo, useMemo } from 'react';
import { METRIC_COLOR } from '../charts/chartGroups.ts';
import { publisherLabel } from '../data/figureRow.ts';
import type { FigureColumns } from '../filters/figureColumns.ts';
import { formatDay, formatHedgedValue, formatNumber } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { reviewBadge } from '../review/reviewText.ts';
import { cachedLatestFigures, RANGE_WINDOW_DAYS, type LatestFigure } from './latestFigures.ts';

interface Props {
  columns: FigureColumns;
  /** The filtered figures' positions in the columns. */
  positions: Uint32Array;
  view: ViewState;
  setView: SetView;
}

export const LatestFigureCards = memo(function LatestFigureCards({
  columns,
  positions,
  view,
  setView,
}: Props) {
  const cards = useMemo(() => cachedLatestFigures(columns, positions), [columns, positions]);
  return <FigureCards cards={cards} view={view} setView={setView} />;
});

/** The cards as given: the full data's, or the first view's (src/app/overview). */
export function FigureCards({
  cards,
  view,
  setView,
}: {
  cards: readonly LatestFigure[];
  view: ViewState;
  setView: SetView;
}) {
  return (
    <section aria-labelledby="latest-title">
      <h2 id="latest-title" className="text-base font-semibold">
        Latest reported totals
        {view.knownOn !== null && `, as known on ${formatDay(view.knownOn)}`}
      </h2>
      {cards.length === 0 ? (
        <p className="muted mt-1 text-sm">No dated running totals match the filters.</p>
      ) : (
        <ul className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(min(100%,10rem),1fr))] gap-2 sm:grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] sm:gap-3">
          {cards.map((card) => (
            <li key={card.metric} className="min-w-0">
              <Card
                card={card}
                pressed={view.metrics.length === 1 && view.metrics[0] === card.metric}
                onSelect={() => {
                  setView({ metrics: [card.metric] });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Card({
  card,
  pressed,
  onSelect,
}: {
  card: LatestFigure;
  pressed: boolean;
  onSelect: () => void;
}) {
  const { latest } = card;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-metric={card.metric}
      onClick={onSelect}
      className="panel flex h-full w-full flex-col items-start border-l-4 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 aria-pressed:ring-2 aria-pressed:ring-blue-600 dark:hover:bg-slate-800"
      style={{ borderLeftColor: METRIC_COLOR[card.metric] }}
    >
      <span className="text-sm font-medium">{latest.metricLabel}</span>
      <span className="mt-0.5 text-xl font-bold tabular-nums sm:text-2xl">
        {formatHedgedValue(latest.value, latest.qualifier)}
      </span>
      <span className="muted text-xs">
        {formatDay(latest.day ?? '')}
        {latest.dayFromReport ? ' (the report’s day)' : ''} · {publisherLabel(latest.publisher)}
        {latest.attribution ? `, citing ${latest.attribution}` : ''}
      </span>
      {/* Whose number it is: the source, in the one name the filters use. */}
      <span className="mt-0.5 text-xs font-medium" data-testid="card-source">
        {latest.source === null ? 'No source named' : `Source: ${latest.source}`}
      </span>
      {latest.review && (
        <span className="mt-0.5 text-xs font-medium text-emerald-800 dark:text-emerald-200">
          {reviewBadge(latest.review)}
        </span>
      )}
      <span className="muted mt-1 hidden text-xs sm:block">
        {card.count > 1
          ? `${formatNumber(card.low)}–${formatNumber(card.high)} in ${card.count} reports by ${card.publisherCount} ${card.publisherCount === 1 ? 'publisher' : 'publishers'} in the ${RANGE_WINDOW_DAYS} days to then`
          : `The only total in the ${RANGE_WINDOW_DAYS} days to then`}
      </span>
    </button>
  );
}
