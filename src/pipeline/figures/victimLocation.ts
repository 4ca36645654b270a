// Where the people counted were killed or wounded: Gaza, the West Bank or Israel. Read from who
// they were ("Palestinians", "Israelis") and from the place and attack words nearest the number;
// words inside a "since …" phrase only date the start of a toll and are not used. Pure.
import type { CountedNoun } from './countedNoun.ts';
import type { NumberMention } from './numberMentions.ts';
import { inSinceSpan, type SentenceView } from './sentenceView.ts';
import { stem } from './tokens.ts';

export type Place = 'gaza' | 'west_bank' | 'israel';

const WEST_BANK_PLACES = new Set([
  'jenin',
  'tulkarm',
  'tulkarem',
  'nablus',
  'hebron',
  'ramallah',
  'jericho',
  'bethlehem',
  'qalqilya',
  'tubas',
  'salfit',
]);
const GAZA_PLACES = new Set([
  'gaza',
  'gazan',
  'gazans',
  'enclave',
  'strip',
  'rafah',
  'jabalia',
  'jabaliya',
  'nuseirat',
  'maghazi',
  'bureij',
  'shujaiya',
  'shejaiya',
  'palestinians',
  'palestinian',
]);
const ISRAELI_VICTIM_NOUNS = new Set([
  'civilians',
  'people',
  'losses',
  'deaths',
  'casualties',
  'victims',
  'dead',
  'residents',
  'citizens',
  'killed',
  'lives',
  'toll',
  'death',
]);
/** Israeli forces acting: the people they kill or wound are on the other side. */
const ISRAELI_FORCE_NOUNS = new Set([
  'strikes',
  'strike',
  'airstrikes',
  'airstrike',
  'air',
  'bombardment',
  'bombing',
  'bombs',
  'attacks',
  'attack',
  'fire',
  'gunfire',
  'shelling',
  'offensive',
  'raids',
  'raid',
  'forces',
  'military',
  'army',
  'troops',
  'soldiers',
  'tanks',
  'drones',
  'operation',
  'operations',
  'campaign',
  'war',
  'occupation',
  'snipers',
  'settlers',
]);
const ATTACK_WORDS = new Set([
  'attack',
  'attacks',
  'assault',
  'massacre',
  'incursion',
  'rampage',
  'invasion',
]);

interface Cue {
  place: Place;
  index: number;
}

function cues(view: SentenceView, mention: NumberMention): Cue[] {
  const found: Cue[] = [];
  const { tokens } = view;
  tokens.forEach((t, i) => {
    if (inSinceSpan(view, i, mention) || t.kind !== 'word') return;
    const lower = stem(t.lower);
    const next = stem(tokens[i + 1]?.lower ?? '');
    const prev = tokens[i - 1]?.lower ?? '';
    if (lower === 'west' && next === 'bank') found.push({ place: 'west_bank', index: i });
    else if (WEST_BANK_PLACES.has(lower)) found.push({ place: 'west_bank', index: i });
    else if (
      lower === 'khan' ||
      lower === 'deir' ||
      (lower === 'beit' && /^(lahia|hanoun)$/.test(next))
    ) {
      found.push({ place: 'gaza', index: i });
    } else if (GAZA_PLACES.has(lower) || /^gaza-/.test(lower))
      found.push({ place: 'gaza', index: i });
    else if (
      (lower === 'health' && /^(ministry|authorities|officials|ministry's)$/.test(next)) ||
      (lower === 'ministry' && next === 'of' && stem(tokens[i + 2]?.lower ?? '') === 'health')
    ) {
      found.push({ place: 'gaza', index: i });
    } else if (lower === 'israeli' && ISRAELI_FORCE_NOUNS.has(next))
      found.push({ place: 'gaza', index: i });
    else if (lower === 'israeli' && ISRAELI_VICTIM_NOUNS.has(next))
      found.push({ place: 'israel', index: i });
    else if (lower === 'israelis' || lower === 'kibbutz' || lower === 'kibbutzim')
      found.push({ place: 'israel', index: i });
    else if (
      lower === 'israel' &&
      [
        'in',
        'on',
        'against',
        'into',
        'attacked',
        'invaded',
        'struck',
        'southern',
        'northern',
        'across',
      ].includes(prev)
    ) {
      found.push({ place: 'israel', index: i });
    } else if (
      ATTACK_WORDS.has(lower) &&
      (prev === 'hamas' ||
        prev === "hamas'" ||
        prev === "hamas's" ||
        prev === 'hamas-led' ||
        tokens[i - 2]?.lower === 'hamas' ||
        prev === '7')
    ) {
      // "the Hamas attack", "Hamas' Oct. 7, 2023, attack", "the Oct. 7 attack"
      found.push({ place: 'israel', index: i });
    } else if (
      ATTACK_WORDS.has(lower) &&
      tokens.slice(Math.max(0, i - 6), i).some((x) => x.lower === 'oct' || x.lower === 'october')
    ) {
      found.push({ place: 'israel', index: i });
    }
  });
  return found;
}

export function victimLocation(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): Place | null {
  const found = cues(view, mention);
  const westBank = found.some((c) => c.place === 'west_bank');
  if (noun.demonym === 'palestinian') return westBank ? 'west_bank' : 'gaza';
  if (noun.demonym === 'israeli') return 'israel';
  if (found.length === 0) return null;
  if (westBank && !found.some((c) => c.place === 'israel')) return 'west_bank';
  const distance = (c: Cue) =>
    c.index < mention.from ? mention.from - c.index : c.index - mention.to;
  const nearest = [...found].sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.place ?? null;
}
