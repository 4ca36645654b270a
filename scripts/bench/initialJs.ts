// What a browser must download of JavaScript before the page can run: the entry script that
// index.html loads and every chunk it imports statically, transitively (what Vite also lists
// as modulepreload), and any classic script of index.html. Chunks loaded with import() later are not counted. Sizes are gzip.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

// `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`: never `import("./x.js")`.
const STATIC_IMPORT =
  /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g;

export async function initialJs(distDir: string): Promise<InitialJs> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const scripts = (module: boolean) =>
    [...html.matchAll(/<script\b([^>]*)\bsrc="\/?([^"]+\.js)"/g)]
      .filter((m) => /\btype="module"/.test(m[1] ?? '') === module)
      .map((m) => m[2] ?? '');
  const entries = scripts(true);
  if (entries.length === 0) throw new Error(`no module script in ${distDir}/index.html`);
  // And the classic scripts before it (the first view's, scripts/prerender.ts).
  entries.push(...scripts(false));
  const seen = new Set<string>();
  const queue = [...entries];
  const files: InitialJs['files'] = [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(distDir, file));
    files.push({ file, gzipBytes: gzipSync(code, { level: 9 }).length });
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(join(dir, match[1] ?? '').replaceAll('\\', '/'));
    }
  }
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
