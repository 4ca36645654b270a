// npm run build:data -- --in DIR --out FILE
// Wires file I/O, the cache and worker threads to the pure build, and prints a summary.
// Exit 0 when the dataset was written; 1 with a one-line reason when nothing could be
// written (missing folder, unwritable output, broken meta or corrections file); 2 on bad usage.
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APP_INDEX_FILE, APP_SENTENCES_FILE } from '../dataset/appData.ts';
import { DEFAULT_EVENTS_PATH, type WarEvent } from '../dataset/events.ts';
import { joinText, type ArticleRecord, type JsonText } from './articleRecord.ts';
import {
  appIndexPieces,
  appSentencesPieces,
  applyCorrections,
  articleShards,
  datasetJsonPieces,
  decodeFile,
  hashPieces,
  hashText,
  planFromOutcomes,
  runJob,
  type ArticleJob,
  type FileOutcome,
} from './buildDataset.ts';
import {
  emptyManifest,
  parseManifest,
  serializeManifest,
  stampOutcomes,
  unchangedOutcome,
} from './cache/manifest.ts';
import { CACHE_HEADER, cachePieces, jobKey, mustRewrite, parseCache } from './cache/recordCache.ts';
import {
  appendText,
  hashFiles,
  InputFolderError,
  listCorpus,
  readEntries,
  readBytesIfExists,
  readTextIfExists,
  sourceFiles,
  writeFileAtomic,
  writeFileAtomicInBackground,
  writeFolder,
  type CorpusEntry,
} from './io.ts';
import { parseEventsFile } from './events/eventsFile.ts';
import { WorkerPool } from './parallel/workerPool.ts';
import { progressReporter } from './progress.ts';
import { loadSentenceModel } from './loadSentenceModel.ts';
import { summarize } from './summary.ts';

const USAGE =
  'usage: npm run build:data -- [--in data/articles] [--out public/data/dataset.json] [--app-dir public/data] ' +
  '[--events data/events.json] [--cache .cache/extract | --no-cache] [--threads N] [--pretty] [--progress] [--quiet] [--stats]';

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

function readOptions(): ReturnType<typeof parse> | string {
  try {
    return parse();
  } catch (error) {
    return (error as Error).message;
  }
}

function parse() {
  return parseArgs({
    options: {
      // ARTICLES_DIR lets `npm start` and `npm run dev` show another folder of articles.
      in: { type: 'string', default: process.env.ARTICLES_DIR ?? 'data/articles' },
      out: { type: 'string' },
      'app-dir': { type: 'string' },
      // The war's events the charts mark; EVENTS_FILE lets `npm start` use another file.
      events: { type: 'string' },
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
}

/** Decodes a file read from disk, or records why it could not be read. */
function outcomeOf(entry: CorpusEntry, bytes: Uint8Array | { error: string }): FileOutcome {
  return bytes instanceof Uint8Array
    ? decodeFile(entry.file, bytes)
    : { file: entry.file, kind: 'rejected', reason: bytes.error };
}

/**
 * The events of the file named (or of data/events.json, when it exists), or why they cannot
 * be read. A file named on purpose must exist.
 */
async function readEvents(named: string | undefined): Promise<WarEvent[] | string> {
  const path = named ?? DEFAULT_EVENTS_PATH;
  const text = await readTextIfExists(path);
  if (text === null) return named === undefined ? [] : `${path}: cannot read the events file`;
  const parsed = parseEventsFile(text, path);
  return parsed.ok ? parsed.events : parsed.error;
}

async function main(): Promise<number> {
  const started = performance.now();
  // Seconds per phase, for --stats.
  const phases: Record<string, number> = {};
  let lapStart = started;
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = +((now - lapStart) / 1000).toFixed(3);
    lapStart = now;
  };
  const options = readOptions();
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
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
  const useCache = !options['no-cache'];
  const cachePath = join(options.cache, 'records.cache');
  const manifestPath = join(options.cache, 'manifest.json');

  // The cache is read from disk while the corpus is listed.
  const cacheBytes = useCache ? readBytesIfExists(cachePath) : Promise.resolve(null);
  // Files unchanged since the last build (same size and time) are not read again.
  const listing = await listCorpus(options.in);
  const manifest = useCache ? parseManifest(await readTextIfExists(manifestPath)) : emptyManifest();
  const known = new Map<string, FileOutcome>();
  const toRead: CorpusEntry[] = [];
  for (const entry of listing.entries) {
    const outcome = unchangedOutcome(manifest, entry.file, entry);
    if (outcome) known.set(entry.file, outcome);
    else toRead.push(entry);
  }
  lap('list');
  // Many files to read, many articles to build: the workers start now and load while the
  // files are read.
  const pool = bundled && threads !== 1 ? new WorkerPool(workerUrl, threads) : null;
  if (toRead.length >= THREAD_THRESHOLD) pool?.start(toRead.length);
  const read = readEntries(toRead, outcomeOf);
  // A few changed articles are built on this thread, and most need wink-nlp's model (a tenth of
  // a second to load): it loads while the cache is still being read.
  if (useCache && toRead.length > 0 && toRead.length < THREAD_THRESHOLD) loadSentenceModel();
  lap('read');
  const planned = planFromOutcomes(
    [...known.values(), ...read],
    listing.unreadable,
    listing.metaText,
    listing.correctionsText,
  );
  if (!planned.ok) {
    console.error(`build:data: ${planned.error}; ${out} left unchanged`);
    return 1;
  }
  const { plan } = planned;
  // The events file is checked before anything is built: a broken one stops the build.
  const events = await readEvents(options.events ?? process.env.EVENTS_FILE);
  if (typeof events === 'string') {
    console.error(`build:data: ${events}; ${out} left unchanged`);
    return 1;
  }

  // Unchanged articles come from the cache; the rest are built, on every core when many.
  const version = useCache ? await extractorVersion() : '';
  const cache = useCache
    ? parseCache(await cacheBytes)
    : { entries: new Map<string, ArticleRecord>(), stored: 0 };
  lap('load cache');
  const keys = plan.jobs.map((job) => (useCache ? jobKey(version, job) : ''));
  const records: (ArticleRecord | undefined)[] = keys.map((key) => cache.entries.get(key));
  const missing = plan.jobs.map((job, i) => ({ job, i })).filter(({ i }) => !records[i]);
  // A file the manifest vouched for may still need building (its meta entry changed): read it.
  const entryByFile = new Map(listing.entries.map((e) => [e.file, e]));
  const unread = missing.filter(({ job }) => job.text === undefined);
  const texts = readEntries(
    unread
      .map(({ job }) => entryByFile.get(job.file))
      .filter((e): e is CorpusEntry => e !== undefined),
    outcomeOf,
  );
  const reread = new Map(texts.map((o) => [o.file, o]));
  for (const m of unread) {
    const outcome = reread.get(m.job.file);
    if (outcome?.kind === 'article') {
      m.job = { ...m.job, text: outcome.text ?? '', textHash: hashText(outcome.text ?? '') };
    } else {
      // Gone or changed into something else since it was listed: an empty article that says so.
      const warning = `could not be read again during the build (${outcome?.kind === 'rejected' ? outcome.reason : 'missing'})`;
      m.job = { ...m.job, text: '', decodeWarnings: [...m.job.decodeWarnings, warning] };
    }
  }

  const progress = progressReporter(missing.length, {
    force: options.progress,
    quiet: options.quiet,
  });
  const jobs: ArticleJob[] = missing.map((m) => m.job);
  if (pool && jobs.length >= THREAD_THRESHOLD) {
    const jobKeys = missing.map(({ i }) => keys[i] ?? '');
    const built = await pool.build(jobs, jobKeys, progress.update);
    missing.forEach(({ i }, k) => (records[i] = built[k]));
  } else {
    missing.forEach(({ job, i }, k) => {
      records[i] = runJob(job);
      progress.update(k + 1, missing.length);
    });
  }
  progress.done();
  // Their memory is not needed for the writing.
  await pool?.close();
  lap('build');
  // Every job has its record by now; a gap would put records under other articles' keys.
  const complete = records.map((r, i) => {
    if (!r) throw new Error(`${plan.jobs[i]?.file ?? i}: no record was built`);
    return r;
  });
  // People's corrections go on top of what was extracted, fresh or cached: the cache keeps the
  // extractor's records, so a changed corrections.json rebuilds no article.
  const { records: corrected, ...reviewed } = applyCorrections(plan, complete);
  lap('correct');

  const pieces = options.pretty
    ? [
        JSON.stringify(JSON.parse(joinText(datasetJsonPieces(plan, corrected, reviewed))), null, 2),
        '\n',
      ]
    : [...datasetJsonPieces(plan, corrected, reviewed), '\n'];
  // The large files are written on libuv's threads, each handed over whole, while this thread
  // writes the article shards: the writing takes the machine's cores instead of one of them.
  const recordsSaved = useCache ? saveRecords() : Promise.resolve();
  const shardHashes = new Map<string, string>();
  try {
    const written = [writeFileAtomicInBackground(out, pieces)];
    if (appDir !== undefined) {
      written.push(
        writeFileAtomicInBackground(join(appDir, APP_INDEX_FILE), [
          ...appIndexPieces(plan, corrected, reviewed, events),
          '\n',
        ]),
        writeFileAtomicInBackground(join(appDir, APP_SENTENCES_FILE), [
          ...appSentencesPieces(corrected),
          '\n',
        ]),
      );
      const shards = [...articleShards(corrected)].map(([f, t]): [string, JsonText[]] => [
        basename(f),
        t,
      ]);
      for (const [name, text] of shards) shardHashes.set(name, hashPieces(text));
      // Written now, by this thread (a promise's executor turns a failure into a rejection).
      written.push(
        new Promise<void>((resolve) => {
          writeFolder(
            join(appDir, 'articles'),
            shards,
            (name) => manifest.shards.get(name) === shardHashes.get(name),
          );
          resolve();
        }),
      );
    }
    // Every write settles before the first failure is told: none is left running.
    const failed = (await Promise.allSettled(written)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    console.error(`build:data: cannot write ${out}: ${(error as Error).message}`);
    await recordsSaved.catch(() => undefined);
    return 1;
  }

  lap('write');
  if (useCache) {
    try {
      await recordsSaved;
      // Written last: it names records the cache now holds.
      const files = stampOutcomes([...known.values(), ...read], entryByFile);
      writeFileAtomic(
        manifestPath,
        serializeManifest({ files, shards: appDir !== undefined ? shardHashes : manifest.shards }),
      );
    } catch (error) {
      console.error(
        `build:data: cache not saved (${(error as Error).message}); the dataset is fine`,
      );
    }
  }
  async function saveRecords(): Promise<void> {
    const live = new Map(keys.map((key, i) => [key, complete[i] as ArticleRecord]));
    const added = missing.map(({ i }): [string, ArticleRecord] => [
      keys[i] ?? '',
      complete[i] as ArticleRecord,
    ]);
    if (mustRewrite(cache.stored, added.length, live.size)) {
      await writeFileAtomicInBackground(cachePath, [CACHE_HEADER, ...cachePieces(live)]);
    } else if (added.length > 0) {
      appendText(cachePath, cachePieces(added));
    }
  }

  lap('save cache');
  const seconds = (performance.now() - started) / 1000;
  if (options.stats) {
    // For benchmarks: wall time and the peak memory of the process, worker threads included.
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    console.log(
      JSON.stringify({
        seconds,
        peakRssMB,
        built: missing.length,
        cached: plan.jobs.length - missing.length,
        phases,
      }),
    );
  }
  if (!options.quiet) {
    console.log(
      summarize(plan, corrected, out, {
        cached: plan.jobs.length - missing.length,
        seconds,
        reviewed,
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
