// "Suggest a correction" beside every excerpt: opens the suggestion form for its figure.
import { useReviewUi } from './reviewUiStore.ts';

export function SuggestButton({ figureId, number }: { figureId: string; number: string }) {
  const openForm = useReviewUi((s) => s.openForm);
  return (
    <button
      type="button"
      className="btn-quiet -mx-2 py-0"
      onClick={() => {
        openForm({ kind: 'figure', figureId });
      }}
    >
      Suggest a correction<span className="sr-only"> to the figure {number}</span>
    </button>
  );
}
