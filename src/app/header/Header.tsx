// What this is, the data in one line, and the way into "About the data".
import { useEffect, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { useUiStore } from '../ui/uiStore.ts';
import { ReviewSummary } from '../review/ReviewSummary.tsx';
import { SuggestionsButton } from '../review/SuggestionsButton.tsx';
import { AboutPanel } from './AboutPanel.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ShareButtons } from '../share/ShareButtons.tsx';
import { datasetSummary, describeSummary } from './datasetSummary.ts';

export function Header({
  index,
  summary: early = null,
}: {
  index: DatasetIndex | null;
  /** The dataset's line before the dataset is in (from the first view's overview.json). */
  summary?: string | null;
}) {
  const aboutOpen = useUiStore((s) => s.aboutOpen);
  const toggleAbout = useUiStore((s) => s.toggleAbout);
  const summary = useMemo(
    () => (index ? describeSummary(datasetSummary(index)) : early),
    [index, early],
  );
  const aboutButton = useRef<HTMLButtonElement>(null);
  // Escape closes the panel, as it closes the article reader, and gives focus back to its
  // button. An open dialog (the reader) takes its own Escape first.
  useEffect(() => {
    if (!aboutOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      toggleAbout();
      aboutButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [aboutOpen, toggleAbout]);
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto max-w-[1600px] px-3 py-4 sm:px-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold tracking-tight">Conflict Figures</h1>
            <p className="muted mt-0.5 max-w-3xl text-sm sm:text-base">
              How casualty and hostage figures of the Israel–Hamas war are reported over time, and
              by whom: every number as a news article gave it, beside its sentence.
            </p>
            <p className="mt-1 text-sm font-medium" data-testid="dataset-summary">
              {summary ?? '\u00a0'}
            </p>
          </div>
          {/* items-start: Copy link's status line below it must not stretch About. */}
          <div className="flex flex-wrap items-start gap-2">
            <button
              ref={aboutButton}
              type="button"
              className="btn"
              aria-expanded={aboutOpen}
              aria-controls="about-data"
              onClick={toggleAbout}
            >
              About the data
            </button>
            {index && <CopyLinkButton />}
            {index && <ShareButtons index={index} />}
            {index && <SuggestionsButton index={index} />}
          </div>
        </div>
        {aboutOpen && (
          <AboutPanel onClose={toggleAbout}>{index && <ReviewSummary index={index} />}</AboutPanel>
        )}
      </div>
    </header>
  );
}
