// The vocabulary of casualty and hostage reporting: which nouns count people, which words name
// the events a count belongs to, which phrases hedge a number. Rules elsewhere match these
// classes, never the wording of particular articles. Entries are lower case.
import { wordTable } from '../wordTable.ts';

/** A set of the whitespace-separated words of a template string. */
export const words = (text: string): ReadonlySet<string> =>
  new Set(text.split(/\s+/).filter(Boolean));

/** Phrases separated by "|", each as its list of words. */
export const phrases = (text: string): string[][] =>
  text
    .split('|')
    .map((p) => p.trim().split(/\s+/))
    .filter((p) => p[0] !== '');

/** Nouns that count people of no particular role. */
export const PERSON_NOUNS = words(`
  people persons person individuals individual civilians civilian residents resident
  inhabitants children child kids minors minor babies baby infants infant toddlers teenagers
  teens youths youngsters boys boy girls girl women woman men man adults elderly citizens
  citizen nationals national foreigners foreigner workers journalists journalist reporters
  medics paramedics doctors nurses patients students worshippers victims survivors refugees
  relatives members others israelis israeli palestinians palestinian gazans
  gazan mothers fathers sons daughters brothers sisters staff employees volunteers pilgrims
  settlers festivalgoers partygoers revelers revellers fatalities martyrs casualties
`);

export const HOSTAGE_NOUNS = words(`
  hostages hostage captives captive abductees abductee
`);

export const PRISONER_NOUNS = words(`
  prisoners prisoner detainees detainee inmates inmate convicts
`);

export const SOLDIER_NOUNS = words(`
  soldiers soldier troops troop servicemen serviceman servicemembers reservists reservist
  officers officer conscripts recruits commanders paratroopers sergeants personnel
`);

/** People counted in no metric: combatants on the other side and the like. */
export const UNTRACKED_PERSON_NOUNS = words(`
  militants militant fighters fighter terrorists terrorist gunmen operatives officials official sources source diplomats leaders ministers mediators negotiators
  witnesses witness lawmakers protesters demonstrators police policemen agents spokesmen
  envoys experts analysts delegates representatives aides guards
`);

export const BODY_NOUNS = words(`
  bodies body corpses corpse remains coffins coffin
`);

/** Places of detention: "in Israeli jails". */
export const PRISON_PLACES = words('jail jails prison prisons detention custody');
/** What was done to prisoners: "imprisoned by Israel", "Gazan detainees arrested after …". */
export const PRISON_VERBS = words('imprisoned detained jailed incarcerated arrested');

/** Nouns that themselves name a toll of dead or wounded. */
export const KILLED_NOUNS = words(`
  fatalities deaths dead killed martyrs losses slain deceased killings
`);
export const INJURED_NOUNS = words(`
  wounded injured injuries injury
`);

/** Words that may stand between a number and the noun it counts. */
export const COUNT_MODIFIERS = words(`
  more other additional further new living surviving remaining dead deceased female male
  young elderly old unarmed innocent civilian military israeli palestinian gazan
  foreign dual detained displaced wounded injured jailed imprisoned abducted kidnapped
  captive freed released rescued women children idf army reserve security aid un
  humanitarian hamas mostly already still senior junior former top total estimated known
  confirmed reported alleged suspected unidentified identified
  citizen hostage prisoner
`);

/** Nouns counted by numbers that are not people: a number before them is never a figure. */
export const NON_PERSON_HINT = words(`
  deal deals agreement agreements truce truces ceasefire ceasefires swap swaps
  trucks truck rockets missiles sites targets points meetings phases stages buildings homes
  houses hospitals schools tunnels days weeks months years hours minutes seconds decades
  dollars shekels tons tonnes kilometers kilometres miles meters metres acres percent times
  countries nations cities towns villages rounds calories liters litres pallets convoys
  brigades battalions divisions units votes seats articles pages ways things items issues
  demands conditions families households strikes airstrikes attacks raids bombings shells
  flights planes
  bombs drones munitions incidents
  building house hospital school tunnel truck rocket missile collapse blast explosion
`);

export type EventKind =
  | 'kill'
  | 'injure'
  | 'displace'
  | 'take'
  | 'hold'
  | 'release'
  | 'rescue'
  | 'imprison'
  | 'return-bodies';

/** Single words that name an event, by kind. */
export const EVENT_WORDS: Readonly<Record<string, EventKind>> = wordTable({
  killed: 'kill',
  killing: 'kill',
  kill: 'kill',
  kills: 'kill',
  dead: 'kill',
  died: 'kill',
  die: 'kill',
  dying: 'kill',
  deaths: 'kill',
  death: 'kill',
  fallen: 'kill',
  killings: 'kill',
  fatalities: 'kill',
  slain: 'kill',
  murdered: 'kill',
  massacred: 'kill',
  executed: 'kill',
  perished: 'kill',
  losses: 'kill',
  martyred: 'kill',
  martyrs: 'kill',
  deceased: 'kill',
  toll: 'kill',
  wounded: 'injure',
  wounding: 'injure',
  injured: 'injure',
  injuring: 'injure',
  injuries: 'injure',
  hurt: 'injure',
  maimed: 'injure',
  displaced: 'displace',
  displacing: 'displace',
  fled: 'displace',
  flee: 'displace',
  fleeing: 'displace',
  displacement: 'displace',
  uprooted: 'displace',
  homeless: 'displace',
  abducted: 'take',
  abducting: 'take',
  abduction: 'take',
  abductions: 'take',
  kidnapped: 'take',
  kidnapping: 'take',
  kidnap: 'take',
  captured: 'take',
  capturing: 'take',
  capture: 'take',
  seized: 'take',
  seizing: 'take',
  seize: 'take',
  snatched: 'take',
  abduct: 'take',
  held: 'hold',
  holding: 'hold',
  hold: 'hold',
  remain: 'hold',
  remained: 'hold',
  remaining: 'hold',
  remains: 'hold',
  captivity: 'hold',
  released: 'release',
  release: 'release',
  releasing: 'release',
  releases: 'release',
  freed: 'release',
  frees: 'release',
  free: 'release',
  freeing: 'release',
  returned: 'release',
  return: 'release',
  returns: 'release',
  returning: 'release',
  swapped: 'release',
  exchanged: 'release',
  traded: 'release',
  handed: 'release',
  exchange: 'release',
  swap: 'release',
  repatriated: 'return-bodies',
  repatriate: 'return-bodies',
  repatriation: 'return-bodies',
  rescued: 'rescue',
  rescue: 'rescue',
  rescuing: 'rescue',
  rescues: 'rescue',
  liberated: 'rescue',
  extracted: 'rescue',
  recovered: 'rescue',
  recover: 'rescue',
  recovers: 'rescue',
  retrieved: 'rescue',
  retrieve: 'rescue',
  retrieves: 'rescue',
  imprisoned: 'imprison',
  jailed: 'imprison',
  incarcerated: 'imprison',
});

/** The auxiliaries of tense and voice: "were killed", "have been freed". */
export const TENSE_AUXILIARIES = words('is are was were be been has have had');

/** Auxiliaries and adverbs that make the word after them a finite predicate. */
export const AUXILIARIES = words(`
  is are was were be been being have has had will would could may might must shall should
  can to still also now reportedly mistakenly already all later since believed thought said
  confirmed presumed declared feared known then eventually finally who that which allegedly
  apparently either not yet just officially been get got gets remain remained being
  considers considered deems deemed
`);

/** Words of a record ("the deadliest day since …"): a "since" after them dates the record. */
export const SUPERLATIVES = words(
  'deadliest bloodiest worst largest biggest highest heaviest most single-deadliest',
);

/** Modals of what might have been: "would have seen", "Could these six have come home?" */
export const COUNTERFACTUAL_MODALS = words('would could might should');

/** Words that, after a comma, open a clause with a subject of its own: ", as strikes …". */
export const CLAUSE_OPENERS = words(
  'as while whereas after when before but although since because',
);

export const CLAUSE_BREAKERS = words(`
  while whereas but although though because when after before until if unless whether as
  since where
`);

export const QUALIFIER_PHRASES: readonly (readonly [string, 'at_least' | 'at_most' | 'approx'])[] =
  [
    ['no fewer than', 'at_least'],
    ['no less than', 'at_least'],
    ['not less than', 'at_least'],
    ['upwards of', 'at_least'],
    ['upward of', 'at_least'],
    ['well above', 'at_least'],
    ['above', 'at_least'],
    ['beyond', 'at_least'],
    ['in excess of', 'at_least'],
    ['a minimum of', 'at_least'],
    ['greater than', 'at_least'],
    ['more than', 'at_least'],
    ['at least', 'at_least'],
    ['north of', 'at_least'],
    ['over', 'at_least'],
    ['just under', 'at_most'],
    ['just shy of', 'at_most'],
    ['shy of', 'at_most'],
    ['no more than', 'at_most'],
    ['a maximum of', 'at_most'],
    ['as many as', 'at_most'],
    ['fewer than', 'at_most'],
    ['less than', 'at_most'],
    ['close to', 'at_most'],
    ['at most', 'at_most'],
    ['up to', 'at_most'],
    ['nearly', 'at_most'],
    ['almost', 'at_most'],
    ['under', 'at_most'],
    ['an estimated', 'approx'],
    ['approximately', 'approx'],
    ['estimated', 'approx'],
    ['roughly', 'approx'],
    ['around', 'approx'],
    ['about', 'approx'],
    ['some', 'approx'],
    ['circa', 'approx'],
    ['approx', 'approx'],
    ['est', 'approx'],
  ];

/** Words that put what follows in the future or in a proposal, offer or expectation. */
export const PROPOSAL_CUES = words(`
  would will 'll could might shall should proposal proposals proposed proposes propose plan
  plans planned offer offers offered offering draft framework demand demands demanded
  demanding earmarked slated expected scheduled due set prepared poised envisages envisions
  stipulates stipulated foresees provides provide
  calls seeks seeking sought wants asking asked insisted insists insisting
  terms postponed postpones delayed delays
  suspended halted talks negotiations negotiating negotiate discussed discussing
`);

/** Reporting verbs: they carry a date and a source, not an event. */
export const REPORTING_VERBS = words(`
  said says say told tells reported reports report announced announces confirmed confirms
  stated states estimated estimates estimate believes believed claimed claims added noted
  wrote posted published updated revealed cited quoted warned acknowledged
  indicated declared insisted explained tallied counted recorded believe thinks think reckons
`);

/** The nouns of a long campaign, as opposed to one attack. */
export const CAMPAIGN_NOUNS = words(`
  war fighting conflict offensive campaign bombardment assault onslaught hostilities
  invasion
`);

/** The nouns of one event. */
export const INCIDENT_NOUNS = words(`
  attack strike airstrike raid operation ambush bombing shooting massacre blast explosion
  incident shelling truce ceasefire cease-fire deal agreement exchange swap pause lull
  rescue mission stampede
`);

/** Words that may stand between a governing word and its number: "release of some of the roughly 90". */
export const LEFT_SKIP = new Set([
  'of',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'some',
  'all',
  'only',
  'just',
  'another',
  'additional',
  'further',
  'more',
  'than',
  'over',
  'at',
  'least',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'up',
  'to',
  'estimated',
  'total',
  'fewer',
  'less',
  'upwards',
  'excess',
  'in',
  'no',
  'as',
  'many',
  'much',
  'close',
  'also',
  'mistakenly',
  'reportedly',
  'still',
  'already',
  'had',
  'has',
  'have',
  'remaining',
  'first',
  'last',
  'final',
  'other',
  'latest',
  // "There are currently 134 hostages in Gaza"
  'currently',
  'now',
]);

// No full stop: sentences are already split, so one inside a sentence ends an abbreviation.
export const HARD_STOPS = new Set([';', ':', '?', '!', '(', ')', '"', '“', '”']);

/** The days of the week, in lower case. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** The copula, whose complement says who its subject's people were. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** Participles and pasts of a taking: "taken on Oct. 7", "the hostages it seized". */
export const TAKING_PARTICIPLES: ReadonlySet<string> = new Set([
  'taken',
  'took',
  'abducted',
  'kidnapped',
  'seized',
  'captured',
]);

/** Words of a hedge before a number: "at least", "more than", "about", "nearly". */
export const HEDGE_WORDS = words(`
  at least more than over about around some roughly approximately nearly almost
`);

/** The state of people driven from their homes: "1.9 million displaced", "remain uprooted". */
export const DISPLACED_WORDS = words('displaced uprooted homeless');

/** The nouns of an attack: "the attack", "the massacre", "the October 7 atrocities". */
export const ATTACK_NOUNS = words(`
  attack attacks assault massacre massacres atrocity atrocities incursion rampage invasion
`);

/** The words for 7 October read with Hamas or the day before them: "Hamas' Oct. 7 cross-border raid". */
export const OCTOBER_ATTACK_NOUNS: ReadonlySet<string> = new Set([
  ...ATTACK_NOUNS,
  'raid',
  'onslaught',
  'infiltration',
]);
