import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, type ViewState } from '../url/viewState.ts';
import { bibtexText, bibtexUrl, citationBibtex, citationText } from './citation.ts';
import { embedHeight, embedUrl, fullViewUrl, iframeCode, viewUrl } from './embedCode.ts';
import { describeView, viewSentence, viewTitle } from './viewInWords.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const BASE = 'https://example.org/figures/';
const known = {
  publishers: new Set(['CNN']),
  sources: new Set(['Gaza Health Ministry']),
  figureIds: new Set<string>(),
  articleIds: new Set(['a1']),
};

describe('the view in words', () => {
  it('names what is shown', () => {
    expect(viewTitle(DEFAULT_VIEW)).toBe('Casualty and hostage figures over time');
    expect(viewTitle(view({ chartView: 'table' }))).toBe(
      'Casualty and hostage figures over time (table)',
    );
    expect(viewTitle(view({ chartView: 'compare', metrics: ['gaza_killed'] }))).toBe(
      'Killed in Gaza by source',
    );
    expect(viewTitle(view({ chartView: 'compare', compareBy: 'publisher' }), 'hostages_held')).toBe(
      'Hostages still held by publisher',
    );
    expect(viewTitle(view({ embed: true, embedPanel: 'hostages' }))).toBe(
      'Hostages and prisoners over time',
    );
    expect(viewTitle(view({ embed: true, embedPanel: 'cards' }))).toBe('Latest reported totals');
  });

  it('says every filter and setting that changes what is shown', () => {
    expect(describeView(DEFAULT_VIEW)).toEqual([]);
    expect(viewSentence(DEFAULT_VIEW)).toBe('Casualty and hostage figures over time, every figure');
    expect(
      describeView(
        view({
          knownOn: '2024-02-13',
          publishers: ['CNN', '(unknown)'],
          sources: ['Gaza Health Ministry', '(none)'],
          metrics: ['gaza_killed'],
          from: '2023-11-01',
          modality: 'reported',
          kind: 'total',
          review: 'reviewed',
          scale: 'linear',
          timeAxis: 'published',
          group: true,
          events: false,
        }),
      ),
    ).toEqual([
      'as known on 13 Feb 2024',
      'publishers: CNN, Unknown publisher',
      'sources: Gaza Health Ministry, No source named',
      'metric: Killed in Gaza',
      'days from 1 Nov 2023',
      'reported figures only',
      'running totals only',
      'figures reviewed by hand only',
      'drawn at the day of publication',
      'linear scale',
      'repeated figures shown once',
      'without the war’s events',
    ]);
  });
});

describe('citation', () => {
  const cite = {
    view: 'Killed in Gaza by source, as known on 13 Feb 2024',
    url: `${BASE}?view=compare&metric=gaza_killed&known=2024-02-13`,
    accessed: '2025-03-04',
  };

  it('as plain text: title, the view, the day consulted and the address', () => {
    expect(citationText(cite)).toBe(
      'Conflict Figures. “Killed in Gaza by source, as known on 13 Feb 2024.” Figures as reported in news articles, not verified. Accessed 4 Mar 2025. https://example.org/figures/?view=compare&metric=gaza_killed&known=2024-02-13',
    );
  });

  it('as BibTeX, with LaTeX’s special characters escaped and the address intact', () => {
    const bib = citationBibtex(cite);
    expect(bib).toBe(`@misc{conflictfigures20250304,
  author       = {{Conflict Figures}},
  title        = {{Killed in Gaza by source, as known on 13 Feb 2024}},
  howpublished = {Dashboard view of figures as reported in news articles},
  year         = {2025},
  url          = {https://example.org/figures/?view=compare&metric=gaza_killed&known=2024-02-13},
  urldate      = {2025-03-04},
  note         = {Accessed 2025-03-04}
}
`);
    expect(bibtexText('search “50% & #1_{x}” \\ ~^$')).toBe(
      'search “50\\% \\& \\#1\\_\\{x\\}” \\textbackslash{} \\textasciitilde{}\\textasciicircum{}\\$',
    );
    expect(bibtexUrl('https://x.org/?q={a} b\\')).toBe('https://x.org/?q=%7Ba%7D%20b%5C');
    // Braces in a search stay balanced in the title.
    const hostile = citationBibtex({ ...cite, view: 'search “}{”' });
    expect(hostile).toContain('title        = {{search “\\}\\{”}}');
  });
});

describe('embed code', () => {
  it('builds the full view, the embedded view and the iframe from the view', () => {
    const shown = view({ chartView: 'table', sources: ['Gaza Health Ministry'], article: 'a1' });
    expect(viewUrl(BASE, DEFAULT_VIEW)).toBe(BASE);
    const src = embedUrl(BASE, shown, 'hostages');
    expect(src).toBe(`${BASE}?view=table&src=Gaza+Health+Ministry&embed=1&panel=hostages`);
    // The embedded view reads back as itself, and leads back to the full view.
    const embedded = parseViewState(new URL(src).search, known).value;
    expect(embedded).toEqual({ ...shown, article: null, embed: true, embedPanel: 'hostages' });
    expect(fullViewUrl(BASE, embedded)).toBe(`${BASE}?view=table&src=Gaza+Health+Ministry`);
    expect(iframeCode(src, 'Hostages "and" <prisoners>', 480)).toBe(
      `<iframe src="${BASE}?view=table&amp;src=Gaza+Health+Ministry&amp;embed=1&amp;panel=hostages" title="Hostages &quot;and&quot; &lt;prisoners>" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    );
    expect(embedHeight(DEFAULT_VIEW, 'cards')).toBeLessThan(embedHeight(shown, 'casualties'));
  });
});
