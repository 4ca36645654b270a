// News outlets known by name: wire agencies, broadcasters and papers that report the war, with
// the names, initials and web addresses pages print for them. A name with a newsroom word in
// it ("Example Times") is recognised without this table; these are the names that carry none
// ("TASS", "The National", "Haaretz") or are known by an address ("TIMESOFINDIA.COM"). Pure.

export interface KnownOutlet {
  /** The name the outlet goes by. */
  name: string;
  /** Other names, initials and addresses, matched whole and regardless of case. */
  aliases: readonly string[];
}

/** Agencies whose copy other outlets carry under their own names. */
const WIRE_AGENCIES: readonly KnownOutlet[] = [
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press', 'apnews.com'] },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse', 'afp.com'] },
  { name: 'Reuters', aliases: ['Thomson Reuters', 'reuters.com'] },
  { name: 'TASS', aliases: ['ITAR-TASS', 'tass.com'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'xinhuanet.com', 'news.cn'] },
  { name: 'Sputnik', aliases: ['Sputnik International', 'sputnikglobe.com'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'aa.com.tr'] },
  { name: 'EFE', aliases: ['Agencia EFE', 'efe.com'] },
  { name: 'UPI', aliases: ['United Press International', 'upi.com'] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'] },
  { name: 'ANSA', aliases: [] },
  { name: 'WAFA', aliases: ['wafa.ps'] },
  { name: 'IRNA', aliases: ['irna.ir'] },
  { name: 'MENA', aliases: ['Middle East News Agency'] },
  { name: 'KUNA', aliases: ['Kuwait News Agency'] },
  { name: 'SPA', aliases: ['Saudi Press Agency'] },
  { name: 'QNA', aliases: ['Qatar News Agency'] },
  { name: 'WAM', aliases: ['Emirates News Agency'] },
  { name: 'BSS', aliases: ['Bangladesh Sangbad Sangstha'] },
  { name: 'APP', aliases: ['Associated Press of Pakistan'] },
  { name: 'PTI', aliases: ['Press Trust of India'] },
  { name: 'ANI', aliases: ['Asian News International'] },
  { name: 'IANS', aliases: [] },
  { name: 'Bernama', aliases: [] },
  { name: 'Yonhap', aliases: [] },
  { name: 'Kyodo', aliases: ['Kyodo News'] },
  { name: 'Antara', aliases: [] },
  { name: 'Interfax', aliases: [] },
  { name: 'Prensa Latina', aliases: [] },
  { name: 'JTA', aliases: ['Jewish Telegraphic Agency'] },
  { name: 'JNS', aliases: ['Jewish News Syndicate', 'JNS.org'] },
];

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  ...WIRE_AGENCIES,
  // Broadcasters
  { name: 'CNN', aliases: ['cnn.com'] },
  { name: 'BBC', aliases: ['BBC News', 'bbc.com', 'bbc.co.uk'] },
  { name: 'NPR', aliases: ['npr.org'] },
  { name: 'CBS News', aliases: ['CBS'] },
  { name: 'NBC News', aliases: ['NBC'] },
  { name: 'ABC News', aliases: ['ABC'] },
  { name: 'Sky News', aliases: [] },
  { name: 'France 24', aliases: ['france24.com'] },
  { name: 'DW', aliases: ['Deutsche Welle', 'dw.com'] },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'aljazeera.com'] },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya', 'alarabiya.net'] },
  { name: 'TRT World', aliases: ['trtworld.com'] },
  { name: 'i24NEWS', aliases: [] },
  { name: 'RFE/RL', aliases: ['Radio Free Europe/Radio Liberty'] },
  { name: 'Voice of America', aliases: ['VOA', 'voanews.com'] },
  { name: 'Euronews', aliases: ['euronews.com'] },
  { name: 'Press TV', aliases: ['presstv.ir'] },
  // Papers and news sites
  { name: 'The Times of Israel', aliases: ['Times of Israel', 'timesofisrael.com'] },
  { name: 'The Jerusalem Post', aliases: ['Jerusalem Post', 'jpost.com'] },
  { name: 'Haaretz', aliases: ['haaretz.com'] },
  { name: 'Ynetnews', aliases: ['Ynet', 'ynetnews.com'] },
  { name: 'Israel Hayom', aliases: ['israelhayom.com'] },
  { name: 'Arutz Sheva', aliases: ['Israel National News', 'israelnationalnews.com'] },
  { name: 'The National', aliases: ['thenationalnews.com'] },
  { name: 'Arab News', aliases: ['arabnews.com'] },
  { name: 'Gulf News', aliases: ['gulfnews.com'] },
  { name: 'Khaleej Times', aliases: ['khaleejtimes.com'] },
  { name: 'Al-Monitor', aliases: ['Al Monitor', 'al-monitor.com'] },
  { name: 'Middle East Eye', aliases: ['middleeasteye.net'] },
  { name: 'Middle East Monitor', aliases: ['MEMO', 'middleeastmonitor.com'] },
  { name: 'The New Arab', aliases: ['newarab.com'] },
  { name: 'Ahram Online', aliases: ['english.ahram.org.eg'] },
  { name: 'Daily Sabah', aliases: ['dailysabah.com'] },
  { name: 'Dawn', aliases: ['dawn.com'] },
  { name: 'The Times of India', aliases: ['Times of India', 'timesofindia.com', 'indiatimes.com'] },
  { name: 'Hindustan Times', aliases: ['hindustantimes.com'] },
  { name: 'The Hindu', aliases: ['thehindu.com'] },
  { name: 'NDTV', aliases: ['ndtv.com'] },
  { name: 'The Guardian', aliases: ['Guardian', 'theguardian.com'] },
  { name: 'The New York Times', aliases: ['New York Times', 'nytimes.com'] },
  { name: 'The Washington Post', aliases: ['Washington Post', 'washingtonpost.com'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'wsj.com'] },
  { name: 'Financial Times', aliases: ['ft.com'] },
  { name: 'Bloomberg', aliases: ['bloomberg.com'] },
  { name: 'Axios', aliases: ['axios.com'] },
  { name: 'Politico', aliases: ['politico.com'] },
  { name: 'Newsweek', aliases: ['newsweek.com'] },
  { name: 'Le Monde', aliases: ['lemonde.fr'] },
  { name: 'Der Spiegel', aliases: ['Spiegel', 'spiegel.de'] },
  { name: 'Global Times', aliases: ['globaltimes.cn'] },
  { name: 'South China Morning Post', aliases: ['SCMP', 'scmp.com'] },
  { name: 'Common Dreams', aliases: ['commondreams.org'] },
  { name: 'Mondoweiss', aliases: ['mondoweiss.net'] },
  { name: 'Novinite', aliases: ['novinite.com'] },
];

/** "www.example.com", "EXAMPLE.COM": a web address standing for its site. */
const ADDRESS = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}$/i;

const fold = (text: string) =>
  text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    // "THE EXAMPLE JOURNAL.": a masthead or credit may end with a full stop.
    .replace(/\.$/, '')
    .replace(/^www\./i, '')
    .replace(/[‐‑–]/g, '-')
    .toLowerCase();

const BY_ALIAS = new Map<string, KnownOutlet>(
  KNOWN_OUTLETS.flatMap((o) => [o.name, ...o.aliases].map((a) => [fold(a), o] as const)),
);

const WIRE_NAMES = new Set(WIRE_AGENCIES.flatMap((o) => [o.name, ...o.aliases].map(fold)));

/** "AFP", "Agence France-Presse", "Reuters": a wire agency, whose copy pages carry. */
export function isWireAgency(name: string): boolean {
  return WIRE_NAMES.has(fold(name));
}

/**
 * The outlet a line names when the line is nothing but a known outlet's name: as printed, or
 * by the outlet's own name when the page prints its web address.
 */
export function knownOutlet(text: string): string | null {
  const outlet = BY_ALIAS.get(fold(text));
  if (!outlet) return null;
  const printed = text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/\.$/, '');
  return ADDRESS.test(printed) ? outlet.name : printed;
}

/**
 * The known outlet a page's address belongs to: "https://www.example.com/…" by its host, or by
 * the host without its first labels ("english.example.com" → "example.com").
 */
export function outletOfUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.replace(/^www\./, '').split('.');
  for (let from = 0; from <= labels.length - 2; from++) {
    const outlet = BY_ALIAS.get(labels.slice(from).join('.'));
    if (outlet) return outlet.name;
  }
  return null;
}
