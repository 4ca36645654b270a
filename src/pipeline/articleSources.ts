// The bodies an article names, in order, so that a bare "the ministry" or "the army" in a
// figure's attribution resolves to the one named before it (DATASET.md "Sources"). Pure.
import type { MetricId } from '../dataset/metrics.ts';
import {
  canonicalSource,
  knownSourcesIn,
  type KnownSource,
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
  // Found on first need: most attributions name their body and never ask.
  let named: { paragraph: number; end: number; source: KnownSource }[] | undefined;
  const mentions = () =>
    (named ??= paragraphs.flatMap((text, paragraph) =>
      knownSourcesIn(text).map(({ source, end }) => ({ paragraph, end, source })),
    ));
  return {
    sourceOf(attribution, metric, paragraph, end) {
      if (attribution === null) return null;
      return canonicalSource(
        attribution,
        () =>
          mentions()
            .filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= end))
            .map((m) => m.source),
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
