// The whole article in a modal reader: cleaned text with every figure marked and its metric
// written beside it, the selected one brought into view, and where its title, publisher and
// date came from. Its open state is the
// `article` URL parameter, so Back closes it and a link opens it.
import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { DatasetLoadError } from '../data/parseDataset.ts';
import { useArticle } from '../data/useArticle.ts';
import { paragraphParts } from '../excerpts/highlight.ts';
import { formatDay } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { METRIC_COLOR } from '../charts/chartGroups.ts';
import { articleHeading } from './articleHeading.ts';
import { AddMissedFigure } from '../review/AddMissedFigure.tsx';
import { reviewLine } from '../review/reviewText.ts';
import { describeProvenance, safeWebUrl } from './articleProvenance.ts';

interface Props {
  index: DatasetIndex;
  view: ViewState;
  setView: SetView;
}

function ArticleDialogView({ index, view, setView }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const articleId = view.article;
  const article = useArticle(articleId);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (articleId !== null && !element.open) element.showModal();
    if (articleId === null && element.open) element.close();
  }, [articleId]);

  const figuresByParagraph = useMemo(() => {
    const byParagraph = new Map<number, (typeof index.rows)[number][]>();
    for (const row of index.rows) {
      if (row.articleId !== articleId) continue;
      const list = byParagraph.get(row.paragraph);
      if (list) list.push(row);
      else byParagraph.set(row.paragraph, [row]);
    }
    return byParagraph;
  }, [index, articleId]);

  const selectedMark = useRef<HTMLElement>(null);
  const textRegion = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll only the text, never the dialog itself, so its title and Close stay in view.
    const mark = selectedMark.current;
    const region = textRegion.current;
    if (!mark || !region) return;
    const offset = mark.getBoundingClientRect().top - region.getBoundingClientRect().top;
    region.scrollTop += offset - region.clientHeight / 3;
  }, [article.data, view.figure]);

  const data = article.data;
  const url = safeWebUrl(data?.url ?? null);
  const heading = data ? articleHeading(data) : null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="article-title"
      onClose={() => {
        if (articleId !== null) setView({ article: null });
      }}
      className="m-auto max-h-none w-[min(96vw,48rem)] max-w-none overflow-hidden rounded-lg bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[min(92vh,60rem)] flex-col">
        <div className="flex items-start justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
          <h2 id="article-title" className="min-w-0 text-lg font-semibold [overflow-wrap:anywhere]">
            {heading?.text ?? 'Article'}
          </h2>
          <button
            type="button"
            className="btn shrink-0"
            onClick={() => {
              setView({ article: null });
            }}
          >
            Close
          </button>
        </div>
        {/* Focusable so the text can be scrolled from the keyboard. */}
        <div
          className="min-h-0 flex-1 overflow-y-auto p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
          ref={textRegion}
          tabIndex={0}
          role="region"
          aria-label="Article text"
        >
          {article.isPending && articleId !== null && <p>Loading the article…</p>}
          {article.isError && (
            <div role="alert">
              <p>The text of this article could not be loaded. {article.error.message}</p>
              {article.error instanceof DatasetLoadError && article.error.details.length > 0 && (
                <p className="muted mt-1 font-mono text-xs [overflow-wrap:anywhere]">
                  {article.error.details.join('; ')}
                </p>
              )}
              <button
                type="button"
                className="btn mt-3"
                disabled={article.isFetching}
                onClick={() => {
                  void article.refetch();
                }}
              >
                {article.isFetching ? 'Retrying…' : 'Retry'}
              </button>
            </div>
          )}
          {data && (
            <>
              {heading && heading.from !== 'title' && (
                <p className="muted mb-2 text-xs" data-heading-from={heading.from}>
                  {heading.from === 'first-line'
                    ? 'The file gives no title: the heading is the article’s first line.'
                    : 'The file gives no title and has no text.'}
                </p>
              )}
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium">Publisher</dt>
                <dd>
                  {data.publisher ?? 'Unknown'}{' '}
                  <span className="muted">({describeProvenance(data.publisherFrom)})</span>
                </dd>
                <dt className="font-medium">Published</dt>
                <dd>
                  {data.published ? formatDay(data.published) : 'Unknown'}{' '}
                  <span className="muted">({describeProvenance(data.publishedFrom)})</span>
                </dd>
                <dt className="font-medium">File</dt>
                <dd className="[overflow-wrap:anywhere]">{data.file}</dd>
                {data.url !== null && (
                  <>
                    <dt className="font-medium">Source</dt>
                    <dd className="[overflow-wrap:anywhere]">
                      {url ? (
                        <a
                          href={url}
                          target="_blank"
                          rel="noopener noreferrer"
                          className="text-blue-700 underline dark:text-blue-300"
                        >
                          {url}
                        </a>
                      ) : (
                        <span>{data.url} (not a web address, so not linked)</span>
                      )}
                    </dd>
                  </>
                )}
              </dl>
              {(data.notes.length > 0 || data.warnings.length > 0) && (
                <ul className="muted mt-2 list-disc space-y-0.5 pl-5 text-xs [overflow-wrap:anywhere]">
                  {data.notes.map((note, i) => (
                    <li key={`n${i}`}>{note}</li>
                  ))}
                  {data.warnings.map((warning, i) => (
                    <li key={`w${i}`}>Warning: {warning}</li>
                  ))}
                </ul>
              )}
              {articleId !== null && (
                <AddMissedFigure articleId={articleId} textRegion={textRegion} />
              )}
              <div className="mt-4 space-y-3 leading-relaxed">
                {data.paragraphs.map((paragraph, p) => (
                  <p key={p} data-paragraph={p} className="[overflow-wrap:anywhere]">
                    {paragraphParts(paragraph, figuresByParagraph.get(p) ?? []).map((part, i) => {
                      if (!part.figureId) return <span key={i}>{part.text}</span>;
                      const row = index.rowById.get(part.figureId);
                      const selected = part.figureId === view.figure;
                      return (
                        <Fragment key={i}>
                          <mark
                            ref={selected ? selectedMark : undefined}
                            data-article-figure-id={part.figureId}
                            className={`figure-number ${selected ? 'ring-2 ring-amber-600 dark:ring-amber-300' : ''} ${row?.review ? 'underline decoration-emerald-700 decoration-2 underline-offset-2 dark:decoration-emerald-300' : ''}`}
                            title={row?.review ? reviewLine(row.review) : undefined}
                          >
                            {part.text}
                            {row?.review && (
                              <span className="sr-only"> {reviewLine(row.review)}</span>
                            )}
                          </mark>
                          {/* What the number counts, for every reader. */}
                          {row && (
                            <span className="figure-metric" data-metric-of={part.figureId}>
                              <span
                                aria-hidden="true"
                                className="size-2 shrink-0 rounded-full"
                                style={{ backgroundColor: METRIC_COLOR[row.metric] }}
                              />
                              <span className="sr-only">(</span>
                              {row.metricLabel}
                              <span className="sr-only">)</span>
                            </span>
                          )}
                        </Fragment>
                      );
                    })}
                  </p>
                ))}
              </div>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}

/** Memoized: a filter change (or the address written back) leaves a closed dialog as it is. */
export const ArticleDialog = memo(ArticleDialogView);
