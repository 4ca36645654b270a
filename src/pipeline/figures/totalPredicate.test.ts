// Tolls given as the complement of a verb of rising or standing, with the subject naming what
// is counted. Sentences written for these tests in wire, newspaper and live-blog styles.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string, published = '2024-03-06'): string[] {
  return extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.qualifier} ${f.scope} ${f.asOf ?? 'null'}`,
  );
}

describe('a toll as the subject of its verb', () => {
  it.each([
    [
      'The number of people killed in Israel since Saturday’s assault by Hamas gunmen has now passed 900.',
      ['israel_killed=900 at_least total 2024-03-06'],
    ],
    [
      'According to the ministry, the cumulative toll since the start of the war, including those recovered from rubble, now stands at 44,532.',
      ['gaza_killed=44532 exact total 2024-03-06'],
    ],
    [
      'The tally of soldiers killed since the ground invasion began stood at 225 on Sunday.',
      ['soldiers_killed=225 exact total 2024-03-03'],
    ],
    [
      'The cumulative death toll from the Israeli offensive since October 7, 2023, has now reached 70,112, the ministry added.',
      ['gaza_killed=70112 exact total 2024-03-06'],
    ],
    [
      'Gaza officials said the Palestinian death toll from the war surpassed 11,500 people.',
      ['gaza_killed=11500 at_least total 2024-03-06'],
    ],
    [
      'The death toll in the Gaza Strip since the beginning of the conflict has approached 56,000.',
      ['gaza_killed=56000 at_most total 2024-03-06'],
    ],
    [
      'Gaza’s health ministry put the toll at 27,019.',
      ['gaza_killed=27019 exact total 2024-03-06'],
    ],
    [
      'The strike brings the total deaths in the Gaza Strip to 22,438 and injuries to 57,614.',
      ['gaza_killed=22438 exact total 2024-03-06', 'gaza_injured=57614 exact total 2024-03-06'],
    ],
    [
      'Israel’s military death toll in the Gaza ground operation has risen to 249.',
      ['soldiers_killed=249 exact total 2024-03-06'],
    ],
    [
      'The number of detainees in Israeli prisons now exceeds 9,900, rights groups said.',
      ['prisoners_held=9900 at_least total 2024-03-06'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reads a toll of one attack as that attack’s, with the wounded beside it', () => {
    expect(
      figures(
        'The death toll from the stabbing in Tel Aviv has risen to three, with five others wounded.',
      ),
    ).toEqual(['israel_killed=3 exact incident null', 'israel_injured=5 exact incident null']);
    // (Overnight: the night before the report, counted on its day.)
    expect(figures('Deaths from the strike on the Jabalia camp rose to 51 overnight.')).toEqual([
      'gaza_killed=51 exact incident 2024-03-06',
    ]);
    expect(
      figures(
        'Families in Nuseirat buried their dead after the army’s raid on the camp, with the death toll rising to 210.',
      ),
    ).toEqual(['gaza_killed=210 exact incident null']);
    expect(
      figures(
        'Strikes pounded Khan Younis all week, with the death toll in Gaza rising to 30,800.',
      ),
    ).toEqual(['gaza_killed=30800 exact total 2024-03-06']);
  });

  it('ignores what is not a toll of people, and tolls of other countries', () => {
    expect(figures('The number of aid trucks entering Gaza rose to 200 on Sunday.')).toEqual([]);
    expect(figures('The death toll in Lebanon has risen to 3,000.')).toEqual([]);
    expect(figures('The number of casualties has risen to 300.')).toEqual([]);
    expect(figures('Food prices in Gaza have risen to 12 times their pre-war level.')).toEqual([]);
  });

  it('does not take the killers in the subject for the group counted', () => {
    expect(
      figures(
        'The number of Palestinians killed by Israeli troops in the West Bank has risen to 480.',
      ),
    ).toEqual(['west_bank_killed=480 exact total 2024-03-06']);
  });
});
