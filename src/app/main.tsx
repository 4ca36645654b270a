// The app's entry: data (TanStack Query) and URL state (nuqs) providers around the dashboard.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFigureChart } from './charts/loadFigureChart.ts';
import { datasetQuery, releaseDataset } from './data/useDataset.ts';
import { FIRST_VIEW_WAIT_MS, opensOnDefaultView } from './overview/firstView.ts';
import { overviewQuery } from './overview/useOverview.ts';
import { handOver } from './prerender/handover.ts';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// Both start now, before React renders, in parallel: the dataset (index.html has preloaded
// its files) and the charts' code with Recharts, which is not part of the first download. A
// failure is the dataset query's own state, shown by App once it renders; a chart whose code
// does not arrive offers Retry in its place.
queryClient.query(datasetQuery).catch(() => undefined);
void loadFigureChart();
// On the default view, a large dataset's first view (overview.json, small, preloaded by
// index.html) is drawn before the full data is read; the data waits for it (FirstView releases
// it once painted), but not for long, and not at all when there is no first view to draw.
const firstView = queryClient.query(overviewQuery);
if (opensOnDefaultView()) {
  firstView.then((overview) => {
    if (!overview) releaseDataset();
  }, releaseDataset);
  window.setTimeout(releaseDataset, FIRST_VIEW_WAIT_MS);
} else {
  releaseDataset();
}

const root = document.getElementById('root');
if (root) {
  // The first view drawn at build time, if the page has one, stays until the app has drawn its.
  handOver(root, opensOnDefaultView());
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter>
          <App />
        </NuqsAdapter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
