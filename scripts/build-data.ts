// npm run build:data [-- options of the extractor]: the extractor (bundled by
// bundle-pipeline.mjs), then, where it wrote the dashboard's files, their overview.json
// (scripts/overview.ts). Options go to the extractor unchanged.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeOverview } from './overview.ts';

const args = process.argv.slice(2);
const run = spawnSync(process.execPath, ['.cache/pipeline/cli.js', ...args], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
// Where the extractor put the dashboard's files: --app-dir, else public/data unless --out says
// the dataset goes elsewhere (as cli.ts decides). Options it rejects have failed above.
const { values } = parseArgs({ args, strict: false });
if (values.help !== true) {
  const appDir = values['app-dir'] ?? (values.out === undefined ? 'public/data' : undefined);
  if (typeof appDir === 'string') await writeOverview(appDir);
}
