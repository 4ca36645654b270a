// The dataset contract of ../shared/spec/DATASET.md as a zod schema. The extractor's output
// is checked against it in tests; the app validates what it loads with it.
import { z } from 'zod';
import { METRIC_GROUPS, METRIC_IDS } from './metrics.ts';

export const SCHEMA_VERSION = 1;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const provenanceSchema = z.enum(['meta-file', 'front-matter', 'html-meta', 'text']);
export type Provenance = z.infer<typeof provenanceSchema>;

export const qualifierSchema = z.enum(['exact', 'approx', 'at_least', 'at_most']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const modalitySchema = z.enum(['reported', 'proposed']);
export type Modality = z.infer<typeof modalitySchema>;

export const scopeSchema = z.enum(['total', 'incident']);
export type Scope = z.infer<typeof scopeSchema>;

export const metricSchema = z.object({
  id: z.enum(METRIC_IDS),
  label: z.string(),
  group: z.enum(METRIC_GROUPS),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publisherFrom: provenanceSchema.nullable(),
  published: isoDay.nullable(),
  publishedFrom: provenanceSchema.nullable(),
  url: z.string().nullable(),
  /** Where each value above came from, in words, for the article view ("the byline", "a note"). */
  notes: z.array(z.string()),
  paragraphs: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof articleSchema>;

// What review by hand (corrections.json, see corrections.ts) leaves in the dataset.

/** The values of a figure a correction may change. */
export const correctableSchema = z.object({
  metric: z.enum(METRIC_IDS),
  value: z.number().positive(),
  qualifier: qualifierSchema,
  modality: modalitySchema,
  scope: scopeSchema,
  asOf: isoDay.nullable(),
  attribution: z.string().nullable(),
  source: z.string().nullable(),
});
export type Correctable = z.infer<typeof correctableSchema>;
export const CORRECTABLE_FIELDS = correctableSchema.keyof().options;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** Who reviewed, and when: optional in corrections.json, kept when given. */
const reviewerFields = { by: z.string().optional(), date: isoDay.optional() };

export const figureReviewSchema = z.object({
  action: z.enum(['set', 'add']),
  reason: z.string().min(1),
  /** The extracted values that changed (set); null for a figure the extractor missed (add). */
  original: correctableSchema.partial().nullable(),
  ...reviewerFields,
});
export type FigureReview = z.infer<typeof figureReviewSchema>;

export const dropReviewSchema = z.object({
  action: z.literal('drop'),
  reason: z.string().min(1),
  ...reviewerFields,
});
export type DropReview = z.infer<typeof dropReviewSchema>;

export const figureSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  metric: z.enum(METRIC_IDS),
  value: z.number().positive(),
  text: z.string().min(1),
  qualifier: qualifierSchema,
  modality: modalitySchema,
  scope: scopeSchema,
  asOf: isoDay.nullable(),
  attribution: z.string().nullable(),
  /** Who the number comes from, one canonical name per body; null exactly when attribution is. */
  source: z.string().nullable(),
  paragraph: z.number().int().nonnegative(),
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Where `sentence` starts in its paragraph (an extension of the contract). */
  sentenceStart: z.number().int().nonnegative(),
  /** Present when a person corrected or added the figure (DATASET.md "Corrections"). */
  review: figureReviewSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** A figure a correction took out of `figures`, with why. */
export const droppedFigureSchema = figureSchema.omit({ review: true }).extend({
  review: dropReviewSchema,
});
export type DroppedFigure = z.infer<typeof droppedFigureSchema>;

export const unmatchedCorrectionSchema = z.object({
  /** The entry's position in corrections.json, from 0. */
  index: z.number().int().nonnegative(),
  article: z.string(),
  quote: z.string(),
  number: z.string(),
  why: z.string(),
});
export type UnmatchedCorrection = z.infer<typeof unmatchedCorrectionSchema>;

export const correctionsSummarySchema = z.object({
  applied: z.number().int().nonnegative(),
  unmatched: z.array(unmatchedCorrectionSchema),
});
export type CorrectionsSummary = z.infer<typeof correctionsSummarySchema>;

export const rejectedSchema = z.object({ file: z.string(), reason: z.string() });
export type Rejected = z.infer<typeof rejectedSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  metrics: z.array(metricSchema),
  articles: z.array(articleSchema),
  figures: z.array(figureSchema),
  rejected: z.array(rejectedSchema),
  dropped: z.array(droppedFigureSchema),
  corrections: correctionsSummarySchema,
});
export type Dataset = z.infer<typeof datasetSchema>;
