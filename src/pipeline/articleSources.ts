// The bodies an article names, in order, so that a bare "the ministry" or "the army" in a
// figure's attribution resolves to the one named before it (DATASET.md "Sources"). Pure.
import type { MetricId } from '../dataset/metrics.ts';
import {
  canonicalSource,
  knownSourcesIn,
  mayNameKind,
  type CasedText,
  type KnownSource,
  type ReferenceKind,
  type SourcePlace,
} from '../dataset/sources.ts';

export interface ArticleSources {
  /** The source of a figure's attribution in paragraph `paragraph`, read up to offset `end`. */
  sourceOf(
    attribution: string | null,
    metric: MetricId,
    paragraph: number,
    end: number,
  ): string | null;
}

export function articleSources(paragraphs: readonly string[]): ArticleSources {
  // Each paragraph's bodies are found on first need, walking back from the figure: most
  // attributions name their body and never ask, and a bare one is usually resolved by the
  // paragraph it stands in or the one before.
  const named = new Map<number, { source: KnownSource; end: number }[]>();
  const bodiesOf = (paragraph: number) => {
    let found = named.get(paragraph);
    if (!found) {
      found = knownSourcesIn(paragraphs[paragraph] ?? '');
      named.set(paragraph, found);
    }
    return found;
  };
  // A bare reference looks for one kind of body: paragraphs whose words cannot name one are
  // passed over unread (asked once per paragraph and kind).
  const mayName = new Map<ReferenceKind, Map<number, boolean>>();
  // Each paragraph is lower-cased (and folded) once for all the kinds asked of it.
  const cased = new Map<number, CasedText>();
  const mayNameIn = (paragraph: number, kind: ReferenceKind) => {
    if (kind === 'any' || named.has(paragraph)) return true;
    let byParagraph = mayName.get(kind);
    if (!byParagraph) mayName.set(kind, (byParagraph = new Map<number, boolean>()));
    let may = byParagraph.get(paragraph);
    if (may === undefined) {
      let text = cased.get(paragraph);
      if (!text) cased.set(paragraph, (text = { text: paragraphs[paragraph] ?? '' }));
      byParagraph.set(paragraph, (may = mayNameKind(text, kind)));
    }
    return may;
  };
  /** The last body of a kind ('any': of any kind) paragraph p names, ending by `end`. */
  const lastIn = (p: number, kind: ReferenceKind, end: number): KnownSource | null => {
    if (!mayNameIn(p, kind)) return null;
    const bodies = bodiesOf(p);
    for (let i = bodies.length - 1; i >= 0; i--) {
      const body = bodies[i];
      if (body && body.end <= end && (kind === 'any' || body.source.kind === kind))
        return body.source;
    }
    return null;
  };
  // For each kind, the nearest body of it in paragraphs 0…q (null: none), as walked: figures
  // that ask again from further down walk back only to where an earlier walk ended.
  const nearestUpTo = new Map<ReferenceKind, (KnownSource | null)[]>();
  /** The nearest body of a kind before the figure: a bare reference resolves to it alone. */
  const nearest = (paragraph: number, end: number, kind: ReferenceKind): KnownSource | null => {
    const own = lastIn(paragraph, kind, end);
    if (own) return own;
    let upTo = nearestUpTo.get(kind);
    if (!upTo) nearestUpTo.set(kind, (upTo = []));
    let found: KnownSource | null = null;
    let q = paragraph - 1;
    for (; q >= 0; q--) {
      const known = upTo[q];
      if (known !== undefined) {
        found = known;
        break;
      }
      found = lastIn(q, kind, Infinity);
      if (found) break;
    }
    for (let r = Math.max(q, 0); r < paragraph; r++) upTo[r] = found;
    return found;
  };
  return {
    sourceOf(attribution, metric, paragraph, end) {
      if (attribution === null) return null;
      return canonicalSource(
        attribution,
        (kind) => {
          const source = nearest(paragraph, end, kind);
          return source ? [source] : [];
        },
        placeOf(metric),
      );
    },
  };
}

function placeOf(metric: MetricId): SourcePlace {
  if (metric.startsWith('gaza_')) return 'gaza';
  if (metric.startsWith('west_bank_')) return 'west_bank';
  return null;
}
