// The notice listing what an opened link asked for and did not get.
import { useUiStore } from '../ui/uiStore.ts';

export function LinkNotice() {
  const lines = useUiStore((s) => s.linkNotice);
  const setLinkNotice = useUiStore((s) => s.setLinkNotice);
  return (
    <div role="status" aria-live="polite">
      {lines.length > 0 && (
        <section
          aria-labelledby="link-notice-title"
          className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <div className="flex items-start justify-between gap-3">
            <h2 id="link-notice-title" className="font-semibold">
              Parts of this link were ignored
            </h2>
            <button
              type="button"
              onClick={() => {
                setLinkNotice([]);
              }}
              className="btn-quiet -mt-1 shrink-0"
            >
              Dismiss
            </button>
          </div>
          <p className="mt-1">The view shows what the link asked for that is valid. Dropped:</p>
          <ul className="mt-1 list-disc pl-5 [overflow-wrap:anywhere]">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
