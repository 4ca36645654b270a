// Who a sentence says its numbers come from: "according to Israeli authorities", "as reported by
// local health officials", "the Gaza health ministry said", "said Abu Salim". Pure.
import { REPORTING_VERBS } from './lexicon.ts';
import { tokenize, type Token } from './tokens.ts';

const SOURCE_NOUNS = new Set([
  'ministry',
  'officials',
  'official',
  'authorities',
  'agency',
  'military',
  'army',
  'police',
  'office',
  'government',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'sources',
  'statement',
  'group',
  'movement',
  'organization',
  'organisation',
  'forces',
  'media',
  'report',
  'figures',
  'data',
  'ambassador',
  'envoy',
  'minister',
  'president',
  'diplomat',
  'mediators',
  'agencies',
  'groups',
  'service',
  'services',
  'department',
  'tally',
  'count',
  'monitor',
]);
/** Reporting verbs whose object is whom they were told to: "told CBS News". */
const ADDRESSED = new Set(['told', 'tells', 'tell', 'telling']);

/** Words that end a subject phrase when reading backwards from its verb. */
const PHRASE_STOP = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'and',
  'but',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'if',
  'although',
  'though',
  'where',
  'since',
  'so',
  'then',
  'also',
  'however',
  'meanwhile',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
]);
const NOT_A_SOURCE =
  /^(?:he|she|they|it|we|i|you|this|that|which|who|a|an|the|some|one|there|officials?)$/i;
const STATES = new Set(['dead', 'alive', 'missing']);
const LEADS = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
  ['as', 'per'],
  ['per'],
  ['citing'],
  ['cited', 'by'],
  ['quoting'],
];
const LEAD_FIRST = new Set(LEADS.map((l) => l[0]));
const LEAD_STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '“',
  '”',
  '"',
  'which',
  'who',
  'that',
  'on',
]);

function join(tokens: readonly Token[], sentence: string): string {
  const first = tokens[0];
  const last = tokens.at(-1);
  return first && last ? sentence.slice(first.start, last.end) : '';
}

function acceptable(phrase: readonly Token[]): boolean {
  if (phrase.length === 0 || phrase.length > 9) return false;
  // A loop, not map and join: an optimized map's array is of another kind than the
  // interpreter's, and join would then send the optimized code back.
  let text = '';
  phrase.forEach((t, i) => (text += i === 0 ? t.text : ` ${t.text}`));
  if (NOT_A_SOURCE.test(text)) return false;
  return phrase.some((t) => /^[A-Z]/.test(t.text) || SOURCE_NOUNS.has(t.lower));
}

/** "according to X", "as reported by X": X up to the next comma or clause word. */
function afterLead(tokens: readonly Token[], sentence: string): string | null {
  for (let i = 0; i < tokens.length; i++) {
    // Only a lead's first word can open one: most tokens are passed over at once.
    if (!LEAD_FIRST.has(tokens[i]?.lower ?? '')) continue;
    const lead = LEADS.find((l) => l.every((w, k) => tokens[i + k]?.lower === w));
    if (!lead) continue;
    // "The forum, cited by Ynet, said …": an aside naming who relayed it.
    if (lead[0] === 'cited' && tokens[i - 1]?.text === ',') continue;
    let j = i + lead.length;
    const phrase: Token[] = [];
    // …to the next clause: a number or a verb of showing starts what the source says.
    while (
      j < tokens.length &&
      phrase.length < 10 &&
      !LEAD_STOP.has(tokens[j]?.lower ?? '') &&
      tokens[j]?.kind !== 'digits' &&
      !/^(?:show|shows|showed|put|puts|say|says)$/.test(tokens[j]?.lower ?? '')
    ) {
      const t = tokens[j];
      if (t) phrase.push(t);
      j++;
    }
    if (acceptable(phrase)) return join(phrase, sentence);
  }
  return null;
}

/** "the Gaza health ministry said", ", said Abu Salim", "Israel believes that". */
function aroundVerb(tokens: readonly Token[], sentence: string): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    if (!verb || !REPORTING_VERBS.has(verb.lower)) continue;
    // "hostages confirmed dead", "reported missing": a participle describing people, not a source.
    if (/ed$/.test(verb.lower) && STATES.has(tokens[i + 1]?.lower ?? '')) continue;
    // Subject before the verb; "Mousa Abu Marzouk, a founding member of Hamas, told …": past
    // an appositive set off by commas, to the name it describes.
    let from = i - 1;
    if (tokens[from]?.text === ',') {
      let k = from - 1;
      while (k >= 0 && tokens[k]?.text !== ',' && from - k < 10) k--;
      const opener = tokens[k + 1]?.lower ?? '';
      // ", quoted by Ynet,", ", cited by Reuters,": who relayed it, set off like an appositive.
      const relayed =
        /^(?:quoted|cited|interviewed)$/.test(opener) && tokens[k + 2]?.lower === 'by';
      if (
        tokens[k]?.text === ',' &&
        (/^(?:a|an|the|who|which|its|his|her)$/.test(opener) || relayed)
      )
        from = k - 1;
    }
    // "the Israel Defense Forces (IDF) acknowledged": an acronym in brackets is part of the name.
    if (tokens[from]?.text === ')' && tokens[from - 2]?.text === '(') from -= 3;
    const before: Token[] = [];
    for (let j = from; j >= 0 && before.length < 8; j--) {
      const t = tokens[j];
      // "The Palestinian Prisoners' Society": a plural possessive's apostrophe stays in.
      const apostrophe = (t?.text === "'" || t?.text === '’') && tokens[j - 1]?.kind === 'word';
      // "the Hostages and Missing Families Forum": "and" between capitals is inside the name.
      const inName =
        t?.lower === 'and' &&
        /^[A-Z]/.test(tokens[j - 1]?.text ?? '') &&
        /^[A-Z]/.test(tokens[j + 1]?.text ?? '');
      if (!t || (t.kind !== 'word' && !apostrophe) || (PHRASE_STOP.has(t.lower) && !inName)) break;
      before.unshift(t);
    }
    if (acceptable(before)) return join(before, sentence);
    // Subject after the verb: ", said Al-Reshiq", ", the ministry said" handled above. After
    // "told" stands whom they told ("told CBS News"), not who spoke.
    const quotes =
      tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '”' || tokens[i - 1]?.text === '"';
    // "…, quoted by Ynet": the outlet that relayed the words is not who gave them.
    const relay = /ed$/.test(verb.lower) && tokens[i + 1]?.lower === 'by';
    if (quotes && !ADDRESSED.has(verb.lower) && !relay) {
      const after: Token[] = [];
      for (let j = i + 1; j < tokens.length && after.length < 8; j++) {
        const t = tokens[j];
        if (
          !t ||
          t.kind !== 'word' ||
          PHRASE_STOP.has(t.lower) ||
          t.lower === 'on' ||
          t.lower === 'in'
        )
          break;
        after.push(t);
      }
      if (acceptable(after)) return join(after, sentence);
    }
  }
  return null;
}

export function attributionOf(
  sentence: string,
  tokens: readonly Token[] = tokenize(sentence),
): string | null {
  const found = afterLead(tokens, sentence) ?? aroundVerb(tokens, sentence);
  // "The ministry said…": the capital is the sentence's, not the name's ("citing the ministry").
  return found?.replace(/^(?:The|An?) /, (article) => article.toLowerCase()) ?? null;
}
