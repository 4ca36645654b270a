// npm run build:data -- --in DIR --out FILE
// Wires the file I/O to the pure build and prints a summary. Exit 0 when the dataset was
// written; 1 with a one-line reason when nothing could be written; 2 on bad usage.
import { parseArgs } from 'node:util';
import { buildDataset } from './buildDataset.ts';
import { InputFolderError, readCorpus, writeFileAtomic } from './io.ts';
import { summarize } from './summary.ts';

const USAGE = `usage: npm run build:data -- [--in data/articles] [--out public/data/dataset.json] [--pretty] [--quiet]`;

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs({
      options: {
        in: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: 'public/data/dataset.json' },
        pretty: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
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
  const corpus = await readCorpus(options.in);
  const result = buildDataset(corpus);
  if (!result.ok) {
    console.error(`build:data: ${result.error}; ${options.out} left unchanged`);
    return 1;
  }
  const json = options.pretty
    ? JSON.stringify(result.dataset, null, 2)
    : JSON.stringify(result.dataset);
  try {
    await writeFileAtomic(options.out, `${json}\n`);
  } catch (error) {
    console.error(`build:data: cannot write ${options.out}: ${(error as Error).message}`);
    return 1;
  }
  if (!options.quiet) console.log(summarize(result.dataset, result.warnings, options.out));
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
