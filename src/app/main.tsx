// The app's entry: data (TanStack Query) and URL state (nuqs) providers around the dashboard.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFigureChart } from './charts/loadFigureChart.ts';
import { datasetQuery } from './data/useDataset.ts';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// Both start now, before React renders, in parallel: the dataset (index.html has preloaded
// the file) and the charts' code with Recharts, which is not part of the first download. A
// failure is the dataset query's own state, shown by App once it renders; a chart whose code
// does not arrive offers Retry in its place.
queryClient.query(datasetQuery).catch(() => undefined);
void loadFigureChart();

const root = document.getElementById('root');
if (root) {
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
