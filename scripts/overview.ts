// Writes overview.json next to the dashboard's index.json: the default view's cards and charts,
// computed from index.json and sentences.json by the dashboard's own code (see
// src/app/overview/overview.ts). Run by `npm run build:data` after the extractor; on its own:
//   tsx scripts/overview.ts [public/data]
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_INDEX_FILE, APP_SENTENCES_FILE } from '../src/dataset/appData.ts';
import { buildDatasetIndex } from '../src/app/data/datasetIndex.ts';
import { parseDataset } from '../src/app/data/parseDataset.ts';
import { OVERVIEW_FILE, overviewJson } from '../src/app/overview/overview.ts';

/** Reads the dashboard's files in `appDir` and writes their overview.json beside them. */
export async function writeOverview(appDir: string): Promise<void> {
  const [index, sentences] = await Promise.all([
    readFile(join(appDir, APP_INDEX_FILE), 'utf8'),
    readFile(join(appDir, APP_SENTENCES_FILE), 'utf8'),
  ]);
  const loaded = parseDataset(index, sentences);
  const built = buildDatasetIndex(
    loaded.dataset,
    loaded.shardOf,
    loaded.correctionEntries,
    loaded.events,
  );
  await writeFile(join(appDir, OVERVIEW_FILE), overviewJson(built));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await writeOverview(process.argv[2] ?? 'public/data');
}
