// zod schemas of the dashboard's files (see appData.ts): the app validates what it loads.
import { z } from 'zod';
import { METRIC_IDS } from './metrics.ts';
import { correctionSchema } from './corrections.ts';
import { warEventSchema } from './events.ts';
import { MODALITIES, QUALIFIERS, SCOPES } from './rowCodes.ts';
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
const figureRowSchema = z.tuple([
  nat,
  nat,
  nat.max(METRIC_IDS.length - 1),
  z.number().positive(),
  z.string().min(1),
  nat.max(QUALIFIERS.length - 1),
  nat.max(MODALITIES.length - 1),
  nat.max(SCOPES.length - 1),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  z.string().nullable(),
  nat,
  nat,
  nat,
  nat,
  z.string().nullable(),
]);

const indexArticleSchema = articleSchema.omit({ paragraphs: true }).extend({
  shard: nat,
  sentences: z.array(z.string()),
  figures: z.array(figureRowSchema),
  /** [row number, review] for the article's reviewed figures; absent when there are none. */
  reviews: z.array(z.tuple([nat, figureReviewSchema])).optional(),
});
export type IndexArticle = z.infer<typeof indexArticleSchema>;

export const appIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  metrics: z.array(metricSchema),
  articles: z.array(indexArticleSchema),
  rejected: z.array(rejectedSchema),
  // Review by hand (DATASET.md "Corrections"): what was taken out, the summary, and the entries
  // of corrections.json as the build read them (the dashboard merges suggestions into them).
  dropped: z.array(droppedFigureSchema).optional(),
  corrections: correctionsSummarySchema.extend({ entries: z.array(correctionSchema) }).optional(),
  // The war's events the charts mark (data/events.json), by day.
  events: z.array(warEventSchema).optional(),
});
export type AppIndex = z.infer<typeof appIndexSchema>;

export const articleShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.record(z.string(), z.array(z.string())),
});
export type ArticleShard = z.infer<typeof articleShardSchema>;
