// The list of matching figures beside the charts, with its count, order and downloads. Long
// results render in pages so a large dataset stays quick; a selected figure is always shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DatasetIndex, FigureRow } from '../data/datasetIndex.ts';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { formatNumber } from '../format/format.ts';
import { EmptyResult } from '../states/EmptyResult.tsx';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import { clearFilters, type ViewState } from '../url/viewState.ts';
import { ExcerptItem } from './ExcerptItem.tsx';

interface Props {
  index: DatasetIndex;
  rows: readonly FigureRow[];
  total: number;
  view: ViewState;
  setView: SetView;
}

const PAGE = 100;

export function ExcerptList({ index, rows, total, view, setView }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const scrollTarget = useUiStore((s) => s.scrollTarget);
  const requestScroll = useUiStore((s) => s.requestScroll);
  const setListHover = useUiStore((s) => s.setListHover);

  // A link that names a figure opens with that figure in view.
  const initialFigure = useRef(view.figure);
  useEffect(() => {
    if (initialFigure.current) requestScroll({ id: initialFigure.current, movePage: false });
  }, [requestScroll]);

  // The selected figure and a pending scroll target are always rendered, however far down.
  const selectedPosition = Math.max(
    view.figure === null ? -1 : rows.findIndex((r) => r.id === view.figure),
    scrollTarget === null ? -1 : rows.findIndex((r) => r.id === scrollTarget.id),
  );
  const shown = Math.max(limit, Math.ceil((selectedPosition + 1) / PAGE) * PAGE);

  useEffect(() => {
    if (scrollTarget === null) return;
    const container = list.current;
    const item = container?.querySelector(`[data-figure-id="${CSS.escape(scrollTarget.id)}"]`);
    if (container && item instanceof HTMLElement) {
      bringIntoView(container, item, scrollTarget.movePage);
    }
    requestScroll(null);
  }, [scrollTarget, requestScroll]);

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

  return (
    <section
      id="figures"
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
            value={view.sort}
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
          {rows.length === total
            ? `${formatNumber(total)} figures`
            : `${formatNumber(rows.length)} of ${formatNumber(total)} figures match`}
        </p>
        <ExportButtons index={index} rows={rows} />
      </div>
      {rows.length === 0 ? (
        <EmptyResult
          onReset={() => {
            setView(clearFilters(view));
          }}
        />
      ) : (
        <ol
          ref={list}
          aria-labelledby="figures-title"
          className="relative -mx-1 mt-2 min-h-0 flex-1 overflow-y-auto"
        >
          {rows.slice(0, shown).map((row) => (
            <ExcerptItem
              key={row.id}
              row={row}
              selected={row.id === view.figure}
              onSelect={select}
              onOpenArticle={openArticle}
              onHover={setListHover}
            />
          ))}
        </ol>
      )}
      {rows.length > shown && (
        <button
          type="button"
          className="btn mt-2"
          onClick={() => {
            setLimit(shown + PAGE);
          }}
        >
          Show {formatNumber(Math.min(PAGE, rows.length - shown))} more of{' '}
          {formatNumber(rows.length - shown)}
        </button>
      )}
    </section>
  );
}

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
