// The page: header, then the dashboard once the dataset is in, or its loading and error states.
import { useDataset } from './data/useDataset.ts';
import { Dashboard } from './Dashboard.tsx';
import { Header } from './header/Header.tsx';
import { DatasetError } from './states/DatasetError.tsx';
import { LoadingSkeleton } from './states/LoadingSkeleton.tsx';
import { useEmbedMode } from './url/useViewState.ts';
import { FirstView } from './overview/FirstView.tsx';
import { useOverview } from './overview/useOverview.ts';
import { opensOnDefaultView } from './overview/firstView.ts';

export function App() {
  const dataset = useDataset();
  // Embedded in another page (embed=1): no header, no skip link, little margin.
  const embed = useEmbedMode();
  // A large dataset's first view, drawn from overview.json while the full data is read (only
  // for the default view: main.tsx lets the data be read at once otherwise).
  const overview = useOverview();
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      {dataset.isSuccess && !embed && (
        <a
          href="#figures"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to the figures
        </a>
      )}
      {!embed && <Header index={dataset.data ?? null} />}
      <main className={embed ? 'px-2 pb-2' : 'mx-auto max-w-[1600px] px-3 pb-12 sm:px-6'}>
        {dataset.isPending ? (
          overview.data && opensOnDefaultView() ? (
            <FirstView overview={overview.data} />
          ) : (
            <LoadingSkeleton />
          )
        ) : dataset.isError ? (
          <DatasetError
            error={dataset.error}
            retrying={dataset.isFetching}
            onRetry={() => {
              void dataset.refetch();
            }}
          />
        ) : (
          <Dashboard index={dataset.data} />
        )}
      </main>
    </div>
  );
}
