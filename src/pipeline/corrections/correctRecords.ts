// corrections.json applied to the built articles, after extraction (fresh or from the cache)
// and before every output. Only the articles an entry names are parsed and written anew; the
// others' records go to the outputs as they are. Pure.
import type { Correction } from '../../dataset/corrections.ts';
import type {
  CorrectionsSummary,
  DroppedFigure,
  Rejected,
  UnmatchedCorrection,
} from '../../dataset/schema.ts';
import { readArticle, readFigures, recordArticle, type ArticleRecord } from '../articleRecord.ts';
import {
  correctArticle,
  type CorrectionOutcome,
  type NumberedCorrection,
} from './correctArticle.ts';

export interface CorrectedRecords {
  /** One record per job, as given where no entry names the article. */
  records: ArticleRecord[];
  dropped: DroppedFigure[];
  summary: CorrectionsSummary;
}

export const NO_CORRECTIONS: Omit<CorrectedRecords, 'records'> = {
  dropped: [],
  summary: { applied: 0, unmatched: [] },
};

export function correctRecords(
  jobs: readonly { id: string; file: string }[],
  records: readonly ArticleRecord[],
  corrections: readonly Correction[],
  rejected: readonly Rejected[] = [],
): CorrectedRecords {
  if (corrections.length === 0) return { records: [...records], ...NO_CORRECTIONS };
  const byFile = new Map<string, NumberedCorrection[]>();
  corrections.forEach((correction, index) => {
    const list = byFile.get(correction.article) ?? [];
    list.push({ index, correction });
    byFile.set(correction.article, list);
  });
  const outcomes: CorrectionOutcome[] = [];
  const dropped: DroppedFigure[] = [];
  const corrected = records.map((record, i) => {
    const job = jobs[i];
    const entries = job ? byFile.get(job.file) : undefined;
    if (!job || !entries) return record;
    byFile.delete(job.file);
    const article = readArticle(record);
    const result = correctArticle(
      { id: job.id, published: article.published, paragraphs: article.paragraphs },
      readFigures(record),
      entries,
    );
    outcomes.push(...result.outcomes);
    dropped.push(...result.dropped);
    return recordArticle({ article, figures: result.figures });
  });
  // What is left names no article of the input.
  const rejectedWhy = new Map(rejected.map((r) => [r.file, r.reason]));
  for (const [file, entries] of byFile) {
    const reason = rejectedWhy.get(file);
    const why =
      reason === undefined
        ? 'no figure there: no such article in the input (renamed or deleted?)'
        : `no figure there: the article was not read (${reason})`;
    for (const { index } of entries) outcomes.push({ index, why });
  }
  const unmatched: UnmatchedCorrection[] = [];
  let applied = 0;
  for (const outcome of outcomes.sort((a, b) => a.index - b.index)) {
    if ('applied' in outcome) {
      applied++;
      continue;
    }
    const { article, quote, number } = corrections[outcome.index] as Correction;
    unmatched.push({ index: outcome.index, article, quote, number, why: outcome.why });
  }
  return { records: corrected, dropped, summary: { applied, unmatched } };
}
