// Loads the dataset index once per session. The only place that fetches it: when the dataset
// is split (an index first, article text on demand), only this hook and useArticle change.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildDatasetIndex, type DatasetIndex } from './datasetIndex.ts';
import { DatasetLoadError, parseDataset } from './parseDataset.ts';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

async function fetchDataset({ signal }: { signal: AbortSignal }): Promise<DatasetIndex> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(DATASET_URL, { signal, cache: 'no-cache' });
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetLoadError('network', 'The dataset could not be reached.', [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  // A static server may answer a missing file with the app's own page instead of a 404.
  const isHtml = response.headers.get('content-type')?.includes('text/html') ?? false;
  if (!response.ok || isHtml) {
    throw new DatasetLoadError(
      'missing',
      'The dataset file was not found. It is made by `npm run build:data`.',
      [`${DATASET_URL}: HTTP ${response.status}${isHtml ? ' (a web page, not JSON)' : ''}`],
    );
  }
  return buildDatasetIndex(parseDataset(text));
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: fetchDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  // The index holds Maps; deep comparison of a large dataset buys nothing.
  structuralSharing: false,
  // A broken file stays broken: retry only what may be a passing network failure.
  retry: (failures, error) =>
    error instanceof DatasetLoadError && error.problem === 'network' && failures < 2,
});

export function useDataset() {
  return useQuery(datasetQuery);
}
