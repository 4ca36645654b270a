// Loads the dashboard's index of the dataset (index.json: every figure and article, without
// article text, and sentences.json: the figures' sentences, fetched at the same time) once per
// session. The only place that fetches them; article text comes from useArticle.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { APP_INDEX_FILE, APP_SENTENCES_FILE } from '../../dataset/appData.ts';
import { buildDatasetIndex, type DatasetIndex } from './datasetIndex.ts';
import { DatasetLoadError, parseDataset } from './parseDataset.ts';

export const DATA_DIR = `${import.meta.env.BASE_URL}data/`;
export const DATASET_URL = `${DATA_DIR}${APP_INDEX_FILE}`;
export const SENTENCES_URL = `${DATA_DIR}${APP_SENTENCES_FILE}`;

/** The text of a data file, or the DatasetLoadError for a network failure or a missing file. */
export async function fetchDataText(
  url: string,
  signal: AbortSignal,
  what: string,
  missing: string,
  /** Read the body only once this has settled (the download goes on meanwhile). */
  ready: Promise<void> = Promise.resolve(),
): Promise<string> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, cache: 'no-cache' });
    await ready;
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetLoadError('network', `The ${what} could not be reached.`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  // A static server may answer a missing file with the app's own page instead of a 404.
  const isHtml = response.headers.get('content-type')?.includes('text/html') ?? false;
  if (response.status === 404 || (response.ok && isHtml)) {
    throw new DatasetLoadError('missing', missing, [
      `${url}: HTTP ${response.status}${isHtml ? ' (a web page, not JSON)' : ''}`,
    ]);
  }
  if (!response.ok) {
    throw new DatasetLoadError('network', `The server could not give the ${what}.`, [
      `${url}: HTTP ${response.status}`,
    ]);
  }
  return text;
}

let openGate = () => {};
const gate = new Promise<void>((resolve) => {
  openGate = resolve;
});

/**
 * Lets the dataset be read: until then its files download but are not decoded or parsed, so
 * that the first view (src/app/overview), drawn from a small file, has the main thread to
 * itself. Called once the first view is painted, or at once when there is none.
 */
export function releaseDataset(): void {
  openGate();
}

async function fetchDataset({ signal }: { signal: AbortSignal }): Promise<DatasetIndex> {
  const missing = 'The dataset file was not found. It is made by `npm run build:data`.';
  const [text, sentences] = await Promise.all([
    fetchDataText(DATASET_URL, signal, 'dataset', missing, gate),
    fetchDataText(SENTENCES_URL, signal, 'dataset', missing, gate),
  ]);
  // User Timing marks: where the first load's time goes (bench:ui prints them).
  performance.mark('dataset:fetched');
  const { dataset, shardOf, correctionEntries, events } = parseDataset(text, sentences);
  performance.mark('dataset:parsed');
  const index = buildDatasetIndex(dataset, shardOf, correctionEntries, events);
  performance.mark('dataset:indexed');
  return index;
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
