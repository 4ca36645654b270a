// The page: header, then the dashboard once the dataset is in, or its loading and error states.
import { useDataset } from './data/useDataset.ts';
import { Dashboard } from './Dashboard.tsx';
import { describeSummary } from './header/datasetSummary.ts';
import { PageFrame } from './PageFrame.tsx';
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
    <PageFrame
      index={dataset.data ?? null}
      summary={overview.data ? describeSummary(overview.data.summary) : null}
      embed={embed}
      skipLink={dataset.isSuccess}
    >
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
    </PageFrame>
  );
}
