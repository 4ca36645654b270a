// Search folds case and accents so "gaza" finds "Gaza" and "israeli" finds "Israëli".

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query; a figure matches when its sentence contains every one. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}
