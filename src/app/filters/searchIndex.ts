// Text search over 100,000 figures without scanning 100,000 strings per keystroke: figures
// share sentences, so each distinct folded sentence is stored once, all of them joined in one
// string that indexOf runs through, and each word's matches are remembered. Typing "minis"
// after "mini" only re-checks the sentences "mini" matched.
export interface SearchIndex {
  /** Per figure: which distinct sentence it comes from. */
  sentenceOf: Uint32Array;
  /** The distinct folded sentences. */
  sentences: string[];
  /** Every sentence joined by "\n": a search term never holds whitespace, so never spans two. */
  text: string;
  /** Where each sentence starts in `text`. */
  starts: Uint32Array;
  /** Term → one byte per sentence, 1 where the sentence holds the term. */
  cache: Map<string, Uint8Array>;
}

const CACHE_SIZE = 64;

/** folded: each figure's sentence, already folded by normalizeForSearch. */
export function buildSearchIndex(folded: readonly string[]): SearchIndex {
  const ids = new Map<string, number>();
  const sentences: string[] = [];
  const sentenceOf = new Uint32Array(folded.length);
  folded.forEach((sentence, i) => {
    let id = ids.get(sentence);
    if (id === undefined) {
      id = sentences.push(sentence) - 1;
      ids.set(sentence, id);
    }
    sentenceOf[i] = id;
  });
  const starts = new Uint32Array(sentences.length);
  let offset = 0;
  sentences.forEach((sentence, i) => {
    starts[i] = offset;
    offset += sentence.length + 1;
  });
  return { sentenceOf, sentences, text: sentences.join('\n'), starts, cache: new Map() };
}

/** The sentence that holds position `at` of the joined text. */
function sentenceAt(starts: Uint32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** One byte per distinct sentence: 1 where it contains the (folded, non-empty) term. */
export function sentencesMatching(index: SearchIndex, term: string): Uint8Array {
  const cached = index.cache.get(term);
  if (cached) return cached;
  const mask = new Uint8Array(index.sentences.length);
  // A remembered shorter term inside this one has matched a superset: check only those.
  let narrower: Uint8Array | undefined;
  let narrowerLength = 0;
  for (const [known, knownMask] of index.cache) {
    if (known.length > narrowerLength && term.includes(known)) {
      narrower = knownMask;
      narrowerLength = known.length;
    }
  }
  if (narrower) {
    for (let s = 0; s < mask.length; s += 1) {
      if (narrower[s] === 1 && (index.sentences[s] ?? '').includes(term)) mask[s] = 1;
    }
  } else {
    let at = index.text.indexOf(term);
    while (at !== -1) {
      const s = sentenceAt(index.starts, at);
      mask[s] = 1;
      const next = index.starts[s + 1];
      if (next === undefined) break;
      at = index.text.indexOf(term, next);
    }
  }
  if (index.cache.size >= CACHE_SIZE) {
    const oldest = index.cache.keys().next().value;
    if (oldest !== undefined) index.cache.delete(oldest);
  }
  index.cache.set(term, mask);
  return mask;
}
