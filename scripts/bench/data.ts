// npm run bench:data [-- --articles 10000 --runs 1]
// Generates the benchmark corpus, then times, in one run: the floor (read + split into
// sentences, one thread), a cold build (no cache), and a rebuild with one article changed.
// It prints them as ratios held against their targets (issue 12): rebuild ≤ 5% of the cold
// build, cold build ≤ 1.6× the floor, peak memory ≤ 1 GB. With --runs N the three are timed N
// times, interleaved (floor, cold, rebuild, floor, …), and medians are reported: ratios of
// timings taken next to each other hold better on a shared machine than absolute times.
// Last line: one JSON object of the numbers.
import { execFileSync } from 'node:child_process';
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
  },
});
const articles = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
const out = 'bench-out';
const corpus = join(out, 'corpus');
const cache = join(out, 'cache');
const dataset = join(out, 'dataset.json');

const TARGET = { rebuildToCold: 0.05, coldToFloor: 1.6, peakRssMB: 1024 };

interface Stats {
  seconds: number;
  peakRssMB: number;
  built: number;
  phases: Record<string, number>;
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

function floor(): { seconds: number; sentences: number } {
  return JSON.parse(node(['--import', 'tsx', 'scripts/bench/floor.ts', corpus]).trim()) as {
    seconds: number;
    sentences: number;
  };
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? NaN;
};
const round = (x: number, digits: number) => +x.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const phasesOf = (stats: Stats) =>
  Object.entries(stats.phases)
    .map(([name, s]) => `${name} ${s.toFixed(2)}`)
    .join(', ');

console.log(`Generating ${articles} articles in ${corpus} …`);
const { paths } = await writeCorpus(corpus, articles, 1);
node(['scripts/bundle-pipeline.mjs']);
const changed = paths.find((p) => p.endsWith('.txt')) ?? paths[0] ?? '';

interface Run {
  floor: number;
  cold: Stats;
  rebuild: Stats;
}
const measured: Run[] = [];
let sentences = 0;
for (let r = 0; r < runs; r += 1) {
  const f = floor();
  sentences = f.sentences;
  await rm(cache, { recursive: true, force: true });
  const cold = build();
  await appendFile(
    join(corpus, changed),
    `\n\nA late update said ${12 + r} more people were killed in Gaza.\n`,
  );
  const rebuild = build();
  measured.push({ floor: f.seconds, cold, rebuild });
  if (runs > 1) {
    console.log(
      `  run ${r + 1}: floor ${f.seconds.toFixed(2)} s, cold ${cold.seconds.toFixed(2)} s (${(cold.seconds / f.seconds).toFixed(2)}×), rebuild ${rebuild.seconds.toFixed(2)} s (${((100 * rebuild.seconds) / cold.seconds).toFixed(1)}%)`,
    );
  }
}

const floorSeconds = median(measured.map((m) => m.floor));
const coldSeconds = median(measured.map((m) => m.cold.seconds));
const rebuildSeconds = median(measured.map((m) => m.rebuild.seconds));
const result = {
  articles,
  runs,
  seconds: round(coldSeconds, 2),
  articlesPerSecond: Math.round(articles / coldSeconds),
  peakRssMB: Math.round(Math.max(...measured.map((m) => m.cold.peakRssMB))),
  floorSeconds: round(floorSeconds, 2),
  // Ratios per run, then their median: each compares timings taken one after the other.
  ratioToFloor: round(median(measured.map((m) => m.cold.seconds / m.floor)), 2),
  incrementalSeconds: round(rebuildSeconds, 2),
  rebuildToCold: round(median(measured.map((m) => m.rebuild.seconds / m.cold.seconds)), 3),
};
const last = measured.at(-1);
console.log(`Floor (read + split ${sentences} sentences, one thread): ${result.floorSeconds} s`);
console.log(
  `Cold build: ${result.seconds} s (${result.articlesPerSecond} articles/s); phases of the last: ${last ? phasesOf(last.cold) : ''}`,
);
console.log(
  `Rebuild with one article changed: ${result.incrementalSeconds} s (${last?.rebuild.built ?? 0} article rebuilt); phases of the last: ${last ? phasesOf(last.rebuild) : ''}`,
);
console.log(runs > 1 ? `Medians of ${runs} runs:` : 'Against the targets:');
console.log(
  `  cold build / floor     ${result.ratioToFloor.toFixed(2)}×   (target ≤ ${TARGET.coldToFloor}×: ${verdict(result.ratioToFloor <= TARGET.coldToFloor)})`,
);
console.log(
  `  rebuild / cold build   ${(100 * result.rebuildToCold).toFixed(1)}%   (target ≤ ${100 * TARGET.rebuildToCold}%: ${verdict(result.rebuildToCold <= TARGET.rebuildToCold)})`,
);
console.log(
  `  peak memory (RSS)      ${result.peakRssMB} MB (target ≤ ${TARGET.peakRssMB} MB: ${verdict(result.peakRssMB <= TARGET.peakRssMB)})`,
);
console.log(JSON.stringify(result));
