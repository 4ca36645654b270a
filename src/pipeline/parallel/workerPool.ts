// Builds articles on every core: batches of jobs go to worker threads as they free up.
// Results come back in job order whatever order the workers finish in, each batch's records as
// one block of bytes (extractWorker.ts). Workers can be started before the jobs are known, so
// that loading their code (and wink-nlp's model) overlaps the reading of the corpus.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../articleRecord.ts';
import type { ArticleJob } from '../buildDataset.ts';
import { readBlock } from '../cache/recordCache.ts';
import type { WorkerReply, WorkerRequest } from './extractWorker.ts';

const BATCH = 50;
/** Batches a worker holds at once: the one it builds and the next. */
const IN_FLIGHT = 2;

interface Started {
  worker: Worker;
  /** Rejects when the worker fails or exits, which it never does while the pool is open. */
  failed: Promise<never>;
}

export class WorkerPool {
  private readonly started: Started[] = [];

  constructor(
    private readonly workerUrl: URL,
    /** How many workers to run; by default one per core. */
    private readonly threads = availableParallelism(),
  ) {}

  /** Starts the workers for about `jobs` jobs (no more than there are batches), if not yet. */
  start(jobs: number): void {
    const wanted = Math.max(1, Math.min(this.threads, Math.ceil(jobs / BATCH)));
    while (this.started.length < wanted) {
      const worker = new Worker(this.workerUrl);
      // Idle workers do not keep the process alive: a build that stops early just ends.
      worker.unref();
      const failed = new Promise<never>((_, reject) => {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          reject(new Error(`worker thread exited (code ${code}) before its work was done`));
        });
      });
      // Only a build waits on it: a worker that fails unused (or is closed) fails nothing.
      failed.catch(() => undefined);
      this.started.push({ worker, failed });
    }
  }

  /** Builds the jobs (`keys`: their cache keys, which the records' blocks carry). */
  async build(
    jobs: readonly ArticleJob[],
    keys: readonly string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<ArticleRecord[]> {
    this.start(jobs.length);
    const results: ArticleRecord[] = new Array<ArticleRecord>(jobs.length);
    const batches: { start: number; jobs: ArticleJob[]; keys: string[] }[] = [];
    for (let start = 0; start < jobs.length; start += BATCH) {
      const end = start + BATCH;
      batches.push({ start, jobs: jobs.slice(start, end), keys: keys.slice(start, end) });
    }
    let next = 0;
    let done = 0;
    const run = ({ worker }: Started) =>
      new Promise<void>((resolve) => {
        // Batches sent and not yet answered: a worker always has the next one queued, so it
        // never waits on this thread between two batches.
        let pending = 0;
        const send = () => {
          if (next >= batches.length) {
            if (pending === 0) {
              worker.off('message', receive);
              resolve();
            }
            return;
          }
          const batch = next++;
          const { jobs = [], keys = [] } = batches[batch] ?? {};
          const request: WorkerRequest = { batch, jobs, keys };
          pending++;
          worker.postMessage(request);
        };
        const receive = (reply: WorkerReply) => {
          pending--;
          const start = batches[reply.batch]?.start ?? 0;
          const entries = readBlock(reply.block);
          entries.forEach(([, record], i) => (results[start + i] = record));
          done += entries.length;
          onProgress?.(done, jobs.length);
          send();
        };
        worker.on('message', receive);
        for (let k = 0; k < IN_FLIGHT; k++) send();
      });
    const working = this.started.slice(0, Math.max(1, batches.length));
    for (const { worker } of working) worker.ref();
    try {
      await Promise.race([Promise.all(working.map(run)), ...working.map((s) => s.failed)]);
    } finally {
      for (const { worker } of working) worker.unref();
    }
    return results;
  }

  /** Stops the workers, to free their memory. */
  async close(): Promise<void> {
    await Promise.all(this.started.splice(0).map(({ worker }) => worker.terminate()));
  }
}
