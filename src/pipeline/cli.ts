// npm run build:data -- --in DIR --out FILE
// Wires file I/O, the cache and worker threads to the pure build, and prints a summary.
// Exit 0 when the dataset was written; 1 with a one-line reason when nothing could be
// written (missing folder, unwritable output, broken meta file); 2 on bad usage.
import { basename, join } from 'node:path';
import { APP_INDEX_FILE } from '../dataset/appData.ts';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleRecord } from './articleRecord.ts';
import {
  appIndexPieces,
  articleShards,
  datasetJsonPieces,
  planBuild,
  runJob,
} from './buildDataset.ts';
import { cachePieces, jobKey, parseCache } from './cache/recordCache.ts';
import {
  hashFiles,
  InputFolderError,
  readCorpus,
  readTextIfExists,
  sourceFiles,
  writeFileAtomic,
  writeFolder,
} from './io.ts';
import { buildInWorkers } from './parallel/workerPool.ts';
import { progressReporter } from './progress.ts';
import { summarize } from './summary.ts';

const USAGE =
  'usage: npm run build:data -- [--in data/articles] [--out public/data/dataset.json] [--app-dir public/data] ' +
  '[--cache .cache/extract | --no-cache] [--threads N] [--pretty] [--progress] [--quiet] [--stats]';

/** Below this many articles to build, threads cost more than they save. */
const THREAD_THRESHOLD = 200;

/** Bundled (npm run build:data), the worker sits next to this file; from source, in parallel/. */
const bundled = !import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  bundled ? './extractWorker.js' : './parallel/extractWorker.ts',
  import.meta.url,
);

async function extractorVersion(): Promise<string> {
  if (bundled) return hashFiles([fileURLToPath(workerUrl)]);
  const here = fileURLToPath(new URL('.', import.meta.url));
  return hashFiles(await sourceFiles([here, join(here, '../dataset')]));
}

async function main(): Promise<number> {
  const started = performance.now();
  let options;
  try {
    options = parseArgs({
      options: {
        // ARTICLES_DIR lets `npm start` and `npm run dev` show another folder of articles.
        in: { type: 'string', default: process.env.ARTICLES_DIR ?? 'data/articles' },
        out: { type: 'string' },
        'app-dir': { type: 'string' },
        cache: { type: 'string', default: '.cache/extract' },
        'no-cache': { type: 'boolean', default: false },
        threads: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  // The dashboard's files go next to the default dataset; with another --out, only on request.
  const out = options.out ?? 'public/data/dataset.json';
  const appDir = options['app-dir'] ?? (options.out === undefined ? 'public/data' : undefined);
  const threads = options.threads === undefined ? undefined : Number(options.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`--threads must be a whole number of at least 1\n${USAGE}`);
    return 2;
  }

  const planned = planBuild(await readCorpus(options.in));
  if (!planned.ok) {
    console.error(`build:data: ${planned.error}; ${out} left unchanged`);
    return 1;
  }
  const { plan } = planned;

  // Unchanged articles come from the cache; the rest are built, on every core when many.
  const useCache = !options['no-cache'];
  const cachePath = join(options.cache, 'records.cache');
  const version = useCache ? await extractorVersion() : '';
  const cached = useCache
    ? parseCache(await readTextIfExists(cachePath))
    : new Map<string, ArticleRecord>();
  const keys = plan.jobs.map((job) => (useCache ? jobKey(version, job) : ''));
  const records: (ArticleRecord | undefined)[] = keys.map((key) => cached.get(key));
  const missing = plan.jobs.map((job, i) => ({ job, i })).filter(({ i }) => !records[i]);
  const progress = progressReporter(missing.length, {
    force: options.progress,
    quiet: options.quiet,
  });
  if (bundled && missing.length >= THREAD_THRESHOLD && threads !== 1) {
    const built = await buildInWorkers(
      missing.map((m) => m.job),
      { threads, workerUrl, onProgress: progress.update },
    );
    missing.forEach(({ i }, k) => (records[i] = built[k]));
  } else {
    missing.forEach(({ job, i }, k) => {
      records[i] = runJob(job);
      progress.update(k + 1, missing.length);
    });
  }
  progress.done();
  const complete = records.filter((r): r is ArticleRecord => r !== undefined);

  const pieces = options.pretty
    ? [JSON.stringify(JSON.parse([...datasetJsonPieces(plan, complete)].join('')), null, 2), '\n']
    : [...datasetJsonPieces(plan, complete), '\n'];
  try {
    await writeFileAtomic(out, pieces);
    if (appDir !== undefined) {
      await writeFileAtomic(join(appDir, APP_INDEX_FILE), [
        ...appIndexPieces(plan, complete),
        '\n',
      ]);
      await writeFolder(
        join(appDir, 'articles'),
        [...articleShards(plan, complete)].map(([f, t]) => [basename(f), t]),
      );
    }
  } catch (error) {
    console.error(`build:data: cannot write ${out}: ${(error as Error).message}`);
    return 1;
  }
  if (useCache && missing.length > 0) {
    const entries = new Map(keys.map((key, i) => [key, complete[i] as ArticleRecord]));
    await writeFileAtomic(cachePath, cachePieces(entries)).catch((error: unknown) => {
      console.error(
        `build:data: cache not saved (${(error as Error).message}); the dataset is fine`,
      );
    });
  }
  if (options.stats) {
    // For benchmarks: wall time and the peak memory of the process, worker threads included.
    const seconds = (performance.now() - started) / 1000;
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    console.log(
      JSON.stringify({
        seconds,
        peakRssMB,
        built: missing.length,
        cached: plan.jobs.length - missing.length,
      }),
    );
  }
  if (!options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    console.log(
      summarize(plan, complete, out, {
        cached: plan.jobs.length - missing.length,
        seconds,
      }),
    );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputFolderError) console.error(`build:data: ${error.message}`);
    else console.error(`build:data: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
