// Worker thread: builds the articles it is sent and sends back their records as one block of
// the cache's format (recordCache.ts), its bytes moved, not copied: the main thread then holds
// a built corpus as a few hundred blocks of bytes, which go to the outputs and the cache in
// large pieces, rather than as millions of strings.
import { parentPort } from 'node:worker_threads';
import { encodeText } from '../articleRecord.ts';
import { runJob, type ArticleJob } from '../buildDataset.ts';
import { cachePieces } from '../cache/recordCache.ts';
import { loadSentenceModel } from '../loadSentenceModel.ts';

export interface WorkerRequest {
  batch: number;
  jobs: ArticleJob[];
  /** The cache key of each job, for the block's entries. */
  keys: string[];
}

export interface WorkerReply {
  batch: number;
  /** A cache block of the jobs' records, in job order (readBlock reads it). */
  block: Uint8Array<ArrayBuffer>;
}

parentPort?.on('message', (request: WorkerRequest) => {
  const entries = request.jobs.map((job, i): [string, ReturnType<typeof runJob>] => [
    request.keys[i] ?? '',
    runJob(job),
  ]);
  const block = encodeText(cachePieces(entries));
  const reply: WorkerReply = { batch: request.batch, block };
  parentPort?.postMessage(reply, [block.buffer]);
});

// Workers start while the main thread still reads the corpus: the model loads meanwhile, not
// when the first batch arrives.
loadSentenceModel();
