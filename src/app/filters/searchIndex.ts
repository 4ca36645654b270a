// Text search over 100,000 figures without scanning 100,000 strings per keystroke: figures
// share sentences, so each distinct folded "sentence" (a figure's searchable text: its
// sentence and who gave it, see searchText.ts) is stored once, all of them joined in one
// string that indexOf runs through, and each word's matches are remembered. Typing "minis"
// after "mini" only re-checks the sentences "mini" matched; and the matches of every single
// letter and digit, worked out while the page is idle (prepareLetter), make the first
// keystroke a look-up and narrow the second to the sentences with its rarest letter.
export interface SearchIndex {
  /** Per figure: which distinct sentence it comes from. */
  sentenceOf: Uint32Array;
  /** The distinct folded sentences. */
  sentences: string[];
  /** Every sentence joined by "\n": a search term never holds whitespace, so never spans two. */
  text: string;
  /** Where each sentence starts in `text`. */
  starts: Uint32Array;
  /** Term → one byte per sentence, 1 where the sentence holds the term; and how many do. */
  cache: Map<string, Matches>;
  /** The same for single characters, kept for good (see prepareLetter). */
  letters: Map<string, Matches>;
}

export interface Matches {
  mask: Uint8Array;
  count: number;
}

/** The characters a search usually starts with, most common first. */
export const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz0123456789';

const CACHE_SIZE = 64;

const SLICE = 5000;

/**
 * Builds the index of `count` figures' sentences (`sentenceOf(i)`, folded by `fold`) a slice at
 * a time: the caller runs it to the end, or one slice per idle moment (useIdleSearchIndex).
 * Each distinct sentence is folded once.
 */
export function* searchIndexSteps(
  count: number,
  sentenceOf: (i: number) => string,
  fold: (sentence: string) => string,
): Generator<void, SearchIndex, void> {
  const ids = new Map<string, number>();
  const sentences: string[] = [];
  const of = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    const sentence = sentenceOf(i);
    let id = ids.get(sentence);
    if (id === undefined) {
      id = sentences.push(fold(sentence)) - 1;
      ids.set(sentence, id);
    }
    of[i] = id;
    if (i % SLICE === SLICE - 1) yield;
  }
  const starts = new Uint32Array(sentences.length);
  let offset = 0;
  sentences.forEach((sentence, i) => {
    starts[i] = offset;
    offset += sentence.length + 1;
  });
  yield;
  return {
    sentenceOf: of,
    sentences,
    text: sentences.join('\n'),
    starts,
    cache: new Map(),
    letters: new Map(),
  };
}

/** Runs steps to their end. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** folded: each figure's sentence, already folded by normalizeForSearch. */
export function buildSearchIndex(folded: readonly string[]): SearchIndex {
  return runToEnd(
    searchIndexSteps(
      folded.length,
      (i) => folded[i] ?? '',
      (sentence) => sentence,
    ),
  );
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

/** Every sentence that holds the term, by scanning the joined text. */
function scan(index: SearchIndex, term: string): Matches {
  const mask = new Uint8Array(index.sentences.length);
  let count = 0;
  let at = index.text.indexOf(term);
  while (at !== -1) {
    const s = sentenceAt(index.starts, at);
    mask[s] = 1;
    count += 1;
    const next = index.starts[s + 1];
    if (next === undefined) break;
    at = index.text.indexOf(term, next);
  }
  return { mask, count };
}

/** The sentences of `within` that hold the term. */
function narrow(index: SearchIndex, term: string, within: Matches): Matches {
  const mask = new Uint8Array(index.sentences.length);
  let count = 0;
  for (let s = 0; s < mask.length; s += 1) {
    if (within.mask[s] === 1 && (index.sentences[s] ?? '').includes(term)) {
      mask[s] = 1;
      count += 1;
    }
  }
  return { mask, count };
}

/** Works out, once, which sentences hold a single character (while the page is idle). */
export function prepareLetter(index: SearchIndex, letter: string): void {
  if (!index.letters.has(letter)) index.letters.set(letter, scan(index, letter));
}

/** One byte per distinct sentence: 1 where it contains the (folded, non-empty) term. */
export function sentencesMatching(index: SearchIndex, term: string): Uint8Array {
  const known = index.cache.get(term) ?? index.letters.get(term);
  if (known) return known.mask;
  // A remembered term or letter inside this one has matched a superset: check only those,
  // starting from the fewest.
  let within: Matches | undefined;
  for (const [other, matches] of [...index.cache, ...index.letters]) {
    if ((!within || matches.count < within.count) && term.includes(other)) within = matches;
  }
  const matches = within ? narrow(index, term, within) : scan(index, term);
  if (index.cache.size >= CACHE_SIZE) {
    const oldest = index.cache.keys().next().value;
    if (oldest !== undefined) index.cache.delete(oldest);
  }
  index.cache.set(term, matches);
  return matches.mask;
}
