import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution.ts';

describe('attributionOf', () => {
  it.each([
    [
      'About 31,000 people were killed, according to medical authorities in the strip.',
      'medical authorities in the strip',
    ],
    ['The toll rose to 61, as reported by hospital officials.', 'hospital officials'],
    [
      'The death toll rose to 2,310, the Gaza health ministry said Monday.',
      'the Gaza health ministry',
    ],
    ['Israel thinks that 117 people are still held.', 'Israel'],
    ['Both sides would free the elderly first, said Abu Salim.', 'Abu Salim'],
    ['The Israeli military says 36 more captives have died.', 'the Israeli military'],
    ['As per Israeli officials, 95 hostages have come home.', 'Israeli officials'],
    ['Deaths in Gaza: 31,000, per the health ministry.', 'the health ministry'],
    ['Hamas holds 70 captives, of whom the army thinks 30 are alive.', 'the army'],
    ["The Detainees' Rights Commission says 9,000 are held.", "the Detainees' Rights Commission"],
    ['Medics said the strike, which officials said killed 12, hit a school.', 'Medics'],
    // Whom they told is not who spoke; an appositive describes the speaker.
    [
      'Khalil al-Hayya, a senior Hamas leader, told Al Jazeera that 40 captives had died.',
      'Khalil al-Hayya',
    ],
    ['A Hamas official told CBS News that 40 captives had died.', 'a Hamas official'],
    [
      'After the Israel Defense Forces (IDF) acknowledged that troops killed three hostages, protests grew.',
      'the Israel Defense Forces',
    ],
  ])('%s → %s', (sentence, who) => {
    expect(attributionOf(sentence)).toBe(who);
  });

  it.each([
    'Three hostages were killed in December.',
    'He said the talks had stalled.',
    'An estimated 253 people were abducted.',
    'The count of captives confirmed dead rose to 40.',
    'About 100 trucks per day entered the strip.',
  ])('finds no source in %j', (sentence) => {
    expect(attributionOf(sentence)).toBeNull();
  });
});

describe('attributionOf: who relayed the words is not who gave them', () => {
  it.each([
    [
      'The Hostages and Missing Families Forum, quoted by Ynet, said 128 hostages remained in Gaza.',
      'the Hostages and Missing Families Forum',
    ],
    [
      "Gaza's civil defence, cited by Al Jazeera, said 40 people were killed.",
      "Gaza's civil defence",
    ],
    ['Figures cited by the ministry show 40 people were killed in Gaza.', 'the ministry'],
    ['According to the UN 1.9 million people have been displaced in Gaza.', 'the UN'],
  ])('%s', (sentence, expected) => {
    expect(attributionOf(sentence)).toBe(expected);
  });
});
