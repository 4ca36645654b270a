// npm run bench:data [-- --articles 10000]
// Generates the benchmark corpus, times the floor (read + split into sentences), a cold build,
// and a rebuild with one article changed. Last line: one JSON object of the numbers.
import { execFileSync } from 'node:child_process';
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
const articles = Number(values.articles);
const out = 'bench-out';
const corpus = join(out, 'corpus');
const cache = join(out, 'cache');
const dataset = join(out, 'dataset.json');

interface Stats {
  seconds: number;
  peakRssMB: number;
  built: number;
}

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** One build as a user runs it: wall time from process start to exit. */
function build(): Stats {
  const started = performance.now();
  const lines = node([
    '.cache/pipeline/cli.js',
    '--in',
    corpus,
    '--out',
    dataset,
    '--app-dir',
    join(out, 'app'),
    '--cache',
    cache,
    '--stats',
    '--quiet',
  ]);
  const stats = JSON.parse(lines.trim().split('\n').at(-1) ?? '{}') as Stats;
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}

console.log(`Generating ${articles} articles in ${corpus} …`);
const { paths } = await writeCorpus(corpus, articles, 1);
node(['scripts/bundle-pipeline.mjs']);
await rm(cache, { recursive: true, force: true });

const floor = JSON.parse(node(['--import', 'tsx', 'scripts/bench/floor.ts', corpus]).trim()) as {
  seconds: number;
  sentences: number;
};
const cold = build();
const changed = paths.find((p) => p.endsWith('.txt')) ?? paths[0] ?? '';
await appendFile(
  join(corpus, changed),
  '\n\nA late update said 12 more people were killed in Gaza.\n',
);
const incremental = build();

const result = {
  articles,
  seconds: +cold.seconds.toFixed(2),
  articlesPerSecond: Math.round(articles / cold.seconds),
  peakRssMB: Math.round(cold.peakRssMB),
  floorSeconds: +floor.seconds.toFixed(2),
  ratioToFloor: +(cold.seconds / floor.seconds).toFixed(2),
  incrementalSeconds: +incremental.seconds.toFixed(2),
};
console.log(
  `Floor (read + split ${floor.sentences} sentences, one thread): ${result.floorSeconds} s`,
);
console.log(
  `Cold build: ${result.seconds} s (${result.articlesPerSecond} articles/s), peak RSS ${result.peakRssMB} MB, ${result.ratioToFloor}× the floor`,
);
console.log(
  `Rebuild with one article changed: ${result.incrementalSeconds} s (${incremental.built} article rebuilt)`,
);
console.log(JSON.stringify(result));
