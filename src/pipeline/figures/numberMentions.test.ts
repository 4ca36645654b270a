import { describe, expect, it } from 'vitest';
import { findNumberMentions } from './numberMentions.ts';
import { tokenize } from './tokens.ts';

function numbers(sentence: string) {
  return findNumberMentions(tokenize(sentence), sentence).map((m) => ({
    text: sentence.slice(m.start, m.end),
    value: m.value,
    excluded: m.excluded,
  }));
}

describe('findNumberMentions: values', () => {
  it.each([
    ['the toll reached 28,473 today', '28,473', 28473],
    ['where 1.4 million people live', '1.4 million', 1_400_000],
    ['Eighty Israelis were freed', 'Eighty', 80],
    ['a dozen hostages', 'a dozen', 12],
    ['twenty-five people died', 'twenty-five', 25],
    ['two hundred and fifty people', 'two hundred and fifty', 250],
    ['three thousand troops', 'three thousand', 3000],
    ['a hundred prisoners', 'a hundred', 100],
    ['some 2m people', '2m', 2_000_000],
    ['more than 40 000 people', '40 000', 40_000],
    ['a toll of 41\u202F118 dead', '41\u202F118', 41_118],
    ['on Oct. 7 250 were abducted', '250', 250],
    ['in the first phase 33 hostages go free', '33', 33],
    ['between 2 and 3 million people fled', '2', 2_000_000],
    ['from two to three thousand people', 'two', 2000],
  ])('%j reads %j as %d', (sentence, text, value) => {
    expect(numbers(sentence)).toContainEqual({ text, value, excluded: null });
  });
});

describe('findNumberMentions: words that only look like keys', () => {
  it('reads no number in "constructor", "toString" or "valueOf"', () => {
    expect(numbers('the constructor of toString and valueOf hundred')).toEqual([]);
  });
});

describe('findNumberMentions: numbers that are not counts of people', () => {
  it.each([
    ['Louis Har, 70, was freed', '70', 'age'],
    ['the 32-year-old mother', '32', 'unit compound'],
    ['who was nine months old', 'nine', 'age'],
    ['women aged 18 and over', '18', 'age'],
    ['under the age of 18', '18', 'age'],
    ['the 55th brigade', '55', 'ordinal or unit'],
    ['a five-day truce', null, null],
    ['45-day intervals', '45', 'unit compound'],
    ['for 10 weeks', '10', 'duration'],
    ['more than 70% of them', '70', 'percentage'],
    ['about 66 percent of those', '66', 'percentage'],
    ['a bag costs $100', '100', 'money'],
    ['worth 50 million dollars', '50 million', 'money'],
    ['on Oct. 7 the attack', '7', 'date'],
    ['on 7 October', '7', 'date'],
    ['in 2023 alone', '2023', 'year'],
    ['at 4.30 this morning', '4.30', 'not a whole count'],
    ['rose 2.5 times', '2.5', 'not a whole count'],
    ['at 10:30 local time', '10', 'time'],
    ['aged 18-39', '18', 'age'],
    ['scored 3-1', '3', 'range'],
    ['no one was hurt', 'one', 'label'],
    ['one by one', 'one', 'pronoun'],
    ['to be freed in phase two.', 'two', 'ordinal or unit'],
    ['as stage 3 of the plan begins', '3', 'ordinal or unit'],
    ['on day 200 of the war', '200', 'ordinal or unit'],
    ['on 3 Kislev 5784 he was killed', '5784', 'date'],
    ['on the 3rd of Kislev, 5784, he fell', '5784', 'date'],
    ['eight in 10 of them have fled', '10', 'ratio'],
    ['eight in 10 of them have fled', 'eight', 'ratio'],
    ['Yair Ben-Ami, 46 — were freed', '46', 'age'],
  ])('%j: %j is excluded as %s', (sentence, text, reason) => {
    const found = numbers(sentence);
    if (text === null) expect(found).toEqual([]);
    else expect(found).toContainEqual(expect.objectContaining({ text, excluded: reason }));
  });
});
