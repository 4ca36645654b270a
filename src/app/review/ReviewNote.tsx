// Under a figure people reviewed: what they did and why, and, on demand, what the extractor
// had read before.
import type { FigureReview } from '../../dataset/schema.ts';
import { extractorRead, reviewedBy, reviewLabel } from './reviewText.ts';

export function ReviewNote({ review }: { review: FigureReview | undefined }) {
  if (!review) return null;
  const by = reviewedBy(review);
  return (
    <div
      data-review={review.action}
      className="mx-2 mt-1.5 rounded-sm border-l-4 border-emerald-600 bg-emerald-50 px-2 py-1 text-xs dark:border-emerald-400 dark:bg-emerald-950/50"
    >
      <p className="[overflow-wrap:anywhere]">
        <strong className="font-semibold text-emerald-900 dark:text-emerald-200">
          {reviewLabel(review)}:
        </strong>{' '}
        {review.reason}
        {by && <span className="muted"> ({by})</span>}
      </p>
      <details className="mt-0.5">
        <summary className="cursor-pointer text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
          What the extractor read
        </summary>
        <p className="mt-0.5 [overflow-wrap:anywhere]">{extractorRead(review)}</p>
      </details>
    </div>
  );
}
