import { describe, expect, it } from 'vitest';
import { articleHeading, shorten } from './articleHeading.ts';

const article = (title: string | null, paragraphs: string[]) => ({
  title,
  file: '003_c686ee0278e77195.txt',
  paragraphs,
});

describe('articleHeading', () => {
  it('uses the article’s own title', () => {
    expect(articleHeading(article(' Israel and Hamas talks ', ['Text.']))).toEqual({
      text: 'Israel and Hamas talks',
      from: 'title',
    });
  });

  it('takes the first sentence of the text when there is no title', () => {
    expect(
      articleHeading(
        article(null, [
          '',
          'Israel and Hamas are attempting, via mediators in Egypt and Qatar, to discuss a new cease-fire. An Israeli official said more.',
        ]),
      ),
    ).toEqual({
      text: 'Israel and Hamas are attempting, via mediators in Egypt and Qatar, to discuss a new cease-fire.',
      from: 'first-line',
    });
  });

  it('cuts a long first sentence at a word', () => {
    const heading = articleHeading(
      article(null, [
        'The Israeli government on Tuesday conducted a series of emergency cabinet meetings in the hopes of agreeing to an imminent deal for the release of some Israeli hostages.',
      ]),
    );
    expect(heading.from).toBe('first-line');
    expect(heading.text).toBe(
      'The Israeli government on Tuesday conducted a series of emergency cabinet meetings in the hopes of…',
    );
    expect(heading.text.length).toBeLessThanOrEqual(100);
  });

  it('falls back to the file name only when there is no text either', () => {
    expect(articleHeading(article(null, []))).toEqual({
      text: '003_c686ee0278e77195.txt',
      from: 'file',
    });
  });
});

describe('shorten', () => {
  it('leaves short lines alone and never leaves a dangling comma', () => {
    expect(shorten('Short.')).toBe('Short.');
    expect(shorten('aaaa bbbb, cccc', 12)).toBe('aaaa bbbb…');
  });
});
