// npm run review -- [--in DIR] [--port 4180] [--app dist] [--work DIR]
// The dashboard over a folder of articles, for people who review its figures, on this machine
// only: the built app (`vite build`), the dataset built from the folder into a work folder,
// and one endpoint that appends suggested corrections to the folder's corrections.json,
// rebuilds the dataset and answers what became of them. Bound to 127.0.0.1; writes only for
// same-origin JSON requests carrying the token put in the page it served.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CORRECTIONS_FILE_NAME,
  REVIEW_ENDPOINT,
  REVIEW_TOKEN_META,
} from '../../src/dataset/corrections.ts';
import type { Dataset } from '../../src/dataset/schema.ts';
import { writeFileAtomic } from '../../src/pipeline/io.ts';
import {
  appendEntries,
  MAX_BODY_BYTES,
  readRequest,
  refuseHost,
  refuseWrite,
  writtenEntries,
  type Refusal,
} from './reviewRequest.ts';
import { writeOverview } from '../overview.ts';
import { contentType, fileUnder, withToken } from './staticFiles.ts';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, '.cache/pipeline/cli.js');

const { values: options } = parseArgs({
  options: {
    in: { type: 'string', default: process.env.ARTICLES_DIR ?? 'data/articles' },
    port: { type: 'string', default: '4180' },
    app: { type: 'string', default: 'dist' },
    work: { type: 'string' },
  },
  strict: true,
});
const input = resolve(options.in);
const port = Number(options.port);
const app = resolve(options.app);
// One work folder per input folder, so two reviews side by side do not share a dataset.
const work = resolve(
  options.work ??
    join(root, '.cache/review', createHash('sha256').update(input).digest('hex').slice(0, 12)),
);
const data = join(work, 'data');
const token = randomBytes(24).toString('hex');
const correctionsPath = join(input, CORRECTIONS_FILE_NAME);

function run(command: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      done({ code: code ?? 1, stderr: stderr.trim() });
    });
  });
}

/**
 * The dataset of the folder into the work folder: the extractor as `npm run build:data` runs
 * it, and the first view beside the dashboard's files (overview.json, which the page preloads).
 */
async function rebuild(): Promise<{ code: number; stderr: string }> {
  const built = await run(process.execPath, [
    cli,
    '--in',
    input,
    '--out',
    join(data, 'dataset.json'),
    '--app-dir',
    data,
    '--cache',
    join(work, 'extract'),
    '--quiet',
  ]);
  if (built.code !== 0) return built;
  try {
    await writeOverview(data);
  } catch (error) {
    return { code: 1, stderr: error instanceof Error ? error.message : String(error) };
  }
  return built;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  send(response, refusal.status, { error: refusal.error });
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      done(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', fail);
  });
}

async function readIfThere(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

type Answer = { status: number; body: unknown };
const refusal = (r: Refusal): Answer => ({ status: r.status, body: { error: r.error } });

/** Appends the entries, rebuilds, and says what became of them. */
async function writeEntries(request: IncomingMessage): Promise<Answer> {
  const body = await readBody(request);
  if (body === null) return refusal({ status: 413, error: 'Too many corrections at once.' });
  const read = readRequest(body);
  if (!('ok' in read)) return refusal(read);
  const before = await readIfThere(correctionsPath);
  const appended = appendEntries(before, read.entries);
  if (!('ok' in appended)) return refusal(appended);
  writeFileAtomic(correctionsPath, appended.text);
  const built = await rebuild();
  if (built.code !== 0) {
    // Nothing half done: the file goes back to what it was.
    if (before === null) await rm(correctionsPath, { force: true });
    else writeFileAtomic(correctionsPath, before);
    return refusal({ status: 500, error: `The rebuild failed: ${built.stderr}` });
  }
  const dataset = JSON.parse(await readFile(join(data, 'dataset.json'), 'utf8')) as Dataset;
  console.log(`review: wrote ${read.entries.length} to ${correctionsPath}; rebuilt`);
  const entries = writtenEntries(dataset.corrections, appended.first, read.entries.length);
  return { status: 200, body: { entries } };
}

/** One write at a time: each reads the file the one before it wrote. */
let queue: Promise<unknown> = Promise.resolve();
async function write(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const refused = refuseWrite(request.headers, port, token);
  if (refused) {
    refuse(response, refused);
    return;
  }
  const next = queue.then(() => writeEntries(request));
  queue = next.catch(() => undefined);
  const answer = await next;
  send(response, answer.status, answer.body);
}

async function serveFile(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const fromData = path.startsWith('/data/');
  const file = fromData ? fileUnder(data, path.slice('/data/'.length)) : fileUnder(app, path);
  const info = file ? await stat(file).catch(() => null) : null;
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (file && info?.isFile() && !file.endsWith('index.html')) {
    response.writeHead(200, { ...headers, 'Content-Type': contentType(file) });
    response.end(request.method === 'HEAD' ? undefined : await readFile(file));
    return;
  }
  if (fromData || (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html'))) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  // The page itself, for any other path: with the token that lets it write.
  const html = withToken(await readFile(join(app, 'index.html'), 'utf8'), REVIEW_TOKEN_META, token);
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // The write button must not be clickable from inside another site's frame.
    'X-Frame-Options': 'DENY',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const wrongHost = refuseHost(request.headers, port);
  if (wrongHost) {
    refuse(response, wrongHost);
    return;
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === REVIEW_ENDPOINT) {
    if (request.method === 'POST') await write(request, response);
    else refuse(response, { status: 405, error: 'POST corrections here.' });
  } else if (request.method === 'GET' || request.method === 'HEAD') {
    await serveFile(request, response);
  } else {
    refuse(response, { status: 405, error: 'Only GET here.' });
  }
}

async function main(): Promise<number> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`review: --port must be a port number, not ${options.port}`);
    return 2;
  }
  if (!existsSync(join(app, 'index.html'))) {
    console.error(`review: no built app in ${app}; run \`npx vite build\` first`);
    return 1;
  }
  if (!existsSync(cli)) {
    const bundled = await run(process.execPath, [join(root, 'scripts/bundle-pipeline.mjs')]);
    if (bundled.code !== 0) {
      console.error(`review: cannot bundle the extractor: ${bundled.stderr}`);
      return 1;
    }
  }
  const first = await rebuild();
  if (first.code !== 0) {
    console.error(first.stderr || 'review: the dataset could not be built');
    return 1;
  }
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(`review: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) refuse(response, { status: 500, error: 'The server failed.' });
      else response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  console.log(
    `review: ${input} at http://127.0.0.1:${port}/ (corrections go to ${correctionsPath})`,
  );
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`review: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
