// The codes of index.json's figure columns (see appData.ts): qualifier, modality and scope are
// written as their index in these lists; and the file's layout. Plain constants, so the
// extractor, which writes the columns, and the schema that checks them (appDataSchema.ts) share
// them without zod in the extractor.

/** index.json's layout: 2 is figures as columns with the sentences in sentences.json. */
export const APP_INDEX_FORMAT = 2;

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export const MODALITIES = ['reported', 'proposed'] as const;
export const SCOPES = ['total', 'incident'] as const;
