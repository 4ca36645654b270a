// Part of `npm run build`: fails the build when the JavaScript a first visit must load (the
// entry chunk and its static imports, gzip) is over the budget of issue 5.
import { initialJs } from './initialJs.ts';

export const INITIAL_JS_BUDGET_KB = 200;

const dist = process.argv[2] ?? 'dist';
const { files, gzipBytes } = await initialJs(dist);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const f of files) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes).padStart(7)} KB gzip`);
const verdict = `Initial JavaScript: ${kb(gzipBytes)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`;
if (gzipBytes > INITIAL_JS_BUDGET_KB * 1024) {
  console.error(`${verdict}: over budget.`);
  process.exit(1);
}
console.log(`${verdict}: within budget.`);
