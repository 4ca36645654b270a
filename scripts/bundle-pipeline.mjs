// Bundles the extractor for node (npm run build:data): one start-up without a TypeScript
// loader, and worker threads that can load their code. Output in .cache/pipeline (git-ignored).
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'src/pipeline/cli.ts',
    extractWorker: 'src/pipeline/parallel/extractWorker.ts',
  },
  outdir: '.cache/pipeline',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
