import { describe, expect, it } from 'vitest';
import { parseHtml } from './parseHtml.ts';

const page = `<!doctype html><html><head>
<title>Page title | Site</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Strikes continue">
<meta property="article:published_time" content="2024-03-02T08:15:00+00:00">
<link rel="canonical" href="https://example.org/story">
<style>.x { color: red }</style>
<script>var killed = 4000;</script>
</head><body>
<nav><a href="/">Home</a> Flood: 2,500 dead abroad</nav>
<main><article>
<h1>Strikes continue</h1>
<p>First paragraph with <b>bold</b> &amp; entities.</p>
<figure><img src="x.jpg"><figcaption>Caption with 12 people.</figcaption></figure>
<p>Second paragraph.</p>
<div class="share-tools">Share 99 times</div>
</article><aside>Most read: 12 injured</aside></main>
<footer>1,200 journalists</footer>
<script src="app.js"></script>
</body></html>`;

describe('parseHtml', () => {
  it('keeps only the article body', () => {
    const doc = parseHtml(page);
    expect(doc.body.split('\n\n')).toEqual([
      'First paragraph with bold & entities.',
      'Second paragraph.',
    ]);
  });

  it('reads publisher, date, title and URL from the head', () => {
    const doc = parseHtml(page);
    expect(doc.meta).toEqual({
      title: 'Strikes continue',
      publisher: 'Example News',
      siteNames: ['Site'],
      copyrights: [],
      published: '2024-03-02',
      url: 'https://example.org/story',
    });
    expect(doc.metaSource).toBe('html-meta');
  });

  it("reads a WebSite's name from JSON-LD, and Dublin Core's publisher", () => {
    const graph = parseHtml(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Example Weekly"},{"@type":"NewsArticle","datePublished":"2023-11-12","author":{"@type":"Organization","name":"AFP"}}]}</script></head><body><p>Text.</p></body></html>',
    );
    expect(graph.meta.publisher).toBe('Example Weekly');
    const dc = parseHtml(
      '<html><head><meta name="DC.publisher" content="Example Kathimerini"></head><body><p>Text.</p></body></html>',
    );
    expect(dc.meta.publisher).toBe('Example Kathimerini');
  });

  it('reads meta dates in the forms sites write them, and JSON-LD publishers as names or lists', () => {
    const page = (head: string) =>
      parseHtml(`<html><head>${head}</head><body><p>Text.</p></body></html>`);
    expect(page('<meta name="pubdate" content="20231112">').meta.published).toBe('2023-11-12');
    expect(
      page('<meta property="article:published_time" content="Sun, 12 Nov 2023 21:03:00 GMT">').meta
        .published,
    ).toBe('2023-11-12');
    expect(page('<meta name="date" content="not a date">').meta.published).toBeNull();
    expect(
      page('<script type="application/ld+json">{"publisher":"Example Tribune"}</script>').meta
        .publisher,
    ).toBe('Example Tribune');
    expect(
      page(
        '<script type="application/ld+json">{"publisher":[{"@type":"Organization","name":"Example Times"}]}</script>',
      ).meta.publisher,
    ).toBe('Example Times');
  });

  it("keeps the footer's copyright lines, though the footer is not text", () => {
    const doc = parseHtml(
      '<html><body><article><p>Strikes resumed on Sunday.</p></article><footer><p>© 2023 Example Peninsula. All rights reserved.</p></footer></body></html>',
    );
    expect(doc.body).not.toContain('©');
    expect(doc.meta.copyrights).toEqual(['© 2023 Example Peninsula. All rights reserved.']);
  });

  it.each([
    [
      '<p>&copy; 2024 Example Courier. All rights reserved.</p>',
      '© 2024 Example Courier. All rights reserved.',
    ],
    [
      '<p>Copyright &copy; 2024 <a href="/">Example Courier</a> Ltd.</p>',
      'Copyright © 2024 Example Courier Ltd.',
    ],
    ['&copy; 2024 Example Courier<div>About us</div>', '© 2024 Example Courier'],
    ['&copy; 2024 Example Courier<br>Privacy policy', '© 2024 Example Courier'],
  ])(
    'reads a copyright line whose sign is an entity to the end of its block: %s',
    (footer, line) => {
      const doc = parseHtml(
        `<html><body><article><p>Strikes resumed on Sunday.</p></article><footer>${footer}</footer></body></html>`,
      );
      expect(doc.meta.copyrights).toEqual([line]);
    },
  );

  it('reads JSON-LD when meta tags are missing', () => {
    const doc = parseHtml(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02","publisher":{"name":"LD News"},"headline":"H"}</script></head><body><p>Text.</p></body></html>',
    );
    expect(doc.meta.published).toBe('2023-11-02');
    expect(doc.meta.publisher).toBe('LD News');
  });

  it('keeps script, event handlers and javascript: links out of the text', () => {
    const doc = parseHtml(
      '<body><p onclick="alert(1)">Safe <a href="javascript:alert(2)">link</a> text.</p><script>alert(3)</script><p>&lt;script&gt;shown as text&lt;/script&gt;</p></body>',
    );
    expect(doc.body).toBe('Safe link text.\n\n<script>shown as text</script>');
    expect(doc.body).not.toContain('alert');
  });

  it('survives deeply nested markup', () => {
    const depth = 20000;
    const html = `${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`;
    expect(parseHtml(html).body).toBe('Deep text.');
  });

  it('uses the whole body when there is no article or main element', () => {
    expect(parseHtml('<p>One.</p><p>Two.</p>').body).toBe('One.\n\nTwo.');
  });

  it.each([
    '<body class="node--type-expert-comment">',
    '<body id="share-page">',
    '<body><main class="layout-with-sidebar">',
  ])('keeps the story when the whole page has a furniture class: %s', (open) => {
    const doc = parseHtml(
      `<html>${open}<article><p>Strikes resumed on Sunday.</p></article><div class="comments"><p>First!</p></div></body></html>`,
    );
    expect(doc.body).toBe('Strikes resumed on Sunday.');
  });

  describe('tables', () => {
    const paragraphs = (html: string) => parseHtml(html).body.split('\n\n');

    it('writes rows as pipe rows, with the header line under the head row', () => {
      expect(
        paragraphs(
          '<p>Before.</p><table><caption>Toll, as of May 2</caption><thead><tr><th></th><th>Killed</th></tr></thead>' +
            '<tbody><tr><th>Gaza</th><td><p>34,600</p></td></tr><tr><td>West Bank</td><td>490<br></td></tr></tbody></table><p>After.</p>',
        ),
      ).toEqual([
        'Before.',
        'Toll, as of May 2',
        '|  | Killed |',
        '| --- | --- |',
        '| Gaza | 34,600 |',
        '| West Bank | 490 |',
        'After.',
      ]);
    });

    it('keeps a table set in a figure, and its caption, but not a picture’s', () => {
      expect(
        paragraphs(
          '<article><figure class="wp-block-table"><table><tr><td>Killed</td><td>34,600</td></tr></table>' +
            '<figcaption>Source: health ministry</figcaption></figure>' +
            '<figure><img src="a.jpg"><figcaption>Mourners, 12 of them</figcaption></figure>' +
            '<figure class="share"><table><tr><td>Shares</td><td>1,200</td></tr></table></figure></article>',
        ),
      ).toEqual(['| Killed | 34,600 |', 'Source: health ministry']);
    });

    it('gives a layout table its paragraphs back', () => {
      expect(
        paragraphs(
          '<table><tr><td><p>First paragraph of the story.</p><p>Second one.</p></td><td>Menu</td></tr></table>',
        ),
      ).toEqual(['First paragraph of the story.', 'Second one.', 'Menu']);
    });

    it('gives a row holding a table in a cell its text back', () => {
      expect(
        paragraphs(
          '<table><tr><td>Outer<table><tr><td>Killed</td><td>34,600</td></tr></table></td><td>Side</td></tr></table>',
        ),
      ).toEqual(['Outer', '| Killed | 34,600 |', 'Side']);
    });
  });
});

describe('parseHtml: a site name with its address after a bar', () => {
  it('is the name alone', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:site_name" content="The Example Post | ExamplePost.com"></head><body><p>Text.</p></body></html>',
    );
    expect(doc.meta.publisher).toBe('The Example Post');
  });
});

describe("parseHtml: the page's own date and name outside its meta tags", () => {
  const shell = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    ['publishedDate', '<meta name="publishedDate" content="2024-05-02T06:39:52">'],
    ['dcterms.created', '<meta name="dcterms.created" content="2024-05-02">'],
    ['publication_date', '<meta name="publication_date" content="2024-05-02 09:00">'],
  ])('reads the %s meta tag', (_, tag) => {
    expect(parseHtml(shell(tag, '<p>Text.</p>')).meta.published).toBe('2024-05-02');
  });

  it('reads a <time> that says it dates the publication, not one of an update', () => {
    const updatedFirst = shell(
      '',
      '<div class="byline"><time class="updated" datetime="2024-05-03T10:00Z">May 3</time> <time itemprop="datePublished" datetime="2024-05-02T08:00Z">May 2</time></div><p>Text.</p>',
    );
    expect(parseHtml(updatedFirst).meta.published).toBe('2024-05-02');
    const byParent = shell(
      '',
      '<p class="article-date"><time datetime="2024-05-02">2 May</time></p><p>Text.</p>',
    );
    expect(parseHtml(byParent).meta.published).toBe('2024-05-02');
  });

  it('takes no date from a <time> that does not say what it dates', () => {
    const doc = parseHtml(
      shell(
        '',
        '<p>Mediators from Egypt and Qatar met both delegations in Cairo for a fourth day on Sunday.</p><p>Talks resume <time datetime="2024-06-01">on 1 June</time>.</p>',
      ),
    );
    expect(doc.meta.published).toBeNull();
  });

  it("reads the first <time> of the article's header, above its story", () => {
    const doc = parseHtml(
      shell(
        '',
        '<article><h1>Hostages freed</h1><div class="meta">Jane Roe | <time datetime="2023-11-24T21:48:00Z">Nov 24, 2023</time></div><p>Thirteen Israeli hostages were freed from Gaza on Friday on the first day of the truce.</p></article>',
      ),
    );
    expect(doc.meta.published).toBe('2023-11-24');
  });

  it('reads JSON-LD dateCreated and sourceOrganization when nothing else dates or names the page', () => {
    const doc = parseHtml(
      shell(
        '<title>Toll rises</title><script type="application/ld+json">{"@type":"ReportageNewsArticle","dateCreated":"2024-03-06T08:00:00Z","sourceOrganization":{"@type":"Organization","name":"Example Wire Service"}}</script>',
        '<h1>Toll rises</h1><p>The toll rose.</p>',
      ),
    );
    expect(doc.meta.published).toBe('2024-03-06');
    expect(doc.meta.publisher).toBe('Example Wire Service');
  });

  it("gives the parts of the page's title after the headline, the last first, and its logo as the site's names", () => {
    const doc = parseHtml(
      shell(
        '<title>Convoy reaches the north | World | The Example Herald</title>',
        '<header><a class="site-logo" href="/">Example Herald</a></header><h1>Convoy reaches the north</h1><p>Text.</p>',
      ),
    );
    // ("World" is a section's name: the names are read by what they are, later.)
    expect(doc.meta.siteNames).toEqual(['The Example Herald', 'World', 'Example Herald']);
    // A title of one part names no site.
    expect(
      parseHtml(shell('<title>Convoy reaches the north</title>', '<p>T.</p>')).meta.siteNames,
    ).toEqual([]);
  });

  it('drops a menu above the headline and the headline under it', () => {
    const doc = parseHtml(
      shell(
        '',
        '<div class="top">Example Herald</div><ul class="links"><li>Home</li><li>Gaza</li><li>Opinion</li></ul><h1>Convoy reaches the north</h1><div>Monday, June 3, 2024</div><p>Trucks crossed at dawn.</p><ul><li>Point one of the story.</li></ul>',
      ),
    );
    expect(doc.body.split('\n\n')).toEqual([
      'Example Herald',
      'Monday, June 3, 2024',
      'Trucks crossed at dawn.',
      'Point one of the story.',
    ]);
  });
});
