// One figure in the list: its sentence with the number marked where it stands, and what the
// number is, who gave it and when. Hovering or focusing it highlights its point in the chart.
import { memo, type ReactNode } from 'react';
import { METRIC_COLOR } from '../charts/chartGroups.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { formatDay, formatHedgedValue, QUALIFIER_WORDS } from '../format/format.ts';
import { ReviewNote } from '../review/ReviewNote.tsx';
import { SuggestButton } from '../review/SuggestButton.tsx';
import { sentenceParts } from './highlight.ts';

interface Props {
  row: FigureRow;
  selected: boolean;
  onSelect: (id: string) => void;
  onOpenArticle: (row: FigureRow) => void;
  onHover: (id: string | null) => void;
  /** In a virtualized list: the row's place and the list's length, and its measuring ref. */
  position?: number | undefined;
  setSize?: number | undefined;
  measure?: ((node: Element | null) => void) | undefined;
  /** What follows the excerpt: the reports of a repeated fact (group=1). */
  children?: ReactNode;
}

export const ExcerptItem = memo(function ExcerptItem({
  row,
  selected,
  onSelect,
  onOpenArticle,
  onHover,
  position,
  setSize,
  measure,
  children,
}: Props) {
  const publisher = publisherLabel(row.publisher);
  return (
    <li
      ref={measure}
      data-index={position}
      aria-posinset={position === undefined ? undefined : position + 1}
      aria-setsize={setSize}
      data-figure-id={row.id}
      aria-current={selected ? 'true' : undefined}
      className="relative border-b border-slate-200 px-1 py-3 last:border-b-0 aria-[current=true]:bg-amber-50 aria-[current=true]:shadow-[inset_3px_0_0_0_var(--color-amber-500)] dark:border-slate-800 dark:aria-[current=true]:bg-amber-950/40"
      onMouseEnter={() => {
        onHover(row.id);
      }}
      onMouseLeave={() => {
        onHover(null);
      }}
    >
      <button
        type="button"
        className="block w-full rounded px-2 text-left text-sm leading-relaxed focus-visible:outline-2 focus-visible:outline-blue-600"
        onClick={() => {
          onSelect(row.id);
        }}
        onFocus={() => {
          onHover(row.id);
        }}
        onBlur={() => {
          onHover(null);
        }}
      >
        <span className="[overflow-wrap:anywhere]">
          {sentenceParts(row).map((part, i) =>
            part.figureId ? (
              <mark key={i} className="figure-number">
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </span>
      </button>
      <div className="muted mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-0.5 px-2 text-xs">
        <span className="inline-flex items-center gap-1 font-medium text-slate-800 dark:text-slate-200">
          <span
            aria-hidden="true"
            className="size-2.5 rounded-full"
            style={{ backgroundColor: METRIC_COLOR[row.metric] }}
          />
          {row.metricLabel}
        </span>
        <span className="tabular-nums">
          {formatHedgedValue(row.value, row.qualifier)}
          {row.qualifier !== 'exact' && ` (${QUALIFIER_WORDS[row.qualifier]})`}
        </span>
        <span
          className={
            row.modality === 'proposed' ? 'font-semibold text-violet-700 dark:text-violet-300' : ''
          }
        >
          {row.modality}
        </span>
        <span data-kind={row.scope}>{row.scope === 'total' ? 'running total' : 'one event'}</span>
        <span>{publisher}</span>
        <span>
          {row.day === null
            ? 'undated'
            : row.dayFromReport
              ? `${formatDay(row.day)}, dated by the report`
              : formatDay(row.day)}
        </span>
        {row.attribution && <span className="[overflow-wrap:anywhere]">per {row.attribution}</span>}
        <button
          type="button"
          className="btn-quiet -mx-2 py-0"
          onClick={() => {
            onOpenArticle(row);
          }}
        >
          Open article<span className="sr-only"> by {publisher}</span>
        </button>
        <SuggestButton figureId={row.id} number={row.text} />
      </div>
      <ReviewNote review={row.review} />
      {children}
    </li>
  );
});
