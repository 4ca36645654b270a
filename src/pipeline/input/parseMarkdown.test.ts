import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown, readSimpleFrontMatter } from './parseMarkdown.ts';

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

describe('readSimpleFrontMatter', () => {
  it('reads `key: text` lines as YAML does, and leaves anything more to YAML', () => {
    const values = [
      ...['Gaza talks', '"Gaza talks, 2025-05-16"', "'quoted'", 'Re: News', 'x #y', 'x#y'],
      ...['https://example.org/a?b=1&c=2', '2024-03-05', '2024-03-05T10:00:00Z', '12', '1.5'],
      ...['1e3', '0x1F', '.inf', 'null', '~', 'true', 'False', 'yes', "it's", 'a  b', '-a'],
      ...['- a', '?a', ':a', 'a:', '[a]', '{a}', '!tag', '&a', '*a', '|', '>', '@x', '`x', '"a"b'],
      ...["'a''b'", '"a\\"b"', 'é “x”', '#', 'a #', '\tx', 'x\u00a0', '😀', '.5', '1.', '+1'],
    ];
    const keys = ['title', 'publisher', 'url', 'null', 'true', 'x-y'];
    for (const key of keys)
      for (const value of values)
        for (const text of [`${key}: ${value}`, `title: A\n${key}: ${value}`]) {
          const fast = readSimpleFrontMatter(text);
          if (fast === null) continue;
          expect(fast, text).toEqual(parseYaml(text));
        }
    expect(readSimpleFrontMatter('title: "A"\npublisher: The Post\npublished: 2024-06-15')).toEqual(
      { title: 'A', publisher: 'The Post', published: '2024-06-15' },
    );
    expect(readSimpleFrontMatter('publisher: Re: News')).toBeNull();
  });
});

describe('parseMarkdown: a publication date under another key', () => {
  it('reads a key that names the date, and never the publisher for one', () => {
    const dated = parseMarkdown(
      '---\npublisher: Example News\npubDate: "Mar 18, 2025"\n---\n\nText.',
    );
    expect(dated.meta.published).toBe('2025-03-18');
    const undated = parseMarkdown(
      '---\npublisher: Example News\nupdated_date: 2025-03-19\n---\n\nText.',
    );
    expect(undated.meta.published).toBeNull();
    expect(undated.warnings).toEqual([]);
  });
});
