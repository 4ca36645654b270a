// The app's entry: data (TanStack Query) and URL state (nuqs) providers around the dashboard.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { datasetQuery } from './data/useDataset.ts';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// The dataset is the long wait: its fetch starts now, before React renders (index.html has
// preloaded the file). A failure is the query's own state, shown by App once it renders.
queryClient.query(datasetQuery).catch(() => undefined);

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
