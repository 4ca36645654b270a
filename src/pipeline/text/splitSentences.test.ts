import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

describe('splitSentences', () => {
  it('splits a paragraph and keeps each sentence at its offset', () => {
    const paragraph =
      'The talks resumed on Oct. 7 in Cairo. U.S. officials attended. Nobody spoke.';
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual([
      'The talks resumed on Oct. 7 in Cairo.',
      'U.S. officials attended.',
      'Nobody spoke.',
    ]);
    for (const s of spans) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('is deterministic', () => {
    const p = 'One. Two! Three?';
    expect(splitSentences(p)).toEqual(splitSentences(p));
  });
});

describe('splitSentences on one-sentence paragraphs', () => {
  it('returns the paragraph whole, at its offset, without asking the splitter', () => {
    expect(splitSentences('  Hamas freed 13 hostages on Friday.')).toEqual([
      { text: 'Hamas freed 13 hostages on Friday.', start: 2 },
    ]);
    expect(splitSentences('Gaza death toll tops 30,000')).toEqual([
      { text: 'Gaza death toll tops 30,000', start: 0 },
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitSentences at plain boundaries', () => {
  it.each([
    [
      'Talks resumed in Cairo. Officials met on Monday. Nothing was agreed.',
      ['Talks resumed in Cairo.', 'Officials met on Monday.', 'Nothing was agreed.'],
    ],
    [
      'He spoke to Capt. Levi on Sunday. The unit left.',
      ['He spoke to Capt. Levi on Sunday.', 'The unit left.'],
    ],
    [
      'Prof. Haddad said the toll was 300. Officials agreed.',
      ['Prof. Haddad said the toll was 300.', 'Officials agreed.'],
    ],
    ['The attack came on Oct. 7. Hundreds died.', ['The attack came on Oct. 7.', 'Hundreds died.']],
    [
      '"We will return," she said. The convoy left at dawn.',
      ['"We will return," she said.', 'The convoy left at dawn.'],
    ],
  ])('%s', (paragraph, expected) => {
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('ranks and titles written short before a name', () => {
  it.each([
    [
      'Four hostages were released and one soldier, Pvt. Dana Levi, was freed by troops. Talks go on.',
      [
        'Four hostages were released and one soldier, Pvt. Dana Levi, was freed by troops.',
        'Talks go on.',
      ],
    ],
    [
      'Two soldiers, Maj. Avi Cohen and Staff Sgt. Noam Bar, were killed on Sunday. The army said so.',
      [
        'Two soldiers, Maj. Avi Cohen and Staff Sgt. Noam Bar, were killed on Sunday.',
        'The army said so.',
      ],
    ],
  ])('%s', (paragraph, sentences) => {
    expect(splitSentences(paragraph).map((s) => s.text)).toEqual(sentences);
  });

  it('keeps the offsets of the joined sentence', () => {
    const paragraph = 'Talks went on. One soldier, Pvt. Dana Levi, was freed. More came.';
    for (const s of splitSentences(paragraph))
      expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
