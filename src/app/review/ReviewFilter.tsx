// All figures, only those people reviewed by hand, or only those they did not. Shown once the
// dataset has a reviewed figure, or a link asks for the filter.
import type { SetView } from '../url/useViewState.ts';
import type { ReviewFilter as Review } from '../url/viewState.ts';

const OPTIONS: { value: Review; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'reviewed', label: 'Reviewed' },
  { value: 'unreviewed', label: 'Not reviewed' },
];

export function ReviewFilter({
  value,
  setView,
  anyReviewed,
}: {
  value: Review;
  setView: SetView;
  anyReviewed: boolean;
}) {
  if (!anyReviewed && value === 'all') return null;
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-semibold">Reviewed by hand</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="review"
              className="size-4 accent-blue-700"
              checked={value === option.value}
              onChange={() => {
                setView({ review: option.value });
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
