// Who the numbers come from (DATASET.md "Sources"): one checkbox per source with its figure
// count, and a field that narrows the list by name, since attributions that name no known body
// keep their own words and can be many. Nothing ticked means every source.
import { useId, useMemo, useState } from 'react';
import type { SourceInfo } from '../data/sourceKeys.ts';
import { normalizeForSearch } from './searchText.ts';
import { formatNumber } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';

interface Props {
  sources: readonly SourceInfo[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  setView: SetView;
}

const FIRST_SHOWN = 8;
/** Past three sources, a field finds one by name. */
const FIND_FROM = 3;

export function SourceFilter({ sources, counts, selected, setView }: Props) {
  const [showAll, setShowAll] = useState(false);
  const [find, setFind] = useState('');
  const id = useId();
  const place = useMemo(() => new Map(sources.map((s, i) => [s.key, i])), [sources]);
  // Names folded once per dataset, not at every keystroke: there can be thousands.
  const folded = useMemo(() => sources.map((s) => normalizeForSearch(s.label)), [sources]);
  const wanted = normalizeForSearch(find.trim());
  const matching =
    wanted === '' ? sources : sources.filter((_, i) => folded[i]?.includes(wanted) === true);
  // Ticked sources stay visible even when the list is cut short or narrowed by name.
  const shown =
    showAll || wanted !== ''
      ? matching
      : sources.filter((s, i) => i < FIRST_SHOWN || selected.includes(s.key));
  const ticked = sources.filter((s) => selected.includes(s.key) && !shown.includes(s));
  return (
    <fieldset className="mt-4 min-w-0">
      <legend className="text-sm font-semibold">Source</legend>
      <p className="muted text-xs">Who the number comes from, as the article attributes it.</p>
      {sources.length > FIND_FROM && (
        <label className="mt-1 block text-xs font-medium">
          Find a source
          {/* A text field, not a search box: the page's one search box is the sentences'. */}
          <input
            type="text"
            autoComplete="off"
            className="field mt-0.5"
            value={find}
            maxLength={100}
            onChange={(event) => {
              setFind(event.target.value);
            }}
          />
        </label>
      )}
      <ul className="mt-1 space-y-0.5">
        {[...ticked, ...shown].map((source) => {
          const box = `${id}-${place.get(source.key) ?? 0}`;
          const checked = selected.includes(source.key);
          return (
            <li key={source.key} className="flex items-center gap-2 text-sm">
              <input
                id={box}
                type="checkbox"
                className="size-4 shrink-0 accent-blue-700"
                checked={checked}
                aria-describedby={`${box}-count`}
                onChange={() => {
                  setView({
                    sources: checked
                      ? selected.filter((s) => s !== source.key)
                      : [...selected, source.key],
                  });
                }}
              />
              <label htmlFor={box} className="min-w-0 flex-1 py-0.5 [overflow-wrap:anywhere]">
                {source.label}
              </label>
              <span id={`${box}-count`} className="muted text-xs tabular-nums">
                {formatNumber(counts.get(source.key) ?? 0)}
                <span className="sr-only"> figures</span>
              </span>
            </li>
          );
        })}
      </ul>
      {wanted !== '' && matching.length === 0 && (
        <p className="muted mt-1 text-xs">No source by that name.</p>
      )}
      {wanted === '' && sources.length > FIRST_SHOWN && (
        <button
          type="button"
          className="btn-quiet mt-1 -ml-2"
          onClick={() => {
            setShowAll(!showAll);
          }}
        >
          {showAll ? 'Show fewer' : `Show all ${sources.length} sources`}
        </button>
      )}
    </fieldset>
  );
}
