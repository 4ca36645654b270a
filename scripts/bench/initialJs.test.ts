import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJs } from './initialJs.ts';

describe('initialJs', () => {
  it('counts the entry and its static imports, transitively, no dynamic import, and classic scripts', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'initial-js-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(
      join(dist, 'index.html'),
      '<script src="/assets/first.js" data-first-view-script></script><script type="module" crossorigin src="/assets/index.js"></script>',
    );
    const files: Record<string, string> = {
      'index.js':
        'import{a as b}from"./react.js";import"./side.js";const c=()=>import("./lazy.js");',
      'react.js': 'export{x as a}from"./shared.js";',
      'shared.js': 'export const x=1;',
      'side.js': 'console.log(1);',
      'lazy.js': 'import{y}from"./charts.js";',
      'charts.js': 'export const y=2;',
      'first.js': 'document.documentElement.setAttribute("data-x","");',
    };
    for (const [name, code] of Object.entries(files)) {
      await writeFile(join(dist, 'assets', name), code);
    }
    const { files: counted, gzipBytes } = await initialJs(dist);
    expect(counted.map((f) => f.file).sort()).toEqual(
      [
        'assets/index.js',
        'assets/react.js',
        'assets/shared.js',
        'assets/side.js',
        'assets/first.js',
      ].sort(),
    );
    expect(gzipBytes).toBe(counted.reduce((sum, f) => sum + f.gzipBytes, 0));
  });
});
