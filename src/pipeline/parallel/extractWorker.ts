// Worker thread: builds the articles it is sent and sends their records back.
import { parentPort } from 'node:worker_threads';
import { runJob, type ArticleJob } from '../buildDataset.ts';
import type { ArticleRecord } from '../articleRecord.ts';

export interface WorkerRequest {
  batch: number;
  jobs: ArticleJob[];
}

export interface WorkerReply {
  batch: number;
  records: ArticleRecord[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { batch: request.batch, records: request.jobs.map(runJob) };
  parentPort?.postMessage(reply);
});
