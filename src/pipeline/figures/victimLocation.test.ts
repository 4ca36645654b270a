// Where the victims are: sentences written for these tests in several outlets' styles.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';
import { tokenize } from './tokens.ts';
import { articleRegion, placeCounts, tokenPlaceCounts } from './victimLocation.ts';

function metrics(sentence: string, region: 'gaza' | 'west_bank' = 'gaza'): string[] {
  return extractSentenceFigures(sentence, '2024-08-27', { region: () => region }).map(
    (f) => `${f.metric}=${f.value}`,
  );
}

describe('victims of attacks on Israel are Israel’s', () => {
  it.each([
    [
      'On October 7, Hamas launched a massive assault against Israel from the Gaza Strip, killing some 1,200 people.',
      ['israel_killed=1200'],
    ],
    [
      'Gunmen from northern Gaza crossed into Israel and killed 1,139 people.',
      ['israel_killed=1139'],
    ],
    ['A rocket fired from southern Gaza wounded four people in Ashkelon.', ['israel_injured=4']],
    ['Two people were killed in a stabbing attack in Tel Aviv on Sunday.', ['israel_killed=2']],
    ['A shooting at a light rail station in Jaffa killed seven people.', ['israel_killed=7']],
    [
      'Gunmen breached the border fence at dawn, killing some 1,150 people.',
      ['israel_killed=1150'],
    ],
    ['Militants killed roughly 1,150 people on 7 October.', ['israel_killed=1150']],
    ['Israel’s death toll from the war stands at around 1,650.', ['israel_killed=1650']],
    // An attack in which people were taken hostage is the one on Israel.
    [
      'In that attack, about 1,200 people were killed and 251 were taken hostage.',
      ['israel_killed=1200', 'hostages_taken=251'],
    ],
    [
      'During the assault, militants killed some 1,140 people and took around 250 captive.',
      ['israel_killed=1140', 'hostages_taken=250'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('"Palestinians", "the ministry" and "Israeli forces" belong to the article’s territory', () => {
  it('in an article about the West Bank', () => {
    expect(
      metrics('Five Palestinians were killed by an Israeli drone strike on Monday.', 'west_bank'),
    ).toEqual(['west_bank_killed=5']);
    expect(
      metrics(
        'About 4,700 people were wounded by Israeli forces in that period, the ministry said.',
        'west_bank',
      ),
    ).toEqual([]);
  });

  it('in an article about Gaza', () => {
    expect(metrics('Five Palestinians were killed by an Israeli drone strike on Monday.')).toEqual([
      'gaza_killed=5',
    ]);
  });

  it('unless the sentence names the place', () => {
    expect(
      metrics('Israeli strikes killed 30 Palestinians in Rafah on Monday.', 'west_bank'),
    ).toEqual(['gaza_killed=30']);
    expect(metrics('Settlers killed two Palestinians near Nablus.')).toEqual([
      'west_bank_killed=2',
    ]);
  });
});

describe('articleRegion', () => {
  it('is the West Bank when the article names it and its towns more than Gaza', () => {
    expect(
      articleRegion([
        'Raids across the West Bank',
        'Troops entered Jenin and Tulkarm overnight.',
        'The operation followed a strike in Gaza.',
      ]),
    ).toBe('west_bank');
    expect(articleRegion(['Strikes on Gaza City and Rafah', 'A raid in Jenin.'])).toBe('gaza');
    expect(articleRegion([])).toBe('gaza');
  });
});

describe('other countries', () => {
  it('count for no metric where they are the place, whoever struck', () => {
    expect(
      metrics('In southern Lebanon, Israeli strikes killed 12 people, Lebanese officials said.'),
    ).toEqual([]);
    expect(
      metrics(
        'Israeli strikes on Gaza killed 40 people, as fighting with Hezbollah in Lebanon raged.',
      ),
    ).toEqual(['gaza_killed=40']);
  });
});

describe('a war that Israel wages is not fought in Israel', () => {
  it.each([
    [
      'More than 40,000 people have been killed and 92,000 wounded in Israel’s war on Gaza since October.',
      ['gaza_killed=40000', 'gaza_injured=92000'],
    ],
    ['Some 41,000 Palestinians have died in Israel’s offensive so far.', ['gaza_killed=41000']],
    ['Three people were killed in Israel by a rocket from Lebanon.', ['israel_killed=3']],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('placeCounts', () => {
  it('counts a text’s place words as reading all its tokens does', () => {
    const words = [
      ...['Gaza', "Gaza's", 'gaza’s', 'GAZA', 'Gaza-based', 'Israel', "ISRAEL'S", 'Israeli', 'in'],
      ...['strikes', 'killed', 'on', 'Oct', '.', '7', 'October', 'the', 'Hamas', 'attack', 'West'],
      ...['Bank', 'East', 'Jerusalem', 'settlers', 'attacked', 'by', 'Tel', 'Aviv', 'ministry'],
      ...['health', 'from', 'Lebanon', 'Khan', 'Beit', 'Lahia', 'Palestinians', 'Ra’anana', ','],
      ...['border', 'fence', 'through', '40 000', 'Kfar', 'festival', 'al-Mawasi', 'Shifa’s', '—'],
      ...['Israelis', 'Rafah', 'Strip’s', 'İsrael', 'Égypte', "'", '’', 's', 'has', 'war', 'of'],
      // Hyphenated places outside the metrics, and the words the newer readers look at.
      ...['Houthi-run', 'Lebanon-based', 'hamas-run', 'Hezbollah-led', 'Yemen’s-own', 'Iran'],
      ...['Ramallah', 'officials', 'based', 'raid', 'hospitals', 'side', 'toll', 'and', 'Sanaa'],
      // Words that cue words' ends, starts and hyphens pass over only when they surely are none.
      ...['Syrian-backed', 'SANAA-BASED', 'al-Yemen-based', 'Hezbollah-affiliated', 'ga-za', 'Gaz'],
      ...['counterinsurgency', 'Egyptian-brokered', 'Iraqi’s', 'Tyre-area', 'Gazans', 'Israel’s'],
    ];
    let seed = 99;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + random(30); i > 0; i--)
        text +=
          (words[random(words.length)] ?? '') + ([' ', ' ', '', '-', "'", '. '][random(6)] ?? '');
      expect(placeCounts(text), text).toEqual(tokenPlaceCounts(tokenize(text)));
    }
  });
});
