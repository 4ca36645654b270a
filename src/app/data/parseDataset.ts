// Turns the text of dataset.json into a checked Dataset, or a DatasetLoadError that says in
// plain words what is wrong with it. Pure, so every broken-file case is unit-tested.
import { z } from 'zod';
import { datasetSchema, SCHEMA_VERSION, type Dataset } from '../../dataset/schema.ts';

// zod compiles validators with `new Function` unless told not to; the site's CSP forbids eval
// and even zod's probe for it would be reported as a violation.
z.config({ jitless: true });

export type DatasetProblem = 'missing' | 'network' | 'not-json' | 'schema-version' | 'invalid';

export class DatasetLoadError extends Error {
  readonly problem: DatasetProblem;
  /** Specifics for the curious: HTTP status, the first validation issues. */
  readonly details: string[];

  constructor(problem: DatasetProblem, message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.problem = problem;
    this.details = details;
  }
}

const MAX_DETAILS = 5;

export function parseDataset(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError(
      'not-json',
      'The dataset file is not valid JSON: it may be truncated or corrupted.',
      [error instanceof Error ? error.message : String(error)],
    );
  }
  const version =
    typeof json === 'object' && json !== null && 'schemaVersion' in json
      ? json.schemaVersion
      : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DatasetLoadError(
      'schema-version',
      `The dataset has schema version ${version === undefined ? 'none' : JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}.`,
      ['Rebuild it with `npm run build:data`, or use the dashboard that matches it.'],
    );
  }
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    throw new DatasetLoadError(
      'invalid',
      'The dataset does not match the expected format.',
      result.error.issues
        .slice(0, MAX_DETAILS)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = integrityProblems(result.data);
  if (problems.length > 0) {
    throw new DatasetLoadError(
      'invalid',
      'The dataset contradicts itself.',
      problems.slice(0, MAX_DETAILS),
    );
  }
  return result.data;
}

/** What zod cannot see: ids must be unique and figures must point at articles that exist. */
function integrityProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const articleIds = new Set<string>();
  for (const article of dataset.articles) {
    if (articleIds.has(article.id)) problems.push(`article id ${article.id} is used twice`);
    articleIds.add(article.id);
  }
  const figureIds = new Set<string>();
  for (const figure of dataset.figures) {
    if (figureIds.has(figure.id)) problems.push(`figure id ${figure.id} is used twice`);
    figureIds.add(figure.id);
    if (!articleIds.has(figure.articleId)) {
      problems.push(`figure ${figure.id} names article ${figure.articleId}, which is missing`);
    }
  }
  return problems;
}
