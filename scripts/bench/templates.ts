// Sentence templates for the benchmark corpus, written in the style of wire reports. Slots:
// {n} a count (digits or words), {q} a hedge, {source} an attribution, {day} a date form,
// {place} a place in Gaza, {wb} a West Bank town. Each template says which metric its count
// belongs to, so a generated corpus can be checked as well as timed.
import type { MetricId } from '../../src/dataset/metrics.ts';

export interface FigureTemplate {
  metric: MetricId;
  text: string;
  /** How large the count is: a running total grows with the date; an incident does not. */
  size: 'total' | 'incident' | 'deal';
}

export const FIGURE_TEMPLATES: readonly FigureTemplate[] = [
  {
    metric: 'gaza_killed',
    size: 'total',
    text: 'The health ministry in Gaza said {day} that {q}{n} Palestinians have been killed since the war began.',
  },
  {
    metric: 'gaza_killed',
    size: 'total',
    text: 'The death toll in Gaza has risen to {n}, {source} said.',
  },
  {
    metric: 'gaza_killed',
    size: 'total',
    text: "Israel's offensive has killed {q}{n} people in Gaza, according to {source}.",
  },
  {
    metric: 'gaza_killed',
    size: 'incident',
    text: 'Israeli strikes killed {q}{n} people in {place} {day}, {source} said.',
  },
  {
    metric: 'gaza_killed',
    size: 'incident',
    text: '{Q}{n} people were killed in an Israeli strike on a school in {place}, medics said.',
  },
  {
    metric: 'gaza_injured',
    size: 'total',
    text: 'More than {n} people have been wounded in Gaza since October 7, the ministry said.',
  },
  {
    metric: 'gaza_injured',
    size: 'incident',
    text: 'At least {n} people were injured in the strike on {place}, the civil defence agency said.',
  },
  {
    metric: 'gaza_displaced',
    size: 'total',
    text: 'Some {n} people have been displaced in Gaza, according to the United Nations.',
  },
  {
    metric: 'west_bank_killed',
    size: 'total',
    text: '{Q}{n} Palestinians have been killed in the West Bank since October 7, {source} said.',
  },
  {
    metric: 'west_bank_killed',
    size: 'incident',
    text: 'Israeli forces killed {n} people in a raid on {wb} {day}, the Palestinian health ministry said.',
  },
  {
    metric: 'israel_killed',
    size: 'incident',
    text: 'The Oct. 7 attack killed about {n} people in Israel, most of them civilians.',
  },
  {
    metric: 'israel_killed',
    size: 'incident',
    text: 'Hamas-led militants stormed southern Israel on Oct. 7, 2023, killing {q}{n} people.',
  },
  {
    metric: 'israel_injured',
    size: 'incident',
    text: 'Some {n} people were wounded in Israel in the Hamas attack, officials said.',
  },
  {
    metric: 'soldiers_killed',
    size: 'total',
    text: 'The military said {n} soldiers have been killed since the start of the ground operation.',
  },
  {
    metric: 'soldiers_killed',
    size: 'incident',
    text: 'Two soldiers were killed in southern Gaza {day}, bringing the army death toll to {n}.',
  },
  {
    metric: 'hostages_taken',
    size: 'incident',
    text: 'Militants abducted {q}{n} people during the attack on Oct. 7.',
  },
  {
    metric: 'hostages_held',
    size: 'total',
    text: 'Israel says {q}{n} hostages are still being held in Gaza.',
  },
  {
    metric: 'hostages_held',
    size: 'total',
    text: 'About {n} hostages remain in Gaza, {source} said.',
  },
  {
    metric: 'hostages_released',
    size: 'deal',
    text: 'Under the proposal, Hamas would release {n} hostages in the first phase.',
  },
  {
    metric: 'hostages_released',
    size: 'deal',
    text: '{Q}{n} hostages were freed {day} in exchange for Palestinian prisoners.',
  },
  {
    metric: 'hostages_released',
    size: 'deal',
    text: 'The deal calls for the release of {n} hostages over six weeks.',
  },
  {
    metric: 'hostages_rescued',
    size: 'deal',
    text: 'Israeli forces rescued {n} hostages from {place} in a special operation {day}.',
  },
  {
    metric: 'hostages_dead',
    size: 'deal',
    text: 'The bodies of {n} hostages were returned to Israel {day}, the military said.',
  },
  {
    metric: 'hostages_dead',
    size: 'deal',
    text: 'Israel believes that {q}{n} of the hostages still in Gaza are dead.',
  },
  {
    metric: 'prisoners_released',
    size: 'deal',
    text: 'Israel would free {n} Palestinian prisoners in return, mediators said.',
  },
  {
    metric: 'prisoners_released',
    size: 'deal',
    text: 'Israel released {n} Palestinian prisoners from its jails {day}.',
  },
  {
    metric: 'prisoners_held',
    size: 'total',
    text: 'More than {n} Palestinians are held in Israeli prisons, according to rights groups.',
  },
];

/** Sentences with numbers that are not figures, as real reports have them. */
export const NOISE_TEMPLATES: readonly string[] = [
  'A {age}-year-old man said he had fled his home in {place} three times.',
  'Some {trucks} trucks of aid entered the strip {day}, the UN said.',
  'The fund pledged ${money} million to rebuild homes and schools.',
  'Prices of flour have risen by {pct}% in a month, traders said.',
  'Talks on a {dur}-day truce are expected to resume in {weeks} weeks.',
  'Soldiers of the {ord}th Brigade moved into the area, the army said.',
  '"We have nothing left," said Amal, {age}, a mother of five.',
  'Dozens of people were wounded and hundreds fled, witnesses said.',
  'The two sides have held {meetings} rounds of talks since January.',
  'In 2014, a seven-week war left the enclave in ruins.',
  'Nearly {pct} percent of buildings have been damaged or destroyed.',
  'The convoy of {trucks} trucks was turned back at the crossing.',
];

/** Sentences without numbers: background, quotes, reactions. */
export const FILLER_TEMPLATES: readonly string[] = [
  'Mediators from Egypt and Qatar have been pressing both sides to agree on a ceasefire.',
  'The Israeli military said it was targeting militants and infrastructure.',
  'Hamas accused Israel of stalling the negotiations.',
  '"We will not stop until all of our goals are achieved," the prime minister said.',
  'Aid agencies warned of famine conditions in the north of the strip.',
  'Families of the hostages rallied in Tel Aviv, calling for a deal.',
  'The United States urged Israel to do more to protect civilians.',
  'Residents described a night of heavy bombardment across the area.',
  'The ministry does not distinguish between civilians and combatants in its count.',
  'Diplomats said the talks had made progress but gaps remained.',
];

export const PUBLISHERS = [
  'The Daily Ledger',
  'Coastal Herald',
  'Metro Wire',
  'Northern Times',
  'Global Dispatch',
  'The Evening Post',
  'Harbour Journal',
  'Capital Tribune',
  'Valley Gazette',
  'World Desk',
  'The Morning Star',
  'Riverside Chronicle',
  'Continental News',
  'Pacific Monitor',
  'The Observer Daily',
] as const;

export const SOURCES = [
  'the health ministry',
  'Gaza health officials',
  'the United Nations',
  'Israeli officials',
  'the Palestinian Red Crescent',
  'hospital officials',
  'the civil defence agency',
];
export const GAZA_PLACES = [
  'Rafah',
  'Khan Younis',
  'Gaza City',
  'Jabalia',
  'Nuseirat',
  'Deir al-Balah',
];
export const WEST_BANK_PLACES = ['Jenin', 'Tulkarm', 'Nablus', 'Hebron'];
export const HEDGES = [
  '',
  '',
  'at least ',
  'more than ',
  'about ',
  'nearly ',
  'some ',
  'over ',
  'up to ',
];
