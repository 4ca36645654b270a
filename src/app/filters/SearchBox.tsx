// Free-text search over sentences and who gave each figure (see searchText.ts). Each keystroke replaces the URL rather than adding a
// history entry, so Back leaves the search instead of unspelling it.
import type { SetView } from '../url/useViewState.ts';
import { MAX_SEARCH_LENGTH } from '../url/viewState.ts';

export function SearchBox({ value, setView }: { value: string; setView: SetView }) {
  return (
    <div className="mt-3" role="search">
      <label htmlFor="search" className="text-sm font-medium">
        Search sentences and sources
      </label>
      <input
        id="search"
        type="search"
        className="field mt-1"
        placeholder="e.g. health ministry, 28473"
        maxLength={MAX_SEARCH_LENGTH}
        autoComplete="off"
        value={value}
        onChange={(event) => {
          setView({ q: event.target.value }, 'replace');
        }}
      />
    </div>
  );
}
