// The page's frame: header and main part around the dashboard, its first view or its states.
import type { ReactNode } from 'react';
import type { DatasetIndex } from './data/datasetIndex.ts';
import { Header } from './header/Header.tsx';

/**
 * The page around what it shows: the header (with the dataset's line once it is in) and the
 * main part. Also the frame of the first view drawn at build time (scripts/prerender.ts).
 */
export function PageFrame({
  index,
  summary = null,
  embed,
  skipLink,
  children,
}: {
  index: DatasetIndex | null;
  /** The header's line about the dataset before the dataset is in, if known. */
  summary?: string | null;
  /** Embedded in another page (embed=1): no header, no skip link, little margin. */
  embed: boolean;
  /** Whether the skip link to the figures is offered (once they are there). */
  skipLink: boolean;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      {skipLink && !embed && (
        <a
          href="#figures"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to the figures
        </a>
      )}
      {!embed && <Header index={index} summary={summary} />}
      <main className={embed ? 'px-2 pb-2' : 'mx-auto max-w-[1600px] px-3 pb-12 sm:px-6'}>
        {children}
      </main>
    </div>
  );
}
