// The codes of index.json's figure rows (see appData.ts): qualifier, modality and scope are
// written as their index in these lists. Plain constants, so the extractor, which writes rows,
// and the schema that checks them (appDataSchema.ts) share them without zod in the extractor.
export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export const MODALITIES = ['reported', 'proposed'] as const;
export const SCOPES = ['total', 'incident'] as const;
