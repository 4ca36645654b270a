// The corpus reader on real folders built in a temporary directory.
import {
  mkdtempSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';
import { MAX_ARTICLE_BYTES } from './input/decode.ts';
import {
  bytesAfter,
  InputFolderError,
  readCorpus,
  writeFileAtomic,
  writeFileAtomicInBackground,
} from './io.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-io-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), content);
};

describe('readCorpus', () => {
  it('reads folders recursively, skips hidden files and returns the meta file apart', async () => {
    write('a.txt', 'A.');
    write('sub/b.md', 'B.');
    write('.hidden.txt', 'H.');
    write('articles.meta.json', '{}');
    const corpus = await readCorpus(dir);
    expect(corpus.files.map((f) => f.file).sort()).toEqual(['a.txt', 'sub/b.md']);
    expect(corpus.metaText).toBe('{}');
  });

  it('reports a symbolic-link loop instead of following it', async () => {
    write('a.txt', 'A.');
    symlinkSync(dir, join(dir, 'loop'));
    const corpus = await readCorpus(dir);
    expect(corpus.files.map((f) => f.file)).toEqual(['a.txt']);
    expect(corpus.unreadable).toEqual([
      { file: 'loop', reason: 'symbolic link loop (folder already read)' },
    ]);
  });

  it('reports broken links and unreadable files with their reason', async () => {
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
    if (process.getuid?.() === 0) {
      // Root reads any file, so use one the kernel refuses to read from the start.
      symlinkSync('/proc/self/mem', join(dir, 'locked.txt'));
    } else {
      write('locked.txt', 'secret');
      chmodSync(join(dir, 'locked.txt'), 0o000);
    }
    const corpus = await readCorpus(dir);
    expect(corpus.files).toEqual([]);
    expect(corpus.unreadable.map((r) => r.file).sort()).toEqual(['broken.txt', 'locked.txt']);
    expect(corpus.unreadable.find((r) => r.file === 'broken.txt')?.reason).toBe(
      'broken symbolic link',
    );
    expect(corpus.unreadable.find((r) => r.file === 'locked.txt')?.reason).toMatch(
      /^unreadable file/,
    );
  });

  it('rejects a file above the size cap without reading it', async () => {
    write('huge.txt', '');
    truncateSync(join(dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1);
    const corpus = await readCorpus(dir);
    expect(corpus.unreadable).toEqual([
      { file: 'huge.txt', reason: expect.stringMatching(/file too large/) as unknown },
    ]);
  });

  it('fails clearly on a missing folder', async () => {
    await expect(readCorpus(join(dir, 'missing'))).rejects.toBeInstanceOf(InputFolderError);
  });

  it('accounts for every file: articles plus rejected equals files seen', async () => {
    write('good.txt', ' date 2024-01-02 Ten people were killed in Gaza on Monday.');
    write('good.md', '---\ntitle: [broken\n---\nFive hostages were freed.');
    write('good.html', '<p>Three soldiers were killed.</p>');
    write('empty.txt', '');
    write('blank.md', '  \n\n ');
    write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    write('report.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]));
    write('utf16.txt', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0, 0x2e, 0]));
    write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    write('crlf.txt', 'One line.\r\nTwo lines.\r\n');
    write('nostop.txt', 'word '.repeat(200_000));
    write(
      'script.html',
      '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>alert(2)</script>',
    );
    symlinkSync(dir, join(dir, 'loop'));
    const corpus = await readCorpus(dir);
    const result = buildDataset(corpus);
    if (!result.ok) throw new Error(result.error);
    const { articles, rejected } = result.dataset;
    expect(articles.length + rejected.length).toBe(13);
    expect(rejected.map((r) => `${r.file}: ${r.reason}`)).toEqual([
      'blank.md: empty file',
      'empty.txt: empty file',
      'loop: symbolic link loop (folder already read)',
      'photo.txt: binary file (PNG image)',
      'report.docx: not an article file type (.docx)',
    ]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    expect(articles.find((a) => a.file === 'latin1.txt')?.warnings).toContainEqual(
      expect.stringMatching(/invalid UTF-8/),
    );
    expect(articles.find((a) => a.file === 'good.md')?.warnings).toContainEqual(
      expect.stringMatching(/malformed front matter/),
    );
    expect(articles.find((a) => a.file === 'crlf.txt')?.paragraphs).toEqual([
      'One line.',
      'Two lines.',
    ]);
    expect(JSON.stringify(articles.find((a) => a.file === 'script.html'))).not.toMatch(
      /alert|javascript/,
    );
  });
});

// The same file, written by this thread or by libuv's.
const writers = [
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicInBackground', writeFileAtomicInBackground],
] as const;

describe.each(writers)('%s', (_, writeAtomic) => {
  it('replaces the file whole and removes temporary files a killed run left', async () => {
    const out = join(dir, 'out', 'dataset.json');
    await writeAtomic(out, ['old']);
    write('out/dataset.json.99999.tmp', 'half');
    await writeAtomic(out, ['new']);
    const { readdirSync, readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'out'))).toEqual(['dataset.json']);
  });

  it('writes pieces of text and bytes, small and large, exactly as they join', async () => {
    const out = join(dir, 'pieces.json');
    const encoder = new TextEncoder();
    // Many small pieces past a megabyte, multi-byte characters at the buffer's edge, and
    // pieces larger than a quarter of it, as text and as bytes.
    const pieces: (string | Uint8Array)[] = [];
    for (let i = 0; i < 120_000; i += 1) {
      pieces.push(i % 3 === 0 ? encoder.encode(`"é${i}’",`) : `"ü${i}—",`);
    }
    pieces.push('x'.repeat(300_000), encoder.encode('😀'.repeat(100_000)), 'end');
    await writeAtomic(out, pieces);
    const { readFileSync } = await import('node:fs');
    const expected = pieces
      .map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p)))
      .join('');
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('fails where it cannot write, and leaves the old file as it was', async () => {
    const out = join(dir, 'dataset.json');
    await writeAtomic(out, ['old']);
    // (A file where its folder should be.)
    write('blocked', 'a file');
    await expect(async () => {
      await writeAtomic(join(dir, 'blocked', 'dataset.json'), ['new']);
    }).rejects.toThrow(/EEXIST|ENOTDIR/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toBe('old');
  });
});

describe('bytesAfter', () => {
  const text = (buffers: readonly Uint8Array[]) => Buffer.concat(buffers).toString();
  const buffers = ['abc', 'de', '', 'fgh'].map((s) => Buffer.from(s));

  it('drops the bytes a short write took, inside a buffer or at its end', () => {
    expect(text(bytesAfter(buffers, 0))).toBe('abcdefgh');
    expect(text(bytesAfter(buffers, 2))).toBe('cdefgh');
    expect(text(bytesAfter(buffers, 3))).toBe('defgh');
    expect(text(bytesAfter(buffers, 6))).toBe('gh');
    expect(bytesAfter(buffers, 8)).toEqual([]);
  });
});
