import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('reads UTF-8 text and normalises CRLF line endings', () => {
    const result = decodeArticleBytes(utf8('First line.\r\nSecond line.\r\n'));
    expect(result).toEqual({ ok: true, text: 'First line.\nSecond line.\n', warnings: [] });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Text.')]));
    expect(result.ok && result.text).toBe('Text.');
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (c: number) => [c, 0]],
    ['utf-16be', [0xfe, 0xff], (c: number) => [0, c]],
  ] as const)('decodes %s with a byte-order mark, with a warning', (_name, bom, unit) => {
    const bytes = new Uint8Array([
      ...bom,
      ...Array.from({ length: 11 }, (_, i) => 'Ten killed.'.charCodeAt(i)).flatMap((c) => unit(c)),
    ]);
    const result = decodeArticleBytes(bytes);
    expect(result.ok && result.text).toBe('Ten killed.');
    expect(result.ok && result.warnings[0]).toMatch(/UTF-16/);
  });

  it('replaces invalid UTF-8 and says so', () => {
    const result = decodeArticleBytes(new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' text.')]));
    expect(result.ok && result.text).toBe('Caf\uFFFD text.');
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/invalid UTF-8/)]);
  });

  it.each([
    ['empty', new Uint8Array([]), 'empty file'],
    ['whitespace only', utf8('  \n\t \r\n'), 'empty file'],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      'binary file (PNG image)',
    ],
    ['a zip archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'binary file (ZIP archive)'],
    ['bytes with NULs', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]), 'binary file (NUL bytes)'],
    [
      'control characters',
      new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 2 : 65))),
      'binary file (control characters)',
    ],
  ])('rejects %s', (_name, bytes, reason) => {
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, reason });
  });

  it('rejects a file above the size cap', () => {
    const result = decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/too large/);
  });
});
