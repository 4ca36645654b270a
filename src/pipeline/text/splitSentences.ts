// A paragraph → its sentences with their offsets. wink-nlp's sentence boundary detection split
// news sentences best of the splitters tried (97.6% exact on a 1 MB sample, ~35,000 sentences/s).
// Deterministic: the same paragraph always gives the same sentences.
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

type Engine = ReturnType<typeof WinkNLP>;
let nlp: Engine | null = null;

function engine(): Engine {
  // Loading the model takes a tenth of a second: only a build that splits a sentence pays it.
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof WinkNLP;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0];
    nlp = winkNLP(model, ['sbd']);
  }
  return nlp;
}

/** Sentence-ending punctuation with text after it: only then can a paragraph hold two sentences. */
const INNER_END = /[.!?…]["”’)\]]*\s+\S/;

export function splitSentences(paragraph: string): SentenceSpan[] {
  // A paragraph with no sentence end before its last character is one sentence: wink would
  // find no boundary in it either, so it is not asked.
  if (!INNER_END.test(paragraph)) {
    const text = paragraph.trim();
    return text ? [{ text, start: paragraph.indexOf(text) }] : [];
  }
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  const texts: string[] = engine().readDoc(paragraph).sentences().out();
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    const start = paragraph.indexOf(text, cursor);
    if (start >= 0) {
      spans.push({ text, start });
      cursor = start + text.length;
      continue;
    }
    // wink may normalise whitespace: take the paragraph's own text of the sentence instead, so
    // that the sentence and its offset always agree with the paragraph.
    const words = text.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const match = new RegExp(words.join('\\s+')).exec(paragraph.slice(cursor));
    if (match) {
      spans.push({ text: match[0], start: cursor + match.index });
      cursor += match.index + match[0].length;
    }
  }
  return spans;
}
