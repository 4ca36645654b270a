// The list of matching figures beside the charts, with its count, order and downloads. Up to
// ALL_ROWS_UP_TO figures every row is in the page, as the list always was; past that it is
// virtualized (VirtualExcerpts): only rows near the screen exist, however many figures match.
import { memo, useCallback, useEffect, useRef } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { formatNumber } from '../format/format.ts';
import { EmptyResult } from '../states/EmptyResult.tsx';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import { clearFilters, type ViewState } from '../url/viewState.ts';
import { filterKey } from '../filters/figureQuery.ts';
import { ExcerptItem } from './ExcerptItem.tsx';
import { FactReports } from '../facts/FactReports.tsx';
import type { GroupedFacts } from '../facts/facts.ts';
import { VirtualExcerpts } from './VirtualExcerpts.tsx';

interface Props {
  index: DatasetIndex;
  rows: readonly FigureRow[];
  total: number;
  /** The view the rows were filtered with (deferred while the next one is worked out). */
  view: ViewState;
  /** The order in the URL now, for the order control. */
  sort: ViewState['sort'];
  setView: SetView;
  /** With repeated figures shown once: `rows` holds one per fact; these are their reports. */
  facts: GroupedFacts | null;
  /** Every matching figure (what the downloads hold, also when repeats are shown once). */
  allRows: readonly FigureRow[];
}

export const ALL_ROWS_UP_TO = 100;

export const ExcerptList = memo(function ExcerptList({
  index,
  rows,
  total,
  view,
  sort,
  setView,
  facts,
  allRows,
}: Props) {
  const list = useRef<HTMLOListElement>(null);
  const scrollTarget = useUiStore((s) => s.scrollTarget);
  const requestScroll = useUiStore((s) => s.requestScroll);
  const setListHover = useUiStore((s) => s.setListHover);
  const virtual = rows.length > ALL_ROWS_UP_TO;

  // A link that names a figure opens with that figure in view.
  const initialFigure = useRef(view.figure);
  useEffect(() => {
    if (initialFigure.current) requestScroll({ id: initialFigure.current, movePage: false });
  }, [requestScroll]);

  useEffect(() => {
    if (virtual || scrollTarget === null) return;
    const container = list.current;
    const item = container?.querySelector(`[data-figure-id="${CSS.escape(scrollTarget.id)}"]`);
    if (container && item instanceof HTMLElement) {
      bringIntoView(container, item, scrollTarget.movePage);
    }
    requestScroll(null);
  }, [virtual, scrollTarget, requestScroll]);
  const scrolled = useCallback(() => {
    requestScroll(null);
  }, [requestScroll]);

  const select = useCallback(
    (id: string) => {
      setView({ figure: id });
    },
    [setView],
  );
  const openArticle = useCallback(
    (row: FigureRow) => {
      setView({ article: row.articleId, figure: row.id });
    },
    [setView],
  );
  const renderRow = (
    row: FigureRow,
    position?: number,
    measure?: (node: Element | null) => void,
  ) => {
    const repeats = facts?.repeats.get(row.position);
    return (
      <ExcerptItem
        key={row.id}
        row={row}
        selected={row.id === view.figure}
        onSelect={select}
        onOpenArticle={openArticle}
        onHover={setListHover}
        position={position}
        setSize={position === undefined ? undefined : rows.length}
        measure={measure}
      >
        {repeats && (
          <FactReports
            repeats={repeats}
            reports={() =>
              [...(facts?.members.get(row.position) ?? [])].flatMap((i) => index.rows[i] ?? [])
            }
            onOpenArticle={openArticle}
          />
        )}
      </ExcerptItem>
    );
  };

  return (
    <section
      id="figures"
      // Which filter the list shows (the view is deferred while the next one is worked out).
      data-filter={filterKey(view)}
      aria-labelledby="figures-title"
      className="panel flex min-w-0 flex-col xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)]"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="figures-title" className="text-base font-semibold">
          Excerpts
        </h2>
        <label className="flex items-center gap-1.5 text-sm">
          <span className="muted">Sort</span>
          <select
            className="field w-auto py-1"
            value={sort}
            onChange={(event) => {
              setView({ sort: event.target.value === 'asc' ? 'asc' : 'desc' });
            }}
          >
            <option value="desc">Newest first</option>
            <option value="asc">Oldest first</option>
          </select>
        </label>
      </div>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm" aria-live="polite" data-testid="match-count">
          {facts
            ? `${formatNumber(rows.length)} ${rows.length === 1 ? 'fact' : 'facts'} from ${formatNumber(allRows.length)} of ${formatNumber(total)} figures`
            : rows.length === total
              ? `${formatNumber(total)} figures`
              : `${formatNumber(rows.length)} of ${formatNumber(total)} figures match`}
        </p>
        <ExportButtons index={index} rows={allRows} events={view.events} />
      </div>
      {rows.length === 0 ? (
        <EmptyResult
          onReset={() => {
            setView(clearFilters(view));
          }}
        />
      ) : virtual ? (
        <VirtualExcerpts
          rows={rows}
          scrollTarget={scrollTarget}
          onScrolled={scrolled}
          renderRow={renderRow}
          labelledBy="figures-title"
        />
      ) : (
        <ol
          ref={list}
          aria-labelledby="figures-title"
          className="relative -mx-1 mt-2 min-h-0 flex-1 overflow-y-auto"
        >
          {rows.map((row) => renderRow(row))}
        </ol>
      )}
    </section>
  );
});

/**
 * Where the list scrolls by itself (beside the charts on wide screens) only the list moves.
 * Where it is part of the page (phones), the page moves only if the reader asked for it, so a
 * link opens at the top.
 */
function bringIntoView(container: HTMLElement, item: HTMLElement, movePage: boolean) {
  if (container.scrollHeight > container.clientHeight + 1) {
    const offset = item.offsetTop - container.clientHeight / 2 + item.offsetHeight / 2;
    container.scrollTop = Math.max(0, offset);
  } else if (movePage) {
    item.scrollIntoView({ block: 'center' });
  }
}
