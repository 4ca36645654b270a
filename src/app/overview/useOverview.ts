// Loads overview.json, the first view (overview.ts), once per session. It only ever speeds the
// first paint up: a missing, unreadable or foreign file means no first view, never an error.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_DIR } from '../data/useDataset.ts';
import { OVERVIEW_FILE, readOverview, type Overview } from './overview.ts';

async function fetchOverview({ signal }: { signal: AbortSignal }): Promise<Overview | null> {
  try {
    const response = await fetch(`${DATA_DIR}${OVERVIEW_FILE}`, { signal, cache: 'no-cache' });
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return response.ok && isJson ? readOverview(await response.text()) : null;
  } catch {
    return null;
  }
}

export const overviewQuery = queryOptions({
  queryKey: ['overview'],
  queryFn: fetchOverview,
  staleTime: Infinity,
  gcTime: Infinity,
  structuralSharing: false,
  retry: false,
});

export function useOverview() {
  return useQuery(overviewQuery);
}
