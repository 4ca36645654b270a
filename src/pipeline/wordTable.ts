// Word tables read by a text's own words: with no prototype, so that "constructor" or
// "toString" in an article finds nothing (a plain object's inherited functions made a capitalised
// "Constructor" read as a relative day, and crashed the day's arithmetic). Pure.

/** The entries as a table with no inherited keys. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
