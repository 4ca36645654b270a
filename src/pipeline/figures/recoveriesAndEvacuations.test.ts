// The dead brought back are not rescued, and people who leave a place are displaced. Sentences
// written for these tests in the styles of wire services, Israeli and Arab outlets and UN
// updates; negatives alongside (patients, Israelis moved from the north, bodies of Gaza's dead).
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string, published = '2024-06-12'): string[] {
  return extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.qualifier} ${f.modality} ${f.scope}`,
  );
}

const metricsOf = (sentence: string) =>
  extractSentenceFigures(sentence, '2024-06-12').map((f) => `${f.metric}=${f.value}`);

describe('the dead brought back from Gaza', () => {
  it.each([
    ['Another 30 hostages have been recovered dead since the war began.', 'hostages_dead=30'],
    ['The army said its troops had retrieved 12 hostages dead from Gaza.', 'hostages_dead=12'],
    [
      'The army said it located the bodies of four hostages in a tunnel in Khan Younis.',
      'hostages_dead=4',
    ],
    ['Soldiers discovered the remains of two captives in Rafah on Tuesday.', 'hostages_dead=2'],
    [
      'So far the army has brought back the bodies of 37 hostages from the Strip.',
      'hostages_dead=37',
    ],
    [
      '"The three fallen soldiers that we have recovered from here today will be laid to rest at home," an officer said.',
      'hostages_dead=3',
    ],
    ['Troops recovered the bodies of two fallen soldiers from Gaza on Sunday.', 'hostages_dead=2'],
  ])('%s', (sentence, expected) => {
    expect(metricsOf(sentence)).toEqual([expected]);
  });

  it('keeps hostages brought out alive as rescued', () => {
    expect(metricsOf('Troops recovered four hostages alive from a building in Nuseirat.')).toEqual([
      'hostages_rescued=4',
    ]);
    expect(metricsOf('Special forces extracted two captives alive in an overnight raid.')).toEqual([
      'hostages_rescued=2',
    ]);
  });

  it.each([
    'Police located three suspects in the town after a search.',
    'The survey found 40 families sharing a single tent.',
    'Inspectors discovered 12 rockets hidden in a school.',
  ])('no figure: %s', (sentence) => {
    expect(metricsOf(sentence)).toEqual([]);
  });

  it("keeps Gaza's dead pulled from the rubble as killed in Gaza", () => {
    expect(
      metricsOf('Rescue teams found the bodies of 40 people under the rubble in Gaza City.'),
    ).toEqual(['gaza_killed=40']);
  });
});

describe('rescues as a running count', () => {
  it.each([
    [
      'Eight hostages have been rescued alive by Israeli forces.',
      'hostages_rescued=8 exact reported total',
    ],
    [
      'She is one of eight hostages to be rescued alive since the war began.',
      'hostages_rescued=8 exact reported total',
    ],
    [
      'He is one of seven captives to have been rescued by the army.',
      'hostages_rescued=7 exact reported total',
    ],
    [
      'Four hostages were rescued in a raid on Nuseirat on Saturday.',
      'hostages_rescued=4 exact reported incident',
    ],
    [
      'Israeli forces have rescued two hostages in an overnight operation in Rafah.',
      'hostages_rescued=2 exact reported incident',
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual([expected]);
  });
});

describe('people who leave a place are displaced', () => {
  it.each([
    [
      'More than 640,000 people have evacuated Gaza City, the military estimated.',
      'gaza_displaced=640000',
    ],
    [
      'By mid-August, some 350,000 residents had evacuated the northern Gaza Strip.',
      'gaza_displaced=350000',
    ],
    [
      'Nearly 100,000 Gazans were evacuated from Rafah this week, UNRWA said.',
      'gaza_displaced=100000',
    ],
    [
      'An estimated 450,000 people have evacuated from eastern Rafah since Monday.',
      'gaza_displaced=450000',
    ],
  ])('%s', (sentence, expected) => {
    expect(metricsOf(sentence)).toEqual([expected]);
  });

  it.each([
    'Twenty-two patients were evacuated to Egypt for treatment.',
    'The WHO evacuated 32 premature babies from al-Shifa hospital.',
    'About 60,000 Israelis were evacuated from their homes near the Lebanese border.',
    'Twelve sick children have been evacuated from Gaza to Jordan for treatment.',
    'Residents were ordered to evacuate 16 neighbourhoods of Khan Younis.',
  ])('no displacement: %s', (sentence) => {
    expect(metricsOf(sentence).filter((m) => m.startsWith('gaza_displaced'))).toEqual([]);
  });
});
