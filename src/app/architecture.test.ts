// The app's module graph keeps the house rules: it uses src/dataset but never the extractor
// (src/pipeline) or the scripts, and no two modules use each other, directly or round a
// longer loop, so each has one direction of use.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports of a file (type-only ones too: they tie modules together as much). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
  const dynamic = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] ?? '');
  return [...specifiers, ...dynamic].map((s) => relative(root, resolve(root, dirname(file), s)));
}

const files = [...sourceFiles('src/app'), ...sourceFiles('src/dataset')];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Every loop in the graph, each as the files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'active');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'active') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the app’s modules', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('never import the extractor or the scripts', () => {
    const outside = files
      .filter((file) => file.startsWith('src/app/'))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter((target) => target.startsWith('scripts/') || target.startsWith('src/pipeline/'))
          .map((target) => `${file} → ${target}`),
      );
    expect(outside).toEqual([]);
  });

  it('import each other in one direction only', () => {
    expect(cycles().map((loop) => loop.join(' → '))).toEqual([]);
  });
});
