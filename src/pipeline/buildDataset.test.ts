import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../dataset/schema.ts';
import { articleIds, buildDataset, type InputFile } from './buildDataset.ts';

const file = (name: string, text: string): InputFile => ({
  file: name,
  bytes: new TextEncoder().encode(text),
});

const ARTICLE = ` date 2024-03-05 The ministry said 30,000 people have been killed in Gaza since the war began.

Hamas would release 40 hostages under the proposal.`;

describe('buildDataset', () => {
  it('builds a dataset that satisfies the schema and its invariants', () => {
    const result = buildDataset({
      files: [file('a.txt', ARTICLE)],
      unreadable: [],
      metaText: null,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(datasetSchema.parse(result.dataset)).toBeTruthy();
    const { figures, articles } = result.dataset;
    expect(articles[0]).toMatchObject({
      id: 'a',
      file: 'a.txt',
      published: '2024-03-05',
      publishedFrom: 'text',
    });
    expect(figures.map((f) => `${f.metric}=${f.value}`)).toEqual([
      'gaza_killed=30000',
      'hostages_released=40',
    ]);
    for (const f of figures) {
      expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
      const paragraph = articles[0]?.paragraphs[f.paragraph] ?? '';
      expect(paragraph.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(
        f.sentence,
      );
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('is deterministic whatever order the files come in', () => {
    const files = [
      file('b.md', '---\npublisher: B\n---\nText.'),
      file('a.txt', ARTICLE),
      file('c.bin', 'x'),
    ];
    const one = buildDataset({ files, unreadable: [], metaText: null });
    const two = buildDataset({ files: [...files].reverse(), unreadable: [], metaText: null });
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
  });

  it('lists every file as an article or a rejection', () => {
    const files = [
      file('a.txt', ARTICLE),
      file('empty.txt', '   '),
      file('notes.pdf', '%PDF-1.4'),
      { file: 'pic.md', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ];
    const result = buildDataset({
      files,
      unreadable: [{ file: 'locked.txt', reason: 'unreadable file (permission denied)' }],
      metaText: null,
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.dataset.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(result.dataset.rejected).toEqual([
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'locked.txt', reason: 'unreadable file (permission denied)' },
      { file: 'notes.pdf', reason: 'not an article file type (.pdf)' },
      { file: 'pic.md', reason: 'binary file (PNG image)' },
    ]);
  });

  it('lets the meta file win and records where values came from', () => {
    const meta = JSON.stringify({
      'a.txt': { published: '2024-03-06', publisher: 'Meta Publisher', note: 'checked by hand' },
    });
    const result = buildDataset({
      files: [file('a.txt', ARTICLE)],
      unreadable: [],
      metaText: meta,
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.dataset.articles[0]).toMatchObject({
      publisher: 'Meta Publisher',
      publisherFrom: 'meta-file',
      published: '2024-03-06',
      publishedFrom: 'meta-file',
    });
    expect(result.dataset.articles[0]?.notes).toContain('Note: checked by hand');
  });

  it('stops with a positioned error when the meta file is broken', () => {
    const result = buildDataset({
      files: [file('a.txt', ARTICLE)],
      unreadable: [],
      metaText: '{ "a.txt": ',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/line 1, column \d+/);
  });
});

describe('articleIds', () => {
  it('uses the file name without extension, and the full path where names clash', () => {
    expect(Object.fromEntries(articleIds(['a.txt', 'x/a.md', 'b.html']))).toEqual({
      'a.txt': 'a.txt',
      'x/a.md': 'x/a.md',
      'b.html': 'b',
    });
  });
});
