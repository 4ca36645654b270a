// Round 2 of the figure rules: numbers written in ways the first rules missed, what a verb does
// to the people it governs, and the noun a number counts. Sentences written for these tests in
// the styles of wire services, Israeli, Arab and Asian outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string, published = '2024-06-12'): string[] {
  return extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.qualifier} ${f.modality} ${f.scope}`,
  );
}

describe('numbers as outlets write them', () => {
  it.each([
    [
      'Twenty one reservists were killed in the blast.',
      ['soldiers_killed=21 exact reported incident'],
    ],
    [
      'Thirty two Palestinians were killed in Gaza overnight.',
      ['gaza_killed=32 exact reported incident'],
    ],
    [
      'Israel freed nearly 2000 Palestinian prisoners from its jails under the deal.',
      ['prisoners_released=2000 at_most reported incident'],
    ],
    [
      'Hamas said "nearly 60" captives held in Gaza had died in Israeli strikes.',
      ['hostages_dead=60 at_most reported incident'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    'In 2000, the second intifada began.',
    'One in every 20 children in Gaza is now an orphan.',
    'About 1 in 10 people in the camp has no shelter.',
    'Some 300 families were displaced from the camp in Gaza.',
    'The offensive left three-quarters of its 2.2 million residents homeless.',
    'Half of its 2.3 million people have fled their homes, the UN said.',
  ])('no figure: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('counts family members, not families', () => {
    expect(figures('Twelve family members were killed in a strike on their home in Gaza.')).toEqual(
      ['gaza_killed=12 exact reported incident'],
    );
  });

  it('reads "killings" and "injury" as counts of people', () => {
    expect(
      figures('The UN has documented 798 killings of people seeking aid in Gaza since May.'),
    ).toEqual(['gaza_killed=798 exact reported total']);
    expect(
      figures('Two bodies were recovered in Khan Younis, along with one reported injury.'),
    ).toEqual(['gaza_killed=2 exact reported incident', 'gaza_injured=1 exact reported incident']);
  });
});

describe('what the verb does to the people counted', () => {
  it.each([
    [
      'Gunmen took about 250 people back into Gaza, the army said.',
      ['hostages_taken=250 approx reported incident'],
    ],
    [
      'About 100 hostages remained in captivity after the November truce.',
      ['hostages_held=100 approx reported total'],
    ],
    [
      'The first phase freed 18 hostages or remains and 1,100 prisoners.',
      [
        'hostages_released=18 exact reported incident',
        'prisoners_released=1100 exact reported incident',
      ],
    ],
    [
      'The group turned over four hostages to the Red Cross on Saturday.',
      ['hostages_released=4 exact reported incident'],
    ],
    [
      'The remains of three hostages were handed over at a ceremony in Khan Younis.',
      ['hostages_dead=3 exact reported incident'],
    ],
    [
      'Thailand welcomed the release of six Thai farmhands being held by Hamas.',
      ['hostages_released=6 exact reported incident'],
    ],
    [
      'At least 30 hostages held in Gaza since the October 7 raid have been killed, Israel says.',
      ['hostages_dead=30 at_least reported total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('keeps the people still held when only some of them would be released', () => {
    expect(
      figures('A deal could secure the release of some of the 130 people still held in Gaza.'),
    ).toEqual(['hostages_held=130 exact reported total']);
  });

  it('reads a count and the larger group it is taken from', () => {
    expect(
      figures('Troops accidentally killed three of roughly 130 hostages still held in Gaza.'),
    ).toEqual([
      'hostages_dead=3 exact reported incident',
      'hostages_held=130 approx reported total',
    ]);
  });
});

describe('rescues are by force, releases by agreement', () => {
  it.each([
    [
      'Commandos in a pre-dawn operation freed three captives in Nuseirat.',
      ['hostages_rescued=3 exact reported incident'],
    ],
    [
      'Israeli special forces in an overnight assault freed two captives held in Rafah.',
      ['hostages_rescued=2 exact reported incident'],
    ],
    [
      'Two hostages were freed in a raid on a building in Rafah.',
      ['hostages_rescued=2 exact reported incident'],
    ],
    [
      'The army said Hamas freed two hostages on Sunday.',
      ['hostages_released=2 exact reported incident'],
    ],
    [
      'After troops withdrew, Hamas freed five hostages to the Red Cross.',
      ['hostages_released=5 exact reported incident'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 2, second pass: more of the language of tolls', () => {
  it.each([
    [
      'About 120 of the original 250 captives seized in October are still believed to be held in Gaza.',
      ['hostages_held=120 approx reported total', 'hostages_taken=250 exact reported incident'],
    ],
    [
      'At least 600 Palestinians, including 150 children, have since been killed in the West Bank, officials said.',
      ['west_bank_killed=600 at_least reported total'],
    ],
    [
      'This brings the total number of deaths recorded since the truce took effect on October 11, 2025, to 356.',
      [],
    ],
    [
      'The raid left 90 people, most of them women and children, dead in Gaza.',
      ['gaza_killed=90 exact reported incident'],
    ],
    [
      'Israel freed another 33 Palestinian prisoners, joining 117 others released since Friday.',
      [
        'prisoners_released=33 exact reported incident',
        'prisoners_released=117 exact reported total',
      ],
    ],
    [
      'Medics said 41 bodies were brought to hospitals in Gaza City overnight.',
      ['gaza_killed=41 exact reported incident'],
    ],
    [
      'Rescuers recovered the bodies of 12 Palestinians from the rubble in Khan Younis.',
      ['gaza_killed=12 exact reported incident'],
    ],
    [
      'The army said 240 people were abducted during the attack that left 1,400 people dead.',
      ['hostages_taken=240 exact reported incident', 'israel_killed=1400 exact reported incident'],
    ],
    [
      'The bodies, said to include a woman and her three children, were handed over on Thursday.',
      [],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reads a total brought up to date in a long object', () => {
    expect(
      extractSentenceFigures(
        'This brings the total number of deaths in Gaza recorded since the truce took effect on October 11, 2025, to 356.',
        '2025-12-01',
      ).map((f) => `${f.metric}=${f.value} ${f.scope}`),
    ).toEqual(['gaza_killed=356 total']);
  });
});

describe('round 2, third pass', () => {
  it.each([
    [
      'Israel believes there are still 108 hostages in Gaza.',
      ['hostages_held=108 exact reported total'],
    ],
    [
      '• Of those still in captivity, Israel has pronounced 43 dead.',
      ['hostages_dead=43 exact reported total'],
    ],
    ['Rights groups said the number rose to 252 deaths since 1967.', []],
    [
      'Hamas, which has ruled Gaza since 2007, said 40 people were killed in strikes on Rafah.',
      ['gaza_killed=40 exact reported incident'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 2, fourth pass: idioms of captivity, tolls and the fallen', () => {
  it.each([
    [
      '120 hostages continue to be in Hamas’s captivity, officials said.',
      ['hostages_held=120 exact reported total'],
    ],
    [
      'Some 250 people were dragged into Gaza as hostages.',
      ['hostages_taken=250 approx reported incident'],
    ],
    [
      'By mid-November, some 240 hostages were believed to be in Gaza.',
      ['hostages_held=240 approx reported total'],
    ],
    [
      'Since Oct. 7, 652 IDF soldiers have fallen on all fronts.',
      ['soldiers_killed=652 exact reported total'],
    ],
    [
      'The number of Palestinians in Israeli jails has doubled since October to around 9,500.',
      ['prisoners_held=9500 approx reported total'],
    ],
    [
      'The Gaza death toll rose by 40 overnight to 37,337.',
      ['gaza_killed=40 exact reported incident', 'gaza_killed=37337 exact reported total'],
    ],
    [
      'The number of Palestinians killed in Gaza is believed to be well over 37,000.',
      ['gaza_killed=37000 at_least reported total'],
    ],
    [
      'The death toll in Gaza is 37,000, the ministry said.',
      ['gaza_killed=37000 exact reported total'],
    ],
    ['Two of the injured are children.', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 2, fifth pass: verbs past participles, name lists and joined counts', () => {
  it.each([
    [
      'Two hostages carrying a makeshift white flag were mistakenly shot dead by soldiers.',
      ['hostages_dead=2 exact reported incident'],
    ],
    [
      'Four hostages — Ana Levi, 31, Dov Katz, 54, Noa Peretz, 22, and Eli Cohen, 80 — were confirmed killed.',
      ['hostages_dead=4 exact reported incident'],
    ],
    [
      'Israel freed 30 Palestinian prisoners — 21 women and nine teenage boys — from Ofer prison.',
      ['prisoners_released=30 exact reported incident'],
    ],
    [
      'Airstrikes on a tent camp in Khan Younis killed 23 displaced people, medics said.',
      ['gaza_killed=23 exact reported incident'],
    ],
    [
      'About 80 percent of the population, or 1.8 million people, have been displaced in Gaza.',
      ['gaza_displaced=1800000 exact reported total'],
    ],
    [
      'The UN says some 1.8 million Gazans - most of the population - are displaced.',
      ['gaza_displaced=1800000 approx reported total'],
    ],
    [
      'Hamas has handed over 20 Israelis and three Thais since the truce began.',
      ['hostages_released=20 exact reported total', 'hostages_released=3 exact reported total'],
    ],
    [
      'Since the truce began, Hamas has handed over 20 Israelis and three Thais.',
      ['hostages_released=20 exact reported total', 'hostages_released=3 exact reported total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 2, sixth pass: asides and the fallen', () => {
  it.each([
    [
      'Nine Israeli hostages, along with four Thai nationals, were freed by Hamas on Friday.',
      [
        'hostages_released=9 exact reported incident',
        'hostages_released=4 exact reported incident',
      ],
    ],
    [
      'The bodies of two hostages, killed by their captors months ago, were recovered in Khan Younis.',
      ['hostages_dead=2 exact reported incident'],
    ],
    [
      'Three soldiers who fell in the ambush near Jabalia were named.',
      ['soldiers_killed=3 exact reported incident'],
    ],
    ['Five rockets fell in open areas near Sderot.', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 2, sixth pass: purposes and plans', () => {
  it('reads an operation to free hostages as their rescue', () => {
    expect(
      figures(
        'Medics said 210 people were killed in Nuseirat in the army’s operation to free three hostages.',
      ),
    ).toEqual([
      'gaza_killed=210 exact reported incident',
      'hostages_rescued=3 exact reported incident',
    ]);
  });
});

describe('round 3: who is left, who is presumed dead, who is missing', () => {
  it.each([
    [
      'That left 97 hostages in Gaza when the truce began.',
      ['hostages_held=97 exact reported total'],
    ],
    [
      'The swap leaves 59 hostages still in captivity, Israeli officials say.',
      ['hostages_held=59 exact reported total'],
    ],
    [
      'The handover, the fourth of the truce, leaves about 70 captives in Gaza.',
      ['hostages_held=70 approx reported total'],
    ],
    [
      'Israel says 101 hostages remain in Gaza, with 35 presumed dead.',
      ['hostages_held=101 exact reported total', 'hostages_dead=35 exact reported total'],
    ],
    [
      'Some 120 captives are still held, with at least 40 believed to be dead.',
      ['hostages_held=120 approx reported total', 'hostages_dead=40 at_least reported total'],
    ],
    [
      'The war has killed over 35,000 people in Gaza and injured more than 70,000, with about 10,000 people missing under the rubble.',
      ['gaza_killed=35000 at_least reported total', 'gaza_injured=70000 at_least reported total'],
    ],
    ['Civil defence crews said 1,500 people remain missing in Rafah.', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('keeps those a strike left dead as killed', () => {
    expect(figures('The strike left 12 people dead in Rafah.')).toEqual([
      'gaza_killed=12 exact reported incident',
    ]);
  });
});
