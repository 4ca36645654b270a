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
  // More broadcasters and papers, by region: names without a newsroom word, and addresses.
  { name: 'RNZ', aliases: ['Radio New Zealand', 'rnz.co.nz'] },
  { name: 'CNA', aliases: ['Channel NewsAsia', 'channelnewsasia.com'] },
  { name: 'NHK World', aliases: ['NHK', 'NHK World-Japan', 'nhk.or.jp'] },
  { name: 'CGTN', aliases: ['cgtn.com'] },
  { name: 'RT', aliases: ['Russia Today', 'rt.com'] },
  { name: 'PBS NewsHour', aliases: ['PBS', 'pbs.org'] },
  { name: 'RFI', aliases: ['Radio France Internationale', 'rfi.fr'] },
  { name: 'MSNBC', aliases: ['msnbc.com'] },
  { name: 'ITV News', aliases: ['ITV', 'itv.com'] },
  { name: 'LBC', aliases: ['lbc.co.uk'] },
  { name: 'RTÉ', aliases: ['RTE', 'rte.ie'] },
  { name: 'SBS News', aliases: ['SBS', 'sbs.com.au'] },
  { name: 'CBC News', aliases: ['CBC', 'cbc.ca'] },
  { name: 'CTV News', aliases: ['CTV', 'ctvnews.ca'] },
  { name: 'WION', aliases: ['wionews.com'] },
  { name: 'Al Mayadeen', aliases: ['Al Mayadeen English', 'english.almayadeen.net'] },
  { name: 'swissinfo.ch', aliases: ['SWI swissinfo.ch', 'Swissinfo'] },
  { name: 'Stuff', aliases: ['stuff.co.nz'] },
  { name: 'The Globe and Mail', aliases: ['Globe and Mail', 'theglobeandmail.com'] },
  { name: 'Toronto Star', aliases: ['thestar.com'] },
  { name: 'National Post', aliases: ['nationalpost.com'] },
  { name: 'The Independent', aliases: ['Independent', 'independent.co.uk'] },
  { name: 'The Telegraph', aliases: ['The Daily Telegraph', 'telegraph.co.uk'] },
  { name: 'The Times', aliases: ['thetimes.co.uk', 'thetimes.com'] },
  { name: 'Evening Standard', aliases: ['standard.co.uk'] },
  { name: 'Daily Express', aliases: ['express.co.uk'] },
  { name: 'The Irish Times', aliases: ['Irish Times', 'irishtimes.com'] },
  { name: 'Irish Independent', aliases: ['independent.ie'] },
  { name: 'USA Today', aliases: ['USA TODAY', 'usatoday.com'] },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'latimes.com'] },
  { name: 'The Boston Globe', aliases: ['Boston Globe', 'bostonglobe.com'] },
  { name: 'The Hill', aliases: ['thehill.com'] },
  { name: 'Semafor', aliases: ['semafor.com'] },
  { name: 'HuffPost', aliases: ['huffpost.com'] },
  { name: 'The Atlantic', aliases: ['theatlantic.com'] },
  { name: 'The Intercept', aliases: ['theintercept.com'] },
  { name: 'Democracy Now!', aliases: ['Democracy Now', 'democracynow.org'] },
  { name: 'The Forward', aliases: ['forward.com'] },
  { name: 'Jewish Insider', aliases: ['jewishinsider.com'] },
  { name: 'The Electronic Intifada', aliases: ['Electronic Intifada', 'electronicintifada.net'] },
  { name: '+972 Magazine', aliases: ['972mag.com'] },
  { name: 'Kan News', aliases: ['Kan', 'kan.org.il'] },
  { name: 'Maariv', aliases: ['maariv.co.il'] },
  { name: 'Globes', aliases: ['en.globes.co.il'] },
  { name: "L'Orient Today", aliases: ["L'Orient-Le Jour", 'lorientlejour.com'] },
  { name: 'Naharnet', aliases: ['naharnet.com'] },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq Al Awsat', 'aawsat.com'] },
  { name: 'Saudi Gazette', aliases: ['saudigazette.com.sa'] },
  { name: 'Gulf Times', aliases: ['gulf-times.com'] },
  { name: 'The Peninsula', aliases: ['The Peninsula Qatar', 'thepeninsulaqatar.com'] },
  { name: 'Kuwait Times', aliases: ['kuwaittimes.com'] },
  { name: 'Times of Oman', aliases: ['timesofoman.com'] },
  { name: 'Jordan Times', aliases: ['The Jordan Times', 'jordantimes.com'] },
  { name: 'Roya News', aliases: ['en.royanews.tv'] },
  { name: 'Egypt Independent', aliases: ['egyptindependent.com'] },
  { name: 'Mada Masr', aliases: ['madamasr.com'] },
  { name: 'Al-Ahram', aliases: ['Al Ahram', 'ahram.org.eg'] },
  { name: 'Hespress', aliases: ['en.hespress.com'] },
  { name: 'Morocco World News', aliases: ['moroccoworldnews.com'] },
  { name: 'Tehran Times', aliases: ['tehrantimes.com'] },
  { name: 'Mehr News Agency', aliases: ['Mehr', 'en.mehrnews.com'] },
  { name: 'Tasnim News Agency', aliases: ['Tasnim', 'tasnimnews.com'] },
  { name: 'Fars News Agency', aliases: ['Fars', 'farsnews.ir'] },
  { name: 'Hürriyet Daily News', aliases: ['Hurriyet Daily News', 'hurriyetdailynews.com'] },
  { name: 'The Express Tribune', aliases: ['Express Tribune', 'tribune.com.pk'] },
  { name: 'Geo News', aliases: ['geo.tv'] },
  { name: 'The News International', aliases: ['thenews.com.pk'] },
  { name: 'Business Recorder', aliases: ['brecorder.com'] },
  { name: 'The Indian Express', aliases: ['Indian Express', 'indianexpress.com'] },
  { name: 'India Today', aliases: ['indiatoday.in'] },
  { name: 'Firstpost', aliases: ['firstpost.com'] },
  { name: 'ThePrint', aliases: ['theprint.in'] },
  { name: 'Scroll.in', aliases: ['scroll.in'] },
  { name: 'Deccan Herald', aliases: ['deccanherald.com'] },
  { name: 'The Daily Star', aliases: ['thedailystar.net'] },
  { name: 'Dhaka Tribune', aliases: ['dhakatribune.com'] },
  { name: 'The Kathmandu Post', aliases: ['Kathmandu Post', 'kathmandupost.com'] },
  { name: 'Bangkok Post', aliases: ['bangkokpost.com'] },
  { name: 'The Jakarta Post', aliases: ['Jakarta Post', 'thejakartapost.com'] },
  { name: 'New Straits Times', aliases: ['NST', 'nst.com.my'] },
  { name: 'Malay Mail', aliases: ['malaymail.com'] },
  { name: 'Free Malaysia Today', aliases: ['FMT', 'freemalaysiatoday.com'] },
  { name: 'The Star', aliases: ['thestar.com.my'] },
  { name: 'Inquirer', aliases: ['Philippine Daily Inquirer', 'INQUIRER.net', 'inquirer.net'] },
  { name: 'Rappler', aliases: ['rappler.com'] },
  { name: 'Philstar', aliases: ['The Philippine Star', 'philstar.com'] },
  { name: 'The Straits Times', aliases: ['Straits Times', 'straitstimes.com'] },
  { name: 'The Korea Herald', aliases: ['Korea Herald', 'koreaherald.com'] },
  { name: 'The Korea Times', aliases: ['Korea Times', 'koreatimes.co.kr'] },
  { name: 'The Japan Times', aliases: ['Japan Times', 'japantimes.co.jp'] },
  { name: 'Nikkei Asia', aliases: ['asia.nikkei.com'] },
  { name: 'Taipei Times', aliases: ['taipeitimes.com'] },
  { name: 'News24', aliases: ['news24.com'] },
  { name: 'Daily Maverick', aliases: ['dailymaverick.co.za'] },
  { name: 'Mail & Guardian', aliases: ['mg.co.za'] },
  { name: 'Punch', aliases: ['Punch Newspapers', 'punchng.com'] },
  { name: 'Premium Times', aliases: ['premiumtimesng.com'] },
  { name: 'Daily Nation', aliases: ['nation.africa'] },
  { name: 'Africanews', aliases: ['africanews.com'] },
  { name: 'Buenos Aires Times', aliases: ['batimes.com.ar'] },
  { name: 'MercoPress', aliases: ['en.mercopress.com'] },
  { name: 'teleSUR', aliases: ['teleSUR English', 'telesurenglish.net'] },
  { name: 'The Sydney Morning Herald', aliases: ['Sydney Morning Herald', 'smh.com.au'] },
  { name: 'The Age', aliases: ['theage.com.au'] },
  { name: 'The Australian', aliases: ['theaustralian.com.au'] },
  { name: 'NZ Herald', aliases: ['New Zealand Herald', 'nzherald.co.nz'] },
  { name: 'Le Figaro', aliases: ['lefigaro.fr'] },
  { name: 'Die Zeit', aliases: ['Zeit Online', 'zeit.de'] },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['FAZ', 'faz.net'] },
  { name: 'Neue Zürcher Zeitung', aliases: ['NZZ', 'nzz.ch'] },
  { name: 'Corriere della Sera', aliases: ['corriere.it'] },
  { name: 'El País', aliases: ['El Pais', 'elpais.com'] },
  { name: 'Euractiv', aliases: ['euractiv.com'] },
  { name: 'The Kyiv Independent', aliases: ['Kyiv Independent', 'kyivindependent.com'] },
  { name: 'UN News', aliases: ['news.un.org'] },
  // Portals that carry other outlets' stories under their own names.
  { name: 'MSN', aliases: ['msn.com', 'MSN News'] },
  { name: 'Yahoo News', aliases: ['Yahoo', 'Yahoo! News', 'news.yahoo.com', 'yahoo.com'] },
  { name: 'Google News', aliases: ['news.google.com'] },
  { name: 'Apple News', aliases: [] },
  { name: 'NewsBreak', aliases: ['newsbreak.com'] },
  { name: 'SmartNews', aliases: ['smartnews.com'] },
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
/**
 * A name as its web address spells it: "Al Bawaba" and "albawaba", "Nepali Times" and
 * "nepalitimes" are one name (letters and digits only, lower case).
 */
export function spelledName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function isWireAgency(name: string): boolean {
  return WIRE_NAMES.has(fold(name));
}

/**
 * The outlet a line names when the line is nothing but a known outlet's name: as printed, or
 * by the outlet's own name when the page prints its web address.
 */
export function knownOutlet(text: string): string | null {
  const outlet = BY_ALIAS.get(fold(text));
  if (!outlet) return outletWithExtra(text);
  const printed = text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/\.$/, '');
  // "GEO NEWS", "npr": a logo's lettering; the name is written as the outlet writes it.
  const sameName = printed.toLowerCase() === outlet.name.toLowerCase();
  return ADDRESS.test(printed) || sameName ? outlet.name : printed;
}

/** "Example News English", "Example Post Online": an edition's word after the outlet's name. */
const EDITION = /\s+(?:english|online|digital|international|arabic|edition)$/i;

/**
 * "Al Example English", "MEMO Middle East Example": a known outlet's name with its edition's
 * word after it, or with its own short name before or after it.
 */
function outletWithExtra(text: string): string | null {
  // A name and a word or two: a longer line is no masthead (most lines stop here).
  if (text.length > 60) return null;
  const folded = fold(text);
  const edition = folded.replace(EDITION, '');
  if (edition !== folded) return BY_ALIAS.get(edition)?.name ?? null;
  const words = folded.split(/\s+/);
  if (words.length < 3) return null;
  const [first, last] = [words[0] ?? '', words.at(-1) ?? ''];
  const rest = BY_ALIAS.get(words.slice(1).join(' '));
  if (rest && BY_ALIAS.get(first) === rest) return rest.name;
  const before = BY_ALIAS.get(words.slice(0, -1).join(' '));
  if (before && BY_ALIAS.get(last) === before) return before.name;
  return null;
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
