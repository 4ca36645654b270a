// The view state, read from and written to the URL through nuqs, which owns history: back and
// forward, pushing discrete changes and replacing while the user types.
import { createMultiParser, useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import {
  CODECS,
  validateView,
  type FieldCodec,
  type KnownValues,
  type ViewState,
} from './viewState.ts';

function withDefault<T extends string | boolean | string[]>(codec: FieldCodec<T>) {
  return createMultiParser<T>({
    parse: (values) => codec.parse(values).value,
    serialize: codec.serialize,
    eq: codec.eq,
  }).withDefault(codec.defaultValue);
}

function nullable(codec: FieldCodec<string | null>) {
  return createMultiParser<string>({
    parse: (values) => codec.parse(values).value,
    serialize: codec.serialize,
  });
}

const parsers = {
  publishers: withDefault(CODECS.publishers),
  metrics: withDefault(CODECS.metrics),
  from: nullable(CODECS.from),
  to: nullable(CODECS.to),
  modality: withDefault(CODECS.modality),
  kind: withDefault(CODECS.kind),
  review: withDefault(CODECS.review),
  q: withDefault(CODECS.q),
  undated: withDefault(CODECS.undated),
  scale: withDefault(CODECS.scale),
  sort: withDefault(CODECS.sort),
  chartView: withDefault(CODECS.chartView),
  figure: nullable(CODECS.figure),
  article: nullable(CODECS.article),
  sources: withDefault(CODECS.sources),
  knownOn: nullable(CODECS.knownOn),
  timeAxis: withDefault(CODECS.timeAxis),
  events: withDefault(CODECS.events),
  group: withDefault(CODECS.group),
  compareBy: withDefault(CODECS.compareBy),
  embed: withDefault(CODECS.embed),
  embedPanel: withDefault(CODECS.embedPanel),
};

const urlKeys = Object.fromEntries(
  Object.entries(CODECS).map(([field, codec]) => [field, codec.urlKey]),
) as Record<keyof ViewState, string>;

export type History = 'push' | 'replace';
export type SetView = (patch: Partial<ViewState>, history?: History) => void;

/** Whether the page is an embedded view (embed=1): known before the dataset is. */
export function useEmbedMode(): boolean {
  const [{ embed }] = useQueryStates({ embed: parsers.embed }, { urlKeys: { embed: 'embed' } });
  return embed;
}

/** The current view, cleaned of what the dataset cannot honour, and a setter. */
export function useViewState(known: KnownValues): [ViewState, SetView] {
  const [raw, setRaw] = useQueryStates(parsers, { urlKeys });
  // The same view keeps its identity: once nuqs has written a change to the address it reads
  // the address back, as a new object with the same values, and renders again; the memoized
  // parts of the page that take the view then have nothing to redraw.
  const key = useMemo(() => JSON.stringify(validateView(raw, known).value), [raw, known]);
  const view = useMemo(() => JSON.parse(key) as ViewState, [key]);
  const setView = useCallback<SetView>(
    (patch, history = 'push') => {
      void setRaw(patch, { history });
    },
    [setRaw],
  );
  return [view, setView];
}
