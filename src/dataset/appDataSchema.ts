// zod schemas of the dashboard's files (see appData.ts): the app validates what it loads.
import { z } from 'zod';
import { METRIC_IDS } from './metrics.ts';
import { correctionSchema } from './corrections.ts';
import { warEventSchema } from './events.ts';
import { APP_INDEX_FORMAT, MODALITIES, QUALIFIERS, SCOPES } from './rowCodes.ts';
import {
  articleSchema,
  correctionsSummarySchema,
  droppedFigureSchema,
  figureReviewSchema,
  metricSchema,
  rejectedSchema,
  SCHEMA_VERSION,
} from './schema.ts';

const nat = z.number().int().nonnegative();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** index.json's figures, one array per field (see FIGURE_COLUMNS in appData.ts). */
const figureColumnsSchema = z.object({
  paragraph: z.array(nat),
  n: z.array(nat),
  metric: z.array(nat.max(METRIC_IDS.length - 1)),
  value: z.array(z.number().positive()),
  text: z.array(z.string().min(1)),
  qualifier: z.array(nat.max(QUALIFIERS.length - 1)),
  modality: z.array(nat.max(MODALITIES.length - 1)),
  scope: z.array(nat.max(SCOPES.length - 1)),
  asOf: z.array(isoDay),
  attribution: z.array(z.string().nullable()),
  sentence: z.array(nat),
  start: z.array(nat),
  end: z.array(nat),
  sentenceStart: z.array(nat),
  source: z.array(z.string().nullable()),
});

const indexArticleSchema = articleSchema.omit({ paragraphs: true }).extend({
  shard: nat,
  /** How many figures (rows of the columns) and distinct sentences are the article's. */
  figureCount: nat,
  sentenceCount: nat,
  /** [row number, review] for the article's reviewed figures; absent when there are none. */
  reviews: z.array(z.tuple([nat, figureReviewSchema])).optional(),
});
export type IndexArticle = z.infer<typeof indexArticleSchema>;

export const appIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  indexFormat: z.literal(APP_INDEX_FORMAT),
  metrics: z.array(metricSchema),
  articles: z.array(indexArticleSchema),
  figures: figureColumnsSchema,
  rejected: z.array(rejectedSchema),
  // Review by hand (DATASET.md "Corrections"): what was taken out, the summary, and the entries
  // of corrections.json as the build read them (the dashboard merges suggestions into them).
  dropped: z.array(droppedFigureSchema).optional(),
  corrections: correctionsSummarySchema.extend({ entries: z.array(correctionSchema) }).optional(),
  // The war's events the charts mark (data/events.json), by day.
  events: z.array(warEventSchema).optional(),
});
export type AppIndex = z.infer<typeof appIndexSchema>;

export const appSentencesSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sentences: z.array(z.string().min(1)),
});
export type AppSentences = z.infer<typeof appSentencesSchema>;

export const articleShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.record(z.string(), z.array(z.string())),
});
export type ArticleShard = z.infer<typeof articleShardSchema>;
