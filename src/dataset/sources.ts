// Who a number comes from, as one canonical name per body (DATASET.md "Sources"). The
// extractor names a figure's source with it; the dashboard filters and labels by it. Pure.

/** A body that reports figures, with the ways news reports name it. */
export interface KnownSource {
  /** The canonical name, as the dataset and the dashboard show it. */
  name: string;
  /** What kind of body it is: a bare "the ministry" or "the army" resolves within its kind. */
  kind: SourceKind;
  /** Aliases as regular-expression sources, matched on folded text (see foldSourceText). */
  aliases: readonly string[];
}

export type SourceKind = 'ministry' | 'military' | 'government' | 'un' | 'group' | 'office' | 'ngo';
/** A bare reference resolves within its kind, or, for "the official", to any body. */
export type ReferenceKind = SourceKind | 'any';

const GAZA = String.raw`(?:gaza(?:n|'s|-based)?|gaza strip(?:'s)?|hamas(?:'s)?(?:[- ](?:run|led|controlled|administered|affiliated|governed))?)`;
const HEALTH_BODY = String.raw`(?:health|medical) (?:ministry|authorities|authority|officials|services|sources)|ministry of health`;

/**
 * Most specific first: "Hamas's armed wing" before Hamas, "the government media office in
 * Gaza" before "Gaza", the Ramallah ministry before Gaza's. A name matches when one of its
 * aliases occurs anywhere in the attribution ("health officials in Hamas-run Gaza").
 */
export const KNOWN_SOURCES: readonly KnownSource[] = [
  {
    name: 'Al-Qassam Brigades',
    kind: 'group',
    aliases: [
      String.raw`qassam`,
      String.raw`(?:armed|military) wing`,
      String.raw`hamas(?:'s)? (?:armed|military) (?:wing|arm)`,
    ],
  },
  {
    name: 'Gaza Government Media Office',
    kind: 'office',
    aliases: [
      String.raw`(?:government|governmental) media office`,
      String.raw`gaza(?:'s)? media office`,
    ],
  },
  {
    name: 'Palestinian Health Ministry (Ramallah)',
    kind: 'ministry',
    aliases: [
      String.raw`(?:${HEALTH_BODY}) (?:in|of|based in) (?:ramallah|the (?:occupied )?west bank)`,
      String.raw`(?:ramallah|west bank)(?:-based)? (?:${HEALTH_BODY})`,
      String.raw`palestinian authority(?:'s)? (?:${HEALTH_BODY})`,
    ],
  },
  {
    name: 'Gaza Health Ministry',
    kind: 'ministry',
    aliases: [
      String.raw`${GAZA}(?: \w+)?(?: \w+)? (?:${HEALTH_BODY})`,
      String.raw`(?:${HEALTH_BODY})(?: \w+)? (?:in|of|for|run by|in hamas-run) (?:the )?(?:${GAZA}|gaza)`,
      String.raw`(?:${HEALTH_BODY}) in the (?:hamas-run|hamas-controlled|besieged) (?:gaza )?(?:strip|enclave|territory)`,
      String.raw`palestinian (?:${HEALTH_BODY}) in gaza`,
    ],
  },
  {
    name: 'Israeli Health Ministry',
    kind: 'ministry',
    aliases: [
      String.raw`(?:israeli|israel['’]?s) (?:${HEALTH_BODY})`,
      String.raw`(?:${HEALTH_BODY}) (?:in|of) israel\b`,
    ],
  },
  {
    name: 'Palestinian Prisoners’ Society',
    kind: 'ngo',
    aliases: [String.raw`prisoners?['’]? (?:society|club)`, String.raw`prisoner (?:society|club)`],
  },
  {
    name: 'Palestinian Commission of Detainees’ Affairs',
    kind: 'office',
    aliases: [
      String.raw`(?:commission|authority) (?:of|for) (?:detainees|prisoners)['’]? (?:and ex-detainees['’]? )?affairs`,
      String.raw`detainees['’]? affairs`,
    ],
  },
  {
    name: 'Israeli Prime Minister’s Office',
    kind: 'office',
    aliases: [
      String.raw`prime minister['’]?s office`,
      String.raw`(?:netanyahu|pm)['’]?s office`,
      String.raw`\bpmo\b`,
    ],
  },
  {
    name: 'Israel Prison Service',
    kind: 'government',
    aliases: [String.raw`(?:israel|israeli|israel's) prisons? service`, String.raw`\bips\b`],
  },
  {
    name: 'Israeli military',
    kind: 'military',
    aliases: [
      String.raw`\bidf\b`,
      String.raw`israel(?:i)? defen[cs]e forces`,
      String.raw`(?:israeli|israel['’]?s) (?:military|army|armed forces|defen[cs]e forces|forces|troops)`,
      String.raw`military (?:spokesman|spokeswoman|spokesperson|officials?|sources?)`,
      String.raw`army (?:spokesman|spokeswoman|spokesperson|officials?|sources?|radio)`,
      String.raw`\bhagari\b`,
    ],
  },
  {
    name: 'UN OCHA',
    kind: 'un',
    aliases: [
      String.raw`\bocha\b`,
      String.raw`office for the coordination of humanitarian affairs`,
      String.raw`(?:un|united nations|u\.n\.) humanitarian (?:office|agency|affairs office)`,
    ],
  },
  {
    name: 'UNRWA',
    kind: 'un',
    aliases: [
      String.raw`\bunrwa\b`,
      String.raw`relief and works agency`,
      String.raw`(?:un|u\.n\.|united nations) (?:agency|relief agency) for palestin(?:e|ian) refugees`,
      String.raw`(?:un|u\.n\.|united nations) palestinian refugee agency`,
    ],
  },
  {
    name: 'World Health Organization',
    kind: 'un',
    // "WHO" itself is told from the pronoun by its capitals, in canonicalSource.
    aliases: [String.raw`world health organi[sz]ation`],
  },
  {
    name: 'UNICEF',
    kind: 'un',
    aliases: [String.raw`\bunicef\b`, String.raw`children['’]?s fund`],
  },
  {
    name: 'UN Human Rights Office',
    kind: 'un',
    aliases: [
      String.raw`\bohchr\b`,
      String.raw`(?:un|u\.n\.|united nations) (?:human rights office|office of the high commissioner for human rights|rights office)`,
      String.raw`high commissioner for human rights`,
    ],
  },
  {
    name: 'WAFA',
    kind: 'ngo',
    aliases: [String.raw`\bwafa\b`],
  },
  {
    name: 'United Nations',
    kind: 'un',
    aliases: [String.raw`\bunited nations\b`, String.raw`\bu\.?n\.?\b(?! (?:security council))`],
  },
  {
    name: 'Hostages and Missing Families Forum',
    kind: 'ngo',
    aliases: [String.raw`(?:hostages?|hostage) (?:and missing )?famil(?:y|ies)['’]? forum`],
  },
  {
    name: 'Palestinian Red Crescent',
    kind: 'ngo',
    aliases: [String.raw`red crescent`, String.raw`\bprcs\b`],
  },
  {
    name: 'International Committee of the Red Cross',
    kind: 'ngo',
    aliases: [String.raw`red cross`, String.raw`\bicrc\b`],
  },
  {
    name: 'Gaza Civil Defence',
    kind: 'government',
    aliases: [String.raw`civil defen[cs]e`],
  },
  {
    name: 'Palestinian Islamic Jihad',
    kind: 'group',
    aliases: [String.raw`islamic jihad`, String.raw`al-quds brigades`],
  },
  {
    name: 'Hamas',
    kind: 'group',
    aliases: [String.raw`\bhamas\b`],
  },
  {
    name: 'Israeli police',
    kind: 'government',
    aliases: [String.raw`(?:israeli|israel['’]?s) police`, String.raw`police spokes`],
  },
  {
    name: 'Magen David Adom',
    kind: 'ngo',
    aliases: [String.raw`magen david adom`, String.raw`\bmda\b`],
  },
  {
    name: 'Israeli government',
    kind: 'government',
    aliases: [
      String.raw`(?:israeli|israel['’]?s) (?:government|officials?|authorities|authority|sources?|cabinet|figures|tally|count|statistics)`,
      String.raw`government of israel`,
      String.raw`^israel$`,
    ],
  },
];

const WHO = KNOWN_SOURCES.find((s) => s.name === 'World Health Organization') ?? null;

/** Lower case, curly quotes straight, runs of spaces one, a leading "the" dropped. */
export function foldSourceText(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

const COMPILED = KNOWN_SOURCES.map((source) => ({
  source,
  pattern: new RegExp(source.aliases.join('|')),
}));

/**
 * Answers of knownSourceOf by text: it is asked of every figure's attribution and every body a
 * paragraph names, and those are a few phrases said over and over ("the ministry"). A cache of
 * a pure function's answers, emptied when it grows large.
 */
const KNOWN_BY_TEXT = new Map<string, KnownSource | null>();

/** The known body an attribution names, if any. */
export function knownSourceOf(attribution: string): KnownSource | null {
  const cached = KNOWN_BY_TEXT.get(attribution);
  if (cached !== undefined) return cached;
  if (KNOWN_BY_TEXT.size >= 4096) KNOWN_BY_TEXT.clear();
  const known = findKnownSource(attribution);
  KNOWN_BY_TEXT.set(attribution, known);
  return known;
}

function findKnownSource(attribution: string): KnownSource | null {
  const folded = foldSourceText(attribution);
  for (const { source, pattern } of COMPILED) if (pattern.test(folded)) return source;
  return null;
}

/** Bare references that name a kind of body, not which one: "the ministry", "the army". */
const GENERIC: readonly { pattern: RegExp; kind: ReferenceKind; fallback?: string }[] = [
  {
    pattern:
      /^(?:palestinian |local )?(?:(?:health )?ministry|ministry of health|health (?:authorities|officials))$/,
    kind: 'ministry',
  },
  {
    pattern:
      /^(?:army|military|armed forces|forces|army's statement|military's statement|military statement)$/,
    kind: 'military',
    fallback: 'Israeli military',
  },
  { pattern: /^(?:group|militant group|movement|islamist group|militants)$/, kind: 'group' },
  { pattern: /^(?:agency|un agency|u\.n\. agency|relief agency)$/, kind: 'un' },
  { pattern: /^(?:office|media office|government media office)$/, kind: 'office' },
  // "the official said", "the spokesman added": the last body the article named.
  {
    pattern:
      /^(?:(?:senior |same |an? )?(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources))$/,
    kind: 'any',
  },
];

/**
 * The canonical source of an attribution. `earlier` gives the known bodies the article named
 * before the figure, oldest first (asked only for a bare reference): a bare "the ministry" is the ministry named last. An
 * attribution that names no known body keeps its own words, a leading "the" dropped.
 */
/**
 * `latestFirst` gives the bodies the text named before the attribution, the nearest first; it
 * is read only as far as a bare reference needs (an article can name hundreds), and is told the
 * kind of body looked for (it may give only the nearest body of that kind: the one taken).
 */
export function canonicalSource(
  attribution: string | null,
  latestFirst: (kind: ReferenceKind) => Iterable<KnownSource> = () => [],
  place: SourcePlace = null,
): string | null {
  if (attribution === null) return null;
  const { known, folded, generic } = readingOf(attribution);
  if (known) return known.name;
  if (generic) {
    // "the Palestinian health ministry" on a West Bank toll is Ramallah's, on Gaza's Gaza's.
    const ministryOfPlace =
      generic.kind === 'ministry' && /health|medical|ministry/.test(folded) && place
        ? MINISTRY_OF_PLACE[place]
        : undefined;
    if (ministryOfPlace && folded.startsWith('palestinian')) return ministryOfPlace;
    let named: KnownSource | undefined;
    for (const s of latestFirst(generic.kind)) {
      if (generic.kind === 'any' || s.kind === generic.kind) {
        named = s;
        break;
      }
    }
    if (named) return named.name;
    if (ministryOfPlace) return ministryOfPlace;
    if (generic.fallback) return generic.fallback;
  }
  return attribution.trim().replace(/^the\s+(?=\S)/i, '');
}

/** What an attribution's own words say: the body they name, or the kind of body they refer to. */
interface AttributionReading {
  known: KnownSource | null;
  folded: string;
  generic: (typeof GENERIC)[number] | undefined;
}

/** Readings by attribution: every figure asks, and articles repeat a few attributions. */
const READINGS = new Map<string, AttributionReading>();

function readingOf(attribution: string): AttributionReading {
  let reading = READINGS.get(attribution);
  if (!reading) {
    if (READINGS.size >= 4096) READINGS.clear();
    const known = /\bWHO\b/.test(attribution) ? WHO : knownSourceOf(attribution);
    const folded = foldSourceText(attribution);
    const generic = known ? undefined : GENERIC.find((g) => g.pattern.test(folded));
    READINGS.set(attribution, (reading = { known, folded, generic }));
  }
  return reading;
}

/** Where a figure's victims are, as far as the ministry that counts them goes. */
export type SourcePlace = 'gaza' | 'west_bank' | null;

const MINISTRY_OF_PLACE = {
  gaza: 'Gaza Health Ministry',
  west_bank: 'Palestinian Health Ministry (Ramallah)',
} as const;

const ANY_ALIAS = new RegExp(KNOWN_SOURCES.map((s) => `(?:${s.aliases.join('|')})`).join('|'), 'g');

/** Text folded as knownSourcesIn matches it: lower case, curly quotes straight. */
const foldInPlace = (text: string) => foldQuotes(text.toLowerCase());
/** Lower-case text with its curly quotes straight. */
const foldQuotes = (lower: string) => lower.replace(/[’‘`]/g, "'");

/** Literals one of which a text contains. */
type Clause = readonly string[];

/** What a piece of a pattern matches: every text it can (when few), and clauses it satisfies. */
interface Reading {
  exact: string[] | null;
  clauses: Clause[];
}

/** At most this many texts are listed for a piece; a longer list is read as clauses alone. */
const MOST_EXACT = 256;

/**
 * Clauses that every match of a pattern satisfies (it contains a literal of each), or null
 * when the pattern's syntax is beyond this reading (then nothing is ruled out). Reads groups,
 * alternatives, classes, escapes, quantifiers and assertions: enough for the aliases above.
 * Runs of pieces with few texts are spelled out whole ("israeli police", "israel's police").
 */
export function requiredLiterals(source: string): Clause[] | null {
  let at = 0;
  const alternatives = (): Reading | null => {
    const branches: Reading[] = [];
    for (;;) {
      const branch = sequence();
      if (!branch) return null;
      branches.push(branch);
      if (source[at] !== '|') break;
      at++;
    }
    if (branches.length === 1) return branches[0] ?? null;
    const exact: string[] = [];
    for (const b of branches) if (b.exact) exact.push(...b.exact);
    // Of several branches, one holds: each is known by its most telling clause.
    const union: string[] = [];
    for (const branch of branches) {
      const best = branch.exact ?? mostTelling(branch.clauses);
      if (!best || best.includes('')) return { exact: null, clauses: [] };
      union.push(...best);
    }
    const finite = branches.every((b) => b.exact) && exact.length <= MOST_EXACT;
    return { exact: finite ? [...new Set(exact)] : null, clauses: [union] };
  };
  // One branch: the texts of runs of pieces with few texts, and the clauses of the others.
  const sequence = (): Reading | null => {
    const clauses: Clause[] = [];
    let run: string[] = [''];
    let whole: string[] | null = [''];
    const endRun = () => {
      if (!run.includes('')) clauses.push(run);
      run = [''];
    };
    const times = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => x + y));
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const c = source[at] ?? '';
      let piece: Reading;
      if (c === '(') {
        at++;
        const lookaround = /^\?(?:[=!]|<[=!])/.exec(source.slice(at));
        if (source.startsWith('?:', at)) at += 2;
        else if (lookaround) at += lookaround[0].length;
        else if (source[at] === '?') return null;
        const group = alternatives();
        if (!group || source[at] !== ')') return null;
        at++;
        // A lookaround reads text without taking it: it matches the empty text here.
        piece = lookaround ? { exact: [''], clauses: [] } : group;
      } else if (c === '[') {
        const close = /^\[(?:\\.|[^\]\\])*\]/.exec(source.slice(at));
        if (!close) return null;
        at += close[0].length;
        // A class of a few plain characters ("[cs]", "['’]") is each of them (code units, as
        // the aliases are matched without the u flag).
        const chars = /^\[([^\]\\^-]+)\]$/.exec(close[0])?.[1];
        piece = { exact: chars ? chars.split('') : null, clauses: [] };
      } else if (c === '\\') {
        const e = source[at + 1] ?? '';
        at += 2;
        if (/[bB]/.test(e)) piece = { exact: [''], clauses: [] };
        else if (/[wWdDsS]/.test(e)) piece = { exact: null, clauses: [] };
        else if (/[a-zA-Z0-9]/.test(e)) return null;
        else piece = { exact: [e], clauses: [] };
      } else if ('*+?{'.includes(c)) {
        return null;
      } else {
        at++;
        piece = { exact: c === '^' || c === '$' ? [''] : c === '.' ? null : [c], clauses: [] };
      }
      const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at));
      if (quantifier) {
        at += quantifier[0].length;
        const least = quantifier[0].startsWith('+') ? 1 : Number(quantifier[1] ?? 0);
        // "x?" is x or nothing; any other repeat is read by its clauses (and x's texts, once).
        if (quantifier[0].startsWith('?') && piece.exact)
          piece = { exact: [...piece.exact, ''], clauses: [] };
        else {
          const own = piece.exact && !piece.exact.includes('') ? [piece.exact] : [];
          piece = { exact: null, clauses: least === 0 ? [] : [...own, ...piece.clauses] };
        }
      }
      whole = whole && piece.exact ? times(whole, piece.exact) : null;
      if (whole && whole.length > MOST_EXACT) whole = null;
      if (piece.exact && run.length * piece.exact.length <= MOST_EXACT) {
        run = times(run, piece.exact);
        continue;
      }
      endRun();
      if (piece.exact) run = piece.exact;
      else clauses.push(...piece.clauses);
    }
    endRun();
    return { exact: whole ? [...new Set(whole)] : null, clauses };
  };
  const found = alternatives();
  if (!found || at !== source.length) return null;
  return found.exact ? (found.exact.includes('') ? [] : [found.exact]) : found.clauses;
}

/** The clause whose shortest literal is longest: it rules out the most text. */
function mostTelling(clauses: readonly Clause[]): Clause | undefined {
  return [...clauses].sort((a, b) => shortest(b) - shortest(a))[0];
}

const shortest = (c: Clause) => Math.min(...c.map((l) => l.length));

/** The tests of one kind of body's aliases, its clauses shared between them. */
interface KindTest {
  /** Each clause as one pattern of its literals (a clause can list a hundred). */
  clauses: RegExp[];
  /** Each alias as indexes into `clauses`, the most telling first (a paragraph fails fast). */
  aliases: number[][];
  /** Whether a literal holds a quote: only then is the text's quotes folded before the test. */
  quotes: boolean;
  /** Words one of which any text naming a body of the kind holds (null: none known). */
  anchors: readonly string[] | null;
}

/**
 * Words one of which every name of a kind of body holds ("health" or "medical" in each name of
 * a health ministry): a text with none of them names no body of the kind, and is passed over
 * without matching the aliases along it. Kept for a kind only where every alias has a clause
 * whose literals all hold one (checked below), so a new alias cannot be missed.
 */
const KIND_ANCHORS: Partial<Record<SourceKind, readonly string[]>> = {
  ministry: ['health', 'medical'],
  military: ['idf', 'forces', 'military', 'army', 'troops', 'hagari'],
};

/**
 * For each kind of body, what its aliases require (null: some alias is beyond
 * requiredLiterals). A bare "the ministry" then passes over paragraphs that name no ministry
 * without matching every alias along them.
 */
const KIND_TESTS = new Map<SourceKind, KindTest | null>();
for (const source of KNOWN_SOURCES) {
  let test = KIND_TESTS.has(source.kind)
    ? KIND_TESTS.get(source.kind)
    : { clauses: [], aliases: [], quotes: false, anchors: KIND_ANCHORS[source.kind] ?? null };
  for (const alias of source.aliases) {
    const clauses = test ? requiredLiterals(alias) : null;
    if (!test || !clauses) {
      test = null;
      break;
    }
    const anchors = test.anchors;
    if (anchors && !clauses.some((c) => c.every((l) => anchors.some((a) => l.includes(a)))))
      test.anchors = null;
    const indexes: number[] = [];
    for (const clause of [...clauses].sort((a, b) => shortest(b) - shortest(a))) {
      const pattern = clause.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const at = test.clauses.findIndex((c) => c.source === pattern);
      indexes.push(at >= 0 ? at : test.clauses.push(new RegExp(pattern)) - 1);
      test.quotes ||= clause.some((l) => /['’‘`]/.test(l));
    }
    test.aliases.push(indexes);
  }
  KIND_TESTS.set(source.kind, test ?? null);
}

/**
 * A text with its lower case and its folding, each kept once made: an article asks of each
 * paragraph for several kinds.
 */
export interface CasedText {
  readonly text: string;
  lower?: string;
  folded?: string;
}

/** Whether a text may name a body of a kind: false only when it surely names none. */
export function mayNameKind(text: string | CasedText, kind: ReferenceKind): boolean {
  const test = kind === 'any' ? null : KIND_TESTS.get(kind);
  if (!test) return true;
  const cased = typeof text === 'string' ? { text } : text;
  // Without quotes in the literals, lower case finds them where the folded text would. The
  // anchors hold no quotes: they are looked for in lower case, and most texts go no further.
  const lower = (cased.lower ??= cased.text.toLowerCase());
  if (test.anchors && !test.anchors.some((a) => lower.includes(a))) return false;
  const folded = test.quotes ? (cased.folded ??= foldQuotes(lower)) : lower;
  // Each clause is looked for once: 1 found, 2 not found.
  const known = new Uint8Array(test.clauses.length);
  for (const alias of test.aliases) {
    let holds = true;
    for (const c of alias) {
      if (known[c] === 0) known[c] = test.clauses[c]?.test(folded) ? 1 : 2;
      if (known[c] === 2) {
        holds = false;
        break;
      }
    }
    if (holds) return true;
  }
  return false;
}

/** The known bodies a piece of text names, in the order it names them, and where each ends. */
export function knownSourcesIn(text: string): { source: KnownSource; end: number }[] {
  // Folding keeps every character in place, so offsets in it are offsets in the text.
  const folded = foldInPlace(text);
  const found: { source: KnownSource; end: number }[] = [];
  // exec, not matchAll: matchAll copies the pattern (and no alias matches the empty text).
  ANY_ALIAS.lastIndex = 0;
  for (let match = ANY_ALIAS.exec(folded); match; match = ANY_ALIAS.exec(folded)) {
    const source = knownSourceOf(match[0]);
    if (source) found.push({ source, end: match.index + match[0].length });
  }
  return found;
}
