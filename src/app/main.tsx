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

// Both start now, in parallel: the dataset and the charts' code are the two long waits.
// A failure is the dataset query's own state, shown by App once it renders.
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
