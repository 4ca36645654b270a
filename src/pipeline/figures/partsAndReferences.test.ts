// Counts that are parts of another count, and counts that refer back to a group named earlier
// in the article. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { extractSentenceFigures, type ArticleContext } from './extractFigures.ts';

function figures(sentence: string, context: ArticleContext = {}): string[] {
  return extractSentenceFigures(sentence, '2024-07-02', context).map(
    (f) => `${f.metric}=${f.value} ${f.scope}`,
  );
}

describe('a part is a figure only in a metric of its own', () => {
  it.each([
    [
      'OCHA said 17 Israelis, including five members of the Israeli forces, have been killed in the West Bank since October 7.',
      ['israel_killed=17 total', 'soldiers_killed=5 total'],
    ],
    [
      'Some 120 hostages remain in Gaza, including 43 the army believes are dead.',
      ['hostages_held=120 total', 'hostages_dead=43 total'],
    ],
    [
      'Of those still held, 116 remain in Gaza, of whom Israel has declared 41 dead.',
      ['hostages_held=116 total', 'hostages_dead=41 total'],
    ],
    [
      'Of the 240 people taken captive in the raid, 99 are still in Gaza, including 30 the army says are dead.',
      ['hostages_taken=240 incident', 'hostages_held=99 total', 'hostages_dead=30 total'],
    ],
    [
      'Of the 240 abducted on October 7, 2023, 88 remain in captivity, including 25 whom Israel has declared dead.',
      ['hostages_taken=240 incident', 'hostages_held=88 total', 'hostages_dead=25 total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    [
      'Israeli strikes killed 40 people in Gaza, including 12 children and six women.',
      ['gaza_killed=40 incident'],
    ],
    [
      'Israel freed 39 Palestinian prisoners, 24 women and 15 teenagers.',
      ['prisoners_released=39 incident'],
    ],
    [
      'More than 100 hostages remained in Gaza, including four Israelis captured years earlier.',
      ['hostages_held=100 total'],
    ],
    [
      'The army says 40 hostages still in Gaza are dead, including 20 people who died in the attack.',
      ['hostages_dead=40 total'],
    ],
  ])('a breakdown: %s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('counts that refer back to a group named earlier', () => {
  const earlier = (metric: 'soldiers_killed' | 'hostages_held', value: number) => [
    { metric, value, scope: 'total' as const, asOf: null, modality: 'reported' as const },
  ];
  const soldiers: ArticleContext = { earlier: () => earlier('soldiers_killed', 6) };
  const hostages: ArticleContext = { earlier: () => earlier('hostages_held', 115) };

  it('"the six", "all six": the group of that size', () => {
    expect(
      figures(
        'A military official said the six were killed when a bomb hit their vehicle in Rafah.',
        soldiers,
      ),
    ).toEqual(['soldiers_killed=6 incident']);
    expect(figures('All six were killed in an explosion in Khan Younis.', soldiers)).toEqual([
      'soldiers_killed=6 incident',
    ]);
  });

  it('"N of them": the group counted last', () => {
    expect(figures('At least 40 of them are believed to be dead.', hostages)).toEqual([
      'hostages_dead=40 total',
    ]);
  });

  it('people held with no word for who they are, in an article about hostages', () => {
    expect(figures('A total of 98 remain in Gaza.', hostages)).toEqual(['hostages_held=98 total']);
    expect(figures('A total of 98 remain in Gaza.')).toEqual([]);
  });

  it('does not make a count of another size or of killings refer back', () => {
    expect(figures('The seven were killed in Khan Younis.', soldiers)).toEqual([
      'gaza_killed=7 incident',
    ]);
    expect(figures('Israeli strikes killed 40 in Gaza.', hostages)).toEqual([
      'gaza_killed=40 incident',
    ]);
  });

  it('across the sentences of an article', () => {
    const text = [
      ' date 2024-07-02 Six Israeli soldiers were killed in southern Gaza on Monday, the army said.',
      '',
      'An army official said the six were killed when an explosive hit their vehicle.',
    ].join('\n');
    const { figures: found } = buildArticle('a', 'a.txt', text, undefined);
    expect(found.map((f) => `${f.metric}=${f.value}`)).toEqual([
      'soldiers_killed=6',
      'soldiers_killed=6',
    ]);
  });
});

describe('the scope of a count with a part set off inside its clause', () => {
  it('reads the clause on after the aside', () => {
    expect(
      figures(
        'Twelve Israelis, including three police officers, have been killed in the West Bank since January.',
      ),
    ).toEqual(['israel_killed=12 total']);
    expect(
      figures(
        'Four more hostages died in captivity, the army said, raising fears for those still alive.',
      ),
    ).toEqual(['hostages_dead=4 incident']);
  });
});

describe('a dateline in capitals is not a fact-box label', () => {
  it('reads the sentence after it', () => {
    expect(
      figures('RAMALLAH: Israel announced that three more hostages died in captivity.'),
    ).toEqual(['hostages_dead=3 incident']);
  });
});

describe('a part that refers back with "of them"', () => {
  it('is a breakdown in the same metric and scope, a figure otherwise', () => {
    expect(
      figures('Some 48 hostages remain in Gaza, around 20 of them believed to be alive.'),
    ).toEqual(['hostages_held=48 total']);
    expect(
      figures('Some 130 hostages remain in Gaza, and Israel believes 30 of them are dead.'),
    ).toEqual(['hostages_held=130 total', 'hostages_dead=30 total']);
    expect(
      figures(
        'In all, 110 hostages have been freed, with 105 of them traded for prisoners during the truce.',
      ),
    ).toEqual(['hostages_released=110 total', 'hostages_released=105 incident']);
  });
});

describe('places of Gaza and the West Bank by name', () => {
  it.each([
    [
      'Five members of one family were killed when a missile hit their tent in al-Mawasi.',
      'gaza_killed=5 incident',
    ],
    ['Settlers killed two Palestinians in Huwara on Saturday.', 'west_bank_killed=2 incident'],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual([expected]);
  });
});

describe('a part told in an "of whom" clause, and bulleted fact-box lines', () => {
  it('reads the part wherever the clause puts its number', () => {
    expect(
      figures(
        'Some 60 hostages are still in captivity, of whom Israel has declared 30 to be dead.',
      ),
    ).toEqual(['hostages_held=60 total', 'hostages_dead=30 total']);
  });

  it('leaves the bullet out of the label', () => {
    expect(figures('- Bodies of dead hostages recovered by Israeli troops: 38')).toEqual([
      'hostages_dead=38 total',
    ]);
  });
});

describe('a sentence that names no place continues the paragraph before', () => {
  const place = (paragraphs: string[]) =>
    buildArticle('a', 'a.txt', paragraphs.join('\n\n'), undefined).figures.map(
      (f) => `${f.metric}=${f.value}`,
    );

  it('takes the place of the casualty figures just before it', () => {
    expect(
      place([
        'Israeli strikes killed 40 Palestinians and wounded 120 others in the Gaza Strip over the past day, the health ministry said.',
        'It brings the total deaths to 36,479 and injuries to 82,777, a spokesman said.',
        'In the West Bank, Israeli forces killed two Palestinians in Jenin, the Palestinian health ministry said.',
        'At least 520 Palestinians have been killed in the West Bank since October, according to the ministry.',
        'This raises the number of dead to 522.',
      ]),
    ).toEqual([
      'gaza_killed=40',
      'gaza_injured=120',
      'gaza_killed=36479',
      'gaza_injured=82777',
      'west_bank_killed=2',
      'west_bank_killed=520',
      'west_bank_killed=522',
    ]);
  });

  it('only when it opens by referring back', () => {
    expect(
      place([
        'Hamas-led gunmen killed about 1,200 people in southern Israel on October 7.',
        'More than 1.9 million people have been displaced.',
      ]),
    ).toEqual(['israel_killed=1200', 'gaza_displaced=1900000']);
  });

  it('only from the paragraph right before, and only from casualty figures', () => {
    expect(
      place([
        'Israeli strikes killed 40 Palestinians in the Gaza Strip on Monday.',
        'Talks on a truce resumed in Cairo.',
        'In the West Bank, settlers attacked a village near Nablus.',
        'This brings the toll to 522, officials said.',
      ]),
    ).toEqual(['gaza_killed=40']);
  });
});

describe('a bare base that opens the sentence', () => {
  it('is the group of that size counted earlier in the article', () => {
    const text = [
      'A year of war',
      '',
      'October 7, 2024',
      '',
      'Militants killed about 1,200 people in Israel and abducted 251, according to Israeli tallies.',
      '',
      'Of the 251, 97 remain in Gaza, including at least 33 whom Israel says are dead.',
    ].join('\n');
    const { figures } = buildArticle('x', 'x.txt', text, undefined);
    expect(figures.map((f) => `${f.metric}=${f.value}`)).toEqual([
      'israel_killed=1200',
      'hostages_taken=251',
      'hostages_held=97',
      'hostages_dead=33',
    ]);
  });
});
