// Under an excerpt that stands for a repeated fact (group=1): how often and by how many
// publishers it was reported, and on demand each report's sentence, publisher and day, with a
// way into its article.
import { useState } from 'react';
import type { FigureRow } from '../data/figureRow.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { sentenceParts } from '../excerpts/highlight.ts';
import { formatDay } from '../format/format.ts';
import { repeatsText, type Repeats } from './facts.ts';

interface Props {
  repeats: Repeats;
  /** Every report of the fact, in list order. */
  reports: () => FigureRow[];
  onOpenArticle: (row: FigureRow) => void;
}

export function FactReports({ repeats, reports, onOpenArticle }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-1 px-2 text-xs" data-fact-reports={repeats.count}>
      <span className="font-medium">One fact, {repeatsText(repeats)}.</span>{' '}
      <button
        type="button"
        className="btn-quiet -mx-1 px-1 py-0 text-xs"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? 'Hide the reports' : `Show all ${repeats.count} reports`}
      </button>
      {open && (
        <ul className="mt-1 space-y-1.5 border-l-2 border-slate-200 pl-2 dark:border-slate-700">
          {reports().map((row) => (
            <li key={row.id} data-report-id={row.id}>
              <p className="leading-relaxed [overflow-wrap:anywhere]">
                {sentenceParts(row).map((part, i) =>
                  part.figureId ? (
                    <mark key={i} className="figure-number">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </p>
              <p className="muted">
                {publisherLabel(row.publisher)}
                {row.published ? `, published ${formatDay(row.published)}` : ', undated article'}
                {row.attribution ? `, per ${row.attribution}` : ''}{' '}
                <button
                  type="button"
                  className="btn-quiet -mx-1 px-1 py-0 text-xs"
                  onClick={() => {
                    onOpenArticle(row);
                  }}
                >
                  Open article<span className="sr-only"> by {publisherLabel(row.publisher)}</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
