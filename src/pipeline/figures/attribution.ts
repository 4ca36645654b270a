// Who a sentence says its numbers come from: "according to Israeli authorities", "as reported by
// local health officials", "the Gaza-based Health Ministry said", "said el-Reshiq". Pure.

const VERBS =
  'said|says|say|reported|reports|told|tells|estimates|estimated|believes|believed|announced|announces|confirmed|confirms|stated|states|claimed|claims|added|noted|wrote|counted|tallied';
const SOURCE_NOUNS =
  'ministry|officials|official|authorities|agency|military|army|police|office|government|spokesman|spokeswoman|spokesperson|source|sources|statement|group|movement|organization|organisation|forces|media|report|figures|data|ambassador|envoy|minister|president|diplomat|mediators';
const PRONOUNS = /^(?:he|she|they|it|we|i|you|this|that|which|who)$/i;

const PATTERNS: readonly RegExp[] = [
  /\baccording to (?:the )?(?:latest |new |updated )?(?:(?:numbers|figures|data|counts?|tallies|estimates) (?:from|by|of) )?(?<who>[^,.;:()“”"]{2,80})/i,
  /\bas (?:reported|stated|announced|confirmed|cited) by (?<who>[^,.;:()“”"]{2,80})/i,
  /\b(?:as per|citing|cited by|quoting) (?<who>[^,.;:()“”"]{2,80})/i,
  new RegExp(
    `(?<who>(?:[A-Z][\\w'’.-]*|the|The|local|senior|[a-z]+-(?:run|based|led))(?:[ -](?:[A-Z][\\w'’.-]*|of|the|for|al|el|in|health|local|senior|Hamas-run|(?:${SOURCE_NOUNS})))*?)\\s+(?:${VERBS})\\b`,
  ),
  new RegExp(
    `\\b(?:${VERBS})(?: on \\w+day| \\w+day)?,?\\s+(?<who>(?:the )?(?:[A-Z][\\w'’-]*|el-[\\w'’-]+|al-[\\w'’-]+)(?:[ -][A-Z][\\w'’-]*)*)`,
  ),
];

function tidy(who: string): string | null {
  const text = who
    .replace(/\s+(?:which|who|that|in a statement|on \w+day|\w+day)\b.*$/i, '')
    .replace(/^(?:that|and|but)\s+/i, '')
    .trim();
  if (!text || PRONOUNS.test(text) || text.split(/\s+/).length > 10) return null;
  if (!/[A-Z]/.test(text) && !new RegExp(`\\b(?:${SOURCE_NOUNS})\\b`, 'i').test(text)) return null;
  return text;
}

export function attributionOf(sentence: string): string | null {
  for (const pattern of PATTERNS) {
    const who = pattern.exec(sentence)?.groups?.who;
    if (!who) continue;
    const tidied = tidy(who);
    if (tidied) return tidied;
  }
  return null;
}
