// Builds articles on every core: batches of jobs go to worker threads as they free up.
// Results come back in job order whatever order the workers finish in, each batch's records as
// one block of bytes (extractWorker.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../articleRecord.ts';
import type { ArticleJob } from '../buildDataset.ts';
import { readBlock } from '../cache/recordCache.ts';
import type { WorkerReply, WorkerRequest } from './extractWorker.ts';

const BATCH = 50;

export interface PoolOptions {
  threads?: number;
  workerUrl: URL;
  onProgress?: (done: number, total: number) => void;
}

/** Builds the jobs (`keys`: their cache keys, which the records' blocks carry). */
export async function buildInWorkers(
  jobs: readonly ArticleJob[],
  keys: readonly string[],
  options: PoolOptions,
): Promise<ArticleRecord[]> {
  const results: ArticleRecord[] = new Array<ArticleRecord>(jobs.length);
  const batches: { start: number; jobs: ArticleJob[]; keys: string[] }[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    const end = start + BATCH;
    batches.push({ start, jobs: jobs.slice(start, end), keys: keys.slice(start, end) });
  }
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), batches.length));
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) {
          resolve();
          return;
        }
        const batch = next++;
        const { jobs = [], keys = [] } = batches[batch] ?? {};
        const request: WorkerRequest = { batch, jobs, keys };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        const start = batches[reply.batch]?.start ?? 0;
        const entries = readBlock(reply.block);
        entries.forEach(([, record], i) => (results[start + i] = record));
        done += entries.length;
        options.onProgress?.(done, jobs.length);
        send();
      });
      worker.on('error', reject);
      // A worker that dies without an error event would otherwise leave the build waiting.
      worker.on('exit', (code) => {
        if (next <= batches.length && done < jobs.length)
          reject(new Error(`worker thread exited (code ${code}) before its work was done`));
      });
      send();
    });
  const workers = Array.from({ length: threads }, () => new Worker(options.workerUrl));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
