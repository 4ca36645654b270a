import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parseMarkdown.ts';

describe('parseMarkdown', () => {
  it('reads front matter and keeps the body', () => {
    const doc = parseMarkdown(
      '---\ntitle: "A title"\npublisher: The Daily Example\npublished: 2024-03-02\nurl: https://example.org/a\n---\n\nBody text here.\n',
    );
    expect(doc.meta).toEqual({
      title: 'A title',
      publisher: 'The Daily Example',
      published: '2024-03-02',
      url: 'https://example.org/a',
    });
    expect(doc.metaSource).toBe('front-matter');
    expect(doc.body.trim()).toBe('Body text here.');
  });

  it('warns about malformed front matter and still reads the text', () => {
    const doc = parseMarkdown('---\ntitle: [unclosed\npublisher: X\n---\nStill read.\n');
    expect(doc.warnings[0]).toMatch(/malformed front matter/);
    expect(doc.body).toContain('Still read.');
    expect(doc.metaSource).toBeNull();
  });

  it('reads hand-written key: value lines whose values hold a colon, with a warning', () => {
    const doc = parseMarkdown(
      '---\ntitle: "Talks: day two"\npublisher: Example: Daily\npublished: 2024-03-02\n---\nText.\n',
    );
    expect(doc.meta).toEqual({
      title: 'Talks: day two',
      publisher: 'Example: Daily',
      published: '2024-03-02',
      url: null,
    });
    expect(doc.metaSource).toBe('front-matter');
    expect(doc.warnings[0]).toMatch(/not valid YAML .*plain key: value lines/);
  });

  it('ignores an impossible date with a warning', () => {
    const doc = parseMarkdown('---\npublished: 2023-13-45\n---\nText.\n');
    expect(doc.meta.published).toBeNull();
    expect(doc.warnings[0]).toMatch(/not a valid date/);
  });

  it('drops image lines and markdown syntax but keeps link text', () => {
    const doc = parseMarkdown(
      '# Heading\n\n![A photo](pic.jpg)\n\nSee **the [report](http://x.org)** for _details_.\n',
    );
    expect(doc.body).not.toContain('pic.jpg');
    expect(doc.body).toContain('Heading');
    expect(doc.body).toContain('See the report for details.');
  });
});
