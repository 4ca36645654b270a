// npm run bench:corpus -- --articles 10000 --out DIR [--seed 1]
// Writes the deterministic benchmark corpus to a folder.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generateCorpus.ts';

export async function writeCorpus(
  out: string,
  articles: number,
  seed: number,
): Promise<{ bytes: number; paths: string[] }> {
  await rm(out, { recursive: true, force: true });
  const files = generateCorpus(articles, seed);
  const dirs = new Set(files.map((f) => dirname(join(out, f.path))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      for (let f = queue.pop(); f; f = queue.pop()) await writeFile(join(out, f.path), f.content);
    }),
  );
  return {
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0),
    paths: files.map((f) => f.path),
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      out: { type: 'string', default: 'bench-out/corpus' },
      seed: { type: 'string', default: '1' },
    },
  });
  const articles = Number(values.articles);
  const { bytes } = await writeCorpus(values.out, articles, Number(values.seed));
  console.log(`Wrote ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}`);
}
