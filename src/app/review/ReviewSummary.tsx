// In "About the data": how many figures people reviewed, and every figure they took out, with
// why, so a reader can always see what was removed.
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { publisherKey, publisherLabel } from '../data/figureRow.ts';
import { formatNumber } from '../format/format.ts';
import { reviewCounts } from './reviewCounts.ts';

const count = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

export function ReviewSummary({ index }: { index: DatasetIndex }) {
  const counts = reviewCounts(index.dataset);
  const { dropped } = index.dataset;
  return (
    <div
      className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700"
      data-testid="review-summary"
    >
      <h3 className="font-semibold">Reviewed by hand</h3>
      {counts.reviewed === 0 ? (
        <p className="mt-1">
          No figure has been reviewed by hand yet. Anyone can suggest a correction from an excerpt;
          corrections live in <code>corrections.json</code> beside the articles.
        </p>
      ) : (
        <p className="mt-1">
          {count(counts.reviewed, 'figure')} reviewed by hand:{' '}
          {count(counts.corrected, 'corrected', 'corrected')}
          {counts.checked > 0 && `, ${count(counts.checked, 'checked', 'checked')} as read`},{' '}
          {count(counts.added, 'added', 'added')} that the extractor missed,{' '}
          {count(counts.dropped, 'dropped', 'dropped')} as not figures.
          {counts.unmatched > 0 &&
            ` ${count(counts.unmatched, 'correction')} did not apply (the text has changed, or the quote fits no single figure).`}
        </p>
      )}
      {dropped.length > 0 && (
        <>
          <h4 className="mt-2 font-medium">Dropped figures</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {dropped.map((figure) => {
              const article = index.articleById.get(figure.articleId);
              return (
                <li key={figure.id} className="[overflow-wrap:anywhere]">
                  “{figure.text}” in “{figure.sentence}” ({publisherLabel(publisherKey(article))}):{' '}
                  {figure.review.reason}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
