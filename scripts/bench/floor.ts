// The floor for bench:data: read every file of a folder and split it into sentences, nothing
// else. Prints {"seconds"} for that work alone (start-up excluded).
import { readCorpus } from '../../src/pipeline/io.ts';
import { splitSentences } from '../../src/pipeline/text/splitSentences.ts';

const root = process.argv[2] ?? 'bench-out/corpus';
splitSentences('Load the model first.');
const started = performance.now();
const corpus = await readCorpus(root);
let sentences = 0;
const decoder = new TextDecoder();
for (const { bytes } of corpus.files) {
  for (const paragraph of decoder.decode(bytes).split(/\n\s*\n/))
    sentences += splitSentences(paragraph).length;
}
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, sentences }));
