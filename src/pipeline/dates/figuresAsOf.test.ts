// Lines that give the day a fact box's totals describe, written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { declaredFiguresDays } from './figuresAsOf.ts';

const dayOf = (line: string, published = '2024-10-07') => declaredFiguresDays([line], published)[0];

describe('a line that says what day the figures describe', () => {
  it.each([
    ['*Figures are as of Sunday, October 6, unless otherwise stated.*', '2024-10-06'],
    ['All data as at 5 October 2024', '2024-10-05'],
    ['(Casualty figures correct as of Saturday)', '2024-10-05'],
    ['Key numbers, as of October 6:', '2024-10-06'],
    ['As of Oct. 4', '2024-10-04'],
    ['_Tolls as of 6 October, 8am local time_', '2024-10-06'],
  ])('%s → %s', (line, day) => {
    expect(dayOf(line)).toBe(day);
  });

  it.each([
    // a sentence of the story dates itself
    ['As of Monday, 1,200 people had been killed, officials said.'],
    ['As of October 6, the ministry counted 41,909 dead.'],
    ['As of Monday, five more people had died of their wounds.'],
    // no day, a day after publication, or one long gone
    ['Figures as of now are provisional.'],
    ['Figures are as of October 9.'],
    ['Figures are as of 2 August.'],
    // "as of" that is not about the figures
    ['The crossing has stayed shut as of Sunday, the agency said.'],
  ])('%s → none', (line) => {
    expect(dayOf(line)).toBeNull();
  });

  it('holds for the paragraphs after the line, not before', () => {
    expect(
      declaredFiguresDays(['Intro.', 'Figures as of Sunday.', 'Box.', 'More.'], '2024-10-07'),
    ).toEqual([null, '2024-10-06', '2024-10-06', '2024-10-06']);
    expect(declaredFiguresDays(['Figures as of Sunday.'], null)).toEqual([null]);
  });
});

describe('a fact box under such a line', () => {
  it("dates its totals by the line, and the story's own days stay", () => {
    const text = [
      '---',
      'title: A year of war in numbers',
      'date: 2024-10-07',
      'source: Example News',
      '---',
      '',
      'Israeli strikes killed 28 people in central Gaza on Saturday, medics said.',
      '',
      '*Figures are as of Sunday, October 6, unless otherwise stated.*',
      '',
      '- 41,000 Palestinians killed, according to the health ministry',
      '- 101 hostages still held in Gaza',
    ].join('\n');
    const { figures } = buildArticle('x', 'x.md', text, undefined);
    expect(figures.map((f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`)).toEqual([
      'gaza_killed=28 incident 2024-10-05',
      'gaza_killed=41000 total 2024-10-06',
      'hostages_held=101 total 2024-10-06',
    ]);
  });
});
