import { describe, expect, it } from 'vitest';
import {
  moveInlineStyles,
  prefixIds,
  PRERENDER_OPEN,
  withFirstView,
  withoutFirstView,
  withoutTestIds,
} from './prerenderHtml.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/favicon.svg" />
    <title>Conflict Figures</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe('moveInlineStyles', () => {
  it('turns each distinct style into a class of its own, kept with the element’s classes', () => {
    const { markup, css } = moveInlineStyles(
      '<div class="card" style="border-left-color:#d9423a" data-metric="a"><span style="background-color:#d9423a;opacity:0.5"></span></div><div style="border-left-color:#d9423a"></div><br/>',
    );
    expect(markup).toBe(
      '<div class="card fv-s0" data-metric="a"><span class="fv-s1"></span></div><div class="fv-s0"></div><br/>',
    );
    expect(css).toBe(
      '.fv-s0{border-left-color:#d9423a !important}\n.fv-s1{background-color:#d9423a !important;opacity:0.5 !important}\n',
    );
  });

  it('reads escaped values, and leaves markup without styles as it is', () => {
    const { css } = moveInlineStyles('<p style="font-family:&quot;A B&quot;"></p>');
    expect(css).toContain('font-family:"A B" !important');
    expect(moveInlineStyles('<p class="x" title="a &gt; b">y</p>')).toEqual({
      markup: '<p class="x" title="a &gt; b">y</p>',
      css: '',
    });
  });
});

describe('prefixIds', () => {
  it('renames the markup’s ids and every reference to them, and no other', () => {
    const markup =
      '<section aria-labelledby="t other"><h3 id="t">T</h3><label for="f">F</label><input id="f"/><a href="#t">t</a><a href="#away">a</a><g clip-path="url(#c)"><clipPath id="c"></clipPath></g></section>';
    expect(prefixIds(markup, 'fv-')).toBe(
      '<section aria-labelledby="fv-t other"><h3 id="fv-t">T</h3><label for="fv-f">F</label><input id="fv-f"/><a href="#fv-t">t</a><a href="#away">a</a><g clip-path="url(#fv-c)"><clipPath id="fv-c"></clipPath></g></section>',
    );
  });
});

describe('withoutTestIds', () => {
  it('drops the tests’ handles only', () => {
    expect(withoutTestIds('<p data-testid="x" data-metric="m">a</p>')).toBe(
      '<p data-metric="m">a</p>',
    );
  });
});

describe('withFirstView', () => {
  const parts = {
    markup: '<main>first view</main>',
    script: '/assets/first-view-1.js',
    stylesheet: '/assets/first-view-2.css',
  };

  it('puts the first view before the app’s root, its script before any stylesheet, its styles after the app’s', () => {
    const page = withFirstView(BUILT, parts);
    expect(page).toContain(`${PRERENDER_OPEN}<main>first view</main></div>`);
    expect(page.indexOf(PRERENDER_OPEN)).toBeLessThan(page.indexOf('<div id="root"></div>'));
    const script = page.indexOf('src="/assets/first-view-1.js"');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(page.indexOf('<link'));
    expect(page.indexOf('href="/assets/first-view-2.css"')).toBeGreaterThan(
      page.indexOf('href="/assets/index-abc.css"'),
    );
    expect(page.indexOf('href="/assets/first-view-2.css"')).toBeLessThan(page.indexOf('</head>'));
  });

  it('replaces a first view already there, and can be undone', () => {
    const once = withFirstView(BUILT, parts);
    const twice = withFirstView(once, { ...parts, markup: '<main>again</main>' });
    expect(twice.match(/id="prerender"/g)).toHaveLength(1);
    expect(twice.match(/first-view-1\.js/g)).toHaveLength(1);
    expect(twice.match(/first-view-2\.css/g)).toHaveLength(1);
    expect(twice).toContain('again');
    expect(withoutFirstView(once)).toBe(BUILT);
  });

  it('leaves the stylesheet out when none is needed', () => {
    expect(withFirstView(BUILT, { ...parts, stylesheet: null })).not.toContain('first-view-2');
  });
});
