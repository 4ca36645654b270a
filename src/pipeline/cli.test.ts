// The command as users run it: exit codes, messages, determinism, atomic output, cache.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, '.cache/pipeline/cli.js');
let dir: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = (n: number) =>
  ` date 2024-03-${String((n % 28) + 1).padStart(2, '0')} The health ministry said ${1000 + n} people have been killed in Gaza since the war began.\n\n` +
  `Hamas would release ${(n % 50) + 1} hostages under the proposal, officials said.\n`;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/bundle-pipeline.mjs')], { cwd: root });
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-cli-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), ARTICLE(1));
  writeFileSync(join(dir, 'in', 'b.md'), `---\npublisher: B Daily\n---\n${ARTICLE(2)}`);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('build:data', () => {
  it('writes the dataset, prints a summary and exits 0', () => {
    const { code, stdout } = run('--in', 'in', '--out', 'out/dataset.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Read 2 articles .* found 4 figures/);
    expect(stdout).toMatch(/gaza_killed\s+2/);
    const dataset = JSON.parse(readFileSync(join(dir, 'out/dataset.json'), 'utf8')) as {
      figures: unknown[];
    };
    expect(dataset.figures).toHaveLength(4);
  });

  it('gives byte-identical output for the same input, cached or not', () => {
    run('--in', 'in', '--out', 'one.json');
    run('--in', 'in', '--out', 'two.json');
    run('--in', 'in', '--out', 'three.json', '--no-cache');
    const one = readFileSync(join(dir, 'one.json'), 'utf8');
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(one);
    expect(readFileSync(join(dir, 'three.json'), 'utf8')).toBe(one);
  });

  it('keeps figure ids while an article is unchanged', () => {
    const ids = () => {
      run('--in', 'in', '--out', 'd.json');
      const d = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as {
        figures: { id: string; articleId: string }[];
      };
      return d.figures.filter((f) => f.articleId === 'a').map((f) => f.id);
    };
    const before = ids();
    writeFileSync(
      join(dir, 'in', 'b.md'),
      `---\npublisher: B Daily\n---\n${ARTICLE(7)}\n\nOne more paragraph.`,
    );
    writeFileSync(join(dir, 'in', 'c.txt'), ARTICLE(3));
    expect(ids()).toEqual(before);
  });

  it('rebuilds only what changed and still writes what a clean build writes', () => {
    const stats = () => {
      const { stdout } = run(
        '--in',
        'in',
        '--out',
        'd.json',
        '--app-dir',
        'app',
        '--stats',
        '--quiet',
      );
      return JSON.parse(stdout.trim()) as { built: number; cached: number };
    };
    expect(stats()).toMatchObject({ built: 2, cached: 0 });
    expect(stats()).toMatchObject({ built: 0, cached: 2 });
    writeFileSync(join(dir, 'in', 'a.txt'), ARTICLE(9));
    expect(stats()).toMatchObject({ built: 1, cached: 1 });
    // A meta entry changes an unchanged file's article: it is read and built again.
    writeFileSync(
      join(dir, 'in', 'articles.meta.json'),
      JSON.stringify({ 'b.md': { publisher: 'Other' } }),
    );
    expect(stats()).toMatchObject({ built: 1, cached: 1 });
    run('--in', 'in', '--out', 'clean.json', '--no-cache', '--quiet');
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'clean.json'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toMatch(/"publisher":"Other"/);
    expect(JSON.parse(readFileSync(join(dir, 'app', 'index.json'), 'utf8'))).toMatchObject({
      schemaVersion: 1,
    });
  });

  it('exits 1 with a one-line reason when the input folder is missing', () => {
    const { code, stderr } = run('--in', 'nowhere', '--out', 'd.json');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('build:data: input folder not found: nowhere');
  });

  it('exits 1 when the output cannot be written', () => {
    mkdirSync(join(dir, 'taken.json'));
    const { code, stderr } = run('--in', 'in', '--out', 'taken.json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^build:data: cannot write taken.json/);
  });

  it('stops on a broken meta file, names the position, and leaves the earlier output alone', () => {
    run('--in', 'in', '--out', 'd.json');
    const before = readFileSync(join(dir, 'd.json'), 'utf8');
    writeFileSync(
      join(dir, 'in', 'articles.meta.json'),
      '{\n  "a.txt": { "published": "2024-01-01" ,, }\n}',
    );
    const { code, stderr } = run('--in', 'in', '--out', 'd.json');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /articles\.meta\.json: .* at line 2, column \d+; d\.json left unchanged/,
    );
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe(before);
    writeFileSync(join(dir, 'in', 'articles.meta.json'), '"just a string"');
    expect(run('--in', 'in', '--out', 'd.json').code).toBe(1);
  });

  it('applies corrections.json, says what applied and what did not, and exits 0', () => {
    writeFileSync(
      join(dir, 'in', 'corrections.json'),
      JSON.stringify({
        corrections: [
          {
            article: 'a.txt',
            quote: 'release 2 hostages',
            number: '2',
            action: 'drop',
            reason: 'a proposal',
          },
          {
            article: 'gone.txt',
            quote: 'release 2 hostages',
            number: '2',
            action: 'drop',
            reason: 'renamed since',
          },
        ],
      }),
    );
    const { code, stdout } = run('--in', 'in', '--out', 'd.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/found 3 figures/);
    expect(stdout).toContain('Corrections: 1 of 2 applied (1 dropped)');
    expect(stdout).toContain(
      'Corrections not applied (1):\n  entry 1: gone.txt “release 2 hostages” (2): no figure there: no such article in the input (renamed or deleted?)',
    );
    const dataset = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as {
      figures: unknown[];
      dropped: unknown[];
      corrections: { applied: number };
    };
    expect([dataset.figures.length, dataset.dropped.length, dataset.corrections.applied]).toEqual([
      3, 1, 1,
    ]);
  });

  it('rebuilds no article when only corrections.json changed, and writes what a clean build does', () => {
    const build = () => {
      const { stdout } = run(
        '--in',
        'in',
        '--out',
        'd.json',
        '--app-dir',
        'app',
        '--stats',
        '--quiet',
      );
      return JSON.parse(stdout.trim()) as { built: number; cached: number };
    };
    expect(build()).toMatchObject({ built: 2, cached: 0 });
    const correct = (value: number) => {
      writeFileSync(
        join(dir, 'in', 'corrections.json'),
        JSON.stringify({
          corrections: [
            {
              article: 'b.md',
              quote: 'said 1002 people',
              number: '1002',
              action: 'set',
              set: { value },
              reason: 'misread',
            },
          ],
        }),
      );
    };
    for (const value of [1003, 1004]) {
      correct(value);
      expect(build()).toMatchObject({ built: 0, cached: 2 });
      run('--in', 'in', '--out', 'clean.json', '--app-dir', 'clean', '--no-cache', '--quiet');
      for (const [made, clean] of [
        ['d.json', 'clean.json'],
        ['app/index.json', 'clean/index.json'],
        ['app/articles/0.json', 'clean/articles/0.json'],
      ] as const) {
        expect(readFileSync(join(dir, made), 'utf8')).toBe(readFileSync(join(dir, clean), 'utf8'));
      }
      expect(readFileSync(join(dir, 'd.json'), 'utf8')).toContain(`"value":${value}`);
    }
    // Taken away, the figure is as the extractor read it again.
    rmSync(join(dir, 'in', 'corrections.json'));
    expect(build()).toMatchObject({ built: 0, cached: 2 });
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).not.toContain('"review"');
  });

  it('stops on a broken corrections.json, names the entry and position, and leaves every output alone', () => {
    run('--in', 'in', '--out', 'd.json', '--app-dir', 'app');
    const before = ['d.json', 'app/index.json', 'app/articles/0.json'].map((f) =>
      readFileSync(join(dir, f)),
    );
    const broken = [
      ['{ "corrections": [ { "article": "a.txt" ,, } ] }', /at line 1, column \d+/],
      [
        '{\n  "corrections": [\n    { "article": "a.txt", "quote": "release 2 hostages", "number": "2", "action": "set", "set": { "asOf": "2024-02-30" }, "reason": "x" }\n  ]\n}',
        /entry 0 \(set\.asOf\) at line 3, column \d+: "2024-02-30" is not a real day/,
      ],
      [
        '{ "corrections": [ { "article": "a.txt", "quote": "release 2 hostages", "number": "2", "action": "set", "set": { "metric": "hostages" }, "reason": "x" } ] }',
        /entry 0 \(set\.metric\) .*metric "hostages" is not known/,
      ],
      ['{ "corrections": [ { "action": "undo" } ] }', /entry 0/],
    ] as const;
    for (const [text, message] of broken) {
      writeFileSync(join(dir, 'in', 'corrections.json'), text);
      const { code, stderr } = run('--in', 'in', '--out', 'd.json', '--app-dir', 'app');
      expect(code).toBe(1);
      expect(stderr).toMatch(/^build:data: corrections\.json: /);
      expect(stderr).toMatch(message);
      expect(stderr.trim()).toMatch(/; d\.json left unchanged$/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(
      ['d.json', 'app/index.json', 'app/articles/0.json'].map((f) => readFileSync(join(dir, f))),
    ).toEqual(before);
  });

  it('writes the events of data/events.json (or --events) into index.json, in day order', () => {
    const event = (date: string, label: string) => ({
      date,
      label,
      source: 'https://example.org/',
    });
    mkdirSync(join(dir, 'data'));
    writeFileSync(
      join(dir, 'data', 'events.json'),
      JSON.stringify({ events: [event('2024-01-02', 'Later'), event('2023-10-07', 'First')] }),
    );
    expect(run('--in', 'in', '--out', 'd.json', '--app-dir', 'app').code).toBe(0);
    const index = () =>
      JSON.parse(readFileSync(join(dir, 'app/index.json'), 'utf8')) as { events: unknown[] };
    expect(index().events).toEqual([event('2023-10-07', 'First'), event('2024-01-02', 'Later')]);
    writeFileSync(
      join(dir, 'mine.json'),
      JSON.stringify({ events: [event('2024-05-01', 'Mine')] }),
    );
    expect(
      run('--in', 'in', '--out', 'd.json', '--app-dir', 'app', '--events', 'mine.json').code,
    ).toBe(0);
    expect(index().events).toEqual([event('2024-05-01', 'Mine')]);
    // Without the file there are no events; a file named on purpose must exist.
    rmSync(join(dir, 'data'), { recursive: true });
    expect(run('--in', 'in', '--out', 'd.json', '--app-dir', 'app').code).toBe(0);
    expect(index().events).toEqual([]);
    const missing = run(
      '--in',
      'in',
      '--out',
      'd.json',
      '--app-dir',
      'app',
      '--events',
      'nope.json',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      'build:data: nope.json: cannot read the events file; d.json left unchanged',
    );
  });

  it('stops on a broken events file, names the file, event and position, and leaves every output alone', () => {
    run('--in', 'in', '--out', 'd.json', '--app-dir', 'app');
    const outputs = ['d.json', 'app/index.json', 'app/articles/0.json'];
    const before = outputs.map((f) => readFileSync(join(dir, f)));
    mkdirSync(join(dir, 'data'));
    const broken = [
      ['{ "events": [ { "date": "2023-10-07" ,, } ] }', /at line 1, column \d+/],
      [
        '{\n  "events": [\n    { "date": "2023-11-31", "label": "x", "source": "https://x.org" }\n  ]\n}',
        /event 0 \(date\) at line 3, column \d+: date "2023-11-31" is not a real day/,
      ],
      [
        '{ "events": [ { "date": "2023-10-07", "label": "x", "source": "ftp://x.org" } ] }',
        /event 0 \(source\) .*http\(s\) address/,
      ],
    ] as const;
    for (const [text, message] of broken) {
      writeFileSync(join(dir, 'data', 'events.json'), text);
      const { code, stderr } = run('--in', 'in', '--out', 'd.json', '--app-dir', 'app');
      expect(code).toBe(1);
      expect(stderr).toMatch(/^build:data: data\/events\.json: /);
      expect(stderr).toMatch(message);
      expect(stderr.trim()).toMatch(/; d\.json left unchanged$/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(outputs.map((f) => readFileSync(join(dir, f)))).toEqual(before);
  });

  it('warns about meta entries for missing files or with impossible dates and goes on', () => {
    writeFileSync(
      join(dir, 'in', 'articles.meta.json'),
      JSON.stringify({
        'gone.txt': { published: '2024-01-01' },
        'a.txt': { published: '2023-13-45' },
      }),
    );
    const { code, stdout } = run('--in', 'in', '--out', 'd.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/no article named "gone.txt"/);
    expect(stdout).toMatch(/2023-13-45.*not a valid/);
  });

  it('exits 2 on an unknown option', () => {
    expect(run('--frobnicate').code).toBe(2);
  });

  it('leaves the previous dataset intact when killed mid-build', async () => {
    run('--in', 'in', '--out', 'd.json');
    const before = readFileSync(join(dir, 'd.json'), 'utf8');
    mkdirSync(join(dir, 'many'));
    for (let n = 0; n < 3000; n++) writeFileSync(join(dir, 'many', `${n}.txt`), ARTICLE(n));
    const child = spawn(
      process.execPath,
      [cli, '--in', 'many', '--out', 'd.json', '--no-cache', '--threads', '1', '--progress'],
      {
        cwd: dir,
      },
    );
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('building:')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const signal = await new Promise((resolve) => {
      child.on('exit', (_code, s) => {
        resolve(s);
      });
    });
    expect(signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe(before);
  }, 30_000);
});
