import { describe, expect, it } from 'vitest';
import { parseMetaFile } from './metaFile.ts';

const files = new Set(['a.txt', 'b.md']);

describe('parseMetaFile', () => {
  it('reads entries for known files', () => {
    const result = parseMetaFile(
      JSON.stringify({ 'a.txt': { published: '2024-02-13', publisher: 'X', note: 'why' } }),
      files,
    );
    expect(result.ok && result.entries.get('a.txt')).toEqual({
      published: '2024-02-13',
      publisher: 'X',
      note: 'why',
    });
  });

  it('warns about unknown files and invalid values and ignores them', () => {
    const result = parseMetaFile(
      JSON.stringify({
        'missing.txt': { published: '2024-01-01' },
        'b.md': { published: '2023-13-45', title: 5 },
      }),
      files,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.get('b.md')).toEqual({});
    expect(result.warnings).toEqual([
      expect.stringMatching(/no article named "missing.txt"/),
      expect.stringMatching(/2023-13-45.*not a valid/),
      expect.stringMatching(/title must be a non-empty string/),
    ]);
  });

  it('names the line and column of a syntax error', () => {
    const result = parseMetaFile('{\n  "a.txt": { "published": "2024-01-01", }\n}', files);
    expect(!result.ok && result.error).toMatch(/articles\.meta\.json: .* at line 2, column \d+/);
  });

  it('rejects a file that is not an object', () => {
    const result = parseMetaFile('["a.txt"]', files);
    expect(!result.ok && result.error).toMatch(/expected an object/);
  });
});
