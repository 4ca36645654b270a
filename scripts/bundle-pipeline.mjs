// Bundles the extractor for node (npm run build:data): one start-up without a TypeScript
// loader, and worker threads that can load their code. Output in .cache/pipeline (git-ignored).
// Its dependencies go in the bundle too: resolving and loading zod, yaml, htmlparser2 and
// jsonc-parser file by file from node_modules took 70 of a start-up's 180 ms, which every build
// and every worker thread pays. (wink-nlp and its model are required at run time, when first
// needed, and stay in node_modules.)
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
  // The ES module builds of dependencies that ship both (jsonc-parser's CommonJS one requires
  // its own files at run time, which a bundle cannot).
  mainFields: ['module', 'main'],
  // CommonJS dependencies (yaml) call require for node's own modules: give them one.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
