// Loads wink-nlp's sentence model (a tenth of a second) before the first article that needs
// it, at a moment the thread would otherwise wait for the disk. Results do not change: the
// model is the same whenever it loads.
import { splitSentences } from './text/splitSentences.ts';

export function loadSentenceModel(): void {
  // Only wink can split this one ("Mr." is not a plain sentence end), so it loads the model.
  splitSentences('Mr. Smith came. He spoke.');
}
