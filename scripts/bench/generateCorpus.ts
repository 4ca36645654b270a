// A deterministic corpus for benchmarks: articles assembled from the templates, spread over
// 2023–2025 and 15 publishers, as .txt, .md and .html with the furniture of real pages. Pure.
import { seeded, type Random } from '../../src/lib/seededRandom.ts';
import {
  FIGURE_TEMPLATES,
  FILLER_TEMPLATES,
  GAZA_PLACES,
  HEDGES,
  NOISE_TEMPLATES,
  PUBLISHERS,
  SOURCES,
  WEST_BANK_PLACES,
  type FigureTemplate,
} from './templates.ts';

export interface CorpusFile {
  path: string;
  content: string;
}

const START = Date.UTC(2023, 9, 8);
const END = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** Roughly how each running total grew per day of war, and where it started. */
const GROWTH: Partial<Record<string, [number, number, number]>> = {
  gaza_killed: [1500, 75, 70000],
  gaza_injured: [5000, 170, 170000],
  gaza_displaced: [400000, 4000, 1900000],
  west_bank_killed: [50, 1.2, 1000],
  soldiers_killed: [20, 0.8, 900],
  hostages_held: [240, -0.2, 240],
  prisoners_held: [5000, 10, 11000],
};

const withCommas = (n: number) => n.toLocaleString('en-US');

function count(random: Random, template: FigureTemplate, daysIn: number): string {
  let n: number;
  const growth = GROWTH[template.metric];
  if (template.size === 'total' && growth) {
    const [base, perDay, cap] = growth;
    n = Math.round(
      Math.max(20, Math.min(cap, base + perDay * daysIn)) * (0.97 + random.next() * 0.06),
    );
  } else if (template.metric === 'israel_killed') n = random.pick([1139, 1200, 1200, 1400]);
  else if (template.metric === 'hostages_taken') n = random.pick([240, 250, 251, 253]);
  else if (template.metric === 'prisoners_released') n = random.int(30, 2000);
  else n = random.int(2, 120);
  if (n <= WORDS.length && random.chance(0.4)) return WORDS[n - 1] ?? String(n);
  return withCommas(n);
}

function dayPhrase(random: Random, date: Date): string {
  switch (random.int(0, 4)) {
    case 0:
      return `on ${WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? 'Monday'}`;
    case 1:
      return `on ${MONTHS[date.getUTCMonth()] ?? 'Jan.'} ${Math.max(1, date.getUTCDate() - 1)}`;
    case 2:
      return 'yesterday';
    default:
      return '';
  }
}

function fill(text: string, slots: Record<string, string>): string {
  return text
    .replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? '')
    .replace(/\s+([,.])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^(.)/, (c: string) => c.toUpperCase());
}

function sentence(random: Random, date: Date, daysIn: number): string {
  const roll = random.next();
  const slots: Record<string, string> = {
    source: random.pick(SOURCES),
    place: random.pick(GAZA_PLACES),
    wb: random.pick(WEST_BANK_PLACES),
    day: dayPhrase(random, date),
    age: String(random.int(6, 85)),
    trucks: String(random.int(20, 400)),
    money: String(random.int(2, 900)),
    pct: String(random.int(5, 95)),
    dur: String(random.pick([3, 5, 7, 42, 60])),
    weeks: String(random.int(2, 6)),
    ord: String(random.int(7, 99)),
    meetings: String(random.int(2, 9)),
  };
  if (roll < 0.35) {
    const template = random.pick(FIGURE_TEMPLATES);
    const q = random.pick(HEDGES);
    return fill(template.text, { ...slots, q, Q: q, n: count(random, template, daysIn) });
  }
  if (roll < 0.6) return fill(random.pick(NOISE_TEMPLATES), slots);
  return random.pick(FILLER_TEMPLATES);
}

function body(random: Random, date: Date, daysIn: number): string[] {
  const paragraphs: string[] = [];
  const n = random.int(10, 18);
  for (let i = 0; i < n; i++) {
    const sentences = random.int(1, 3);
    paragraphs.push(
      Array.from({ length: sentences }, () => sentence(random, date, daysIn)).join(' '),
    );
  }
  return paragraphs;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function generateCorpus(articles: number, seed = 1): CorpusFile[] {
  const random = seeded(seed);
  const files: CorpusFile[] = [];
  for (let i = 0; i < articles; i++) {
    const time = START + Math.floor(random.next() * ((END - START) / DAY)) * DAY;
    const date = new Date(time);
    const iso = date.toISOString().slice(0, 10);
    const daysIn = (time - START) / DAY;
    const publisher = random.pick(PUBLISHERS);
    const paragraphs = body(random, date, daysIn);
    const title = `Gaza talks continue as strikes go on, ${iso}`;
    const name = `${iso.slice(0, 7)}/article-${String(i).padStart(6, '0')}`;
    const format = random.next();
    if (format < 0.5) {
      const lines: string[] = [];
      if (random.chance(0.5)) lines.push(` date ${iso} ${paragraphs.shift() ?? ''}`);
      else {
        lines.push(title, `By: ${publisher}`);
        const first = paragraphs.shift() ?? '';
        lines.push(
          `GAZA CITY, ${MONTHS[date.getUTCMonth()] ?? 'Jan.'} ${date.getUTCDate()}, ${date.getUTCFullYear()} (${publisher}) — ${first}`,
        );
      }
      paragraphs.forEach((p, k) => {
        lines.push(p);
        if (k === 3) lines.push('Advertisement');
        if (k === 5)
          lines.push(
            `Residents inspect the damage in ${random.pick(GAZA_PLACES)}. Photo by A. Reporter/${publisher}`,
          );
      });
      lines.push(publisher, publisher);
      files.push({ path: `${name}.txt`, content: `${lines.join('\n\n')}\n` });
    } else if (format < 0.75) {
      const front = `---\ntitle: "${title}"\npublisher: ${publisher}\npublished: ${iso}\nurl: https://example.org/${name}\n---\n\n`;
      files.push({ path: `${name}.md`, content: `${front}${paragraphs.join('\n\n')}\n` });
    } else {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${publisher}</title>
<meta property="og:site_name" content="${publisher}"><meta property="article:published_time" content="${iso}T08:00:00Z">
<script>window.stats = { killed: 4000, hostages: 99 };</script><style>nav { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/live">Live: 3,000 killed in quake elsewhere</a></nav>
<main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<figure><img src="a.jpg"><figcaption>12 people wait for aid</figcaption></figure>
</article><aside>Most read: 25 injured in bus crash</aside></main>
<footer>&copy; ${publisher}. 1,200 journalists in 80 countries.</footer></body></html>`;
      files.push({ path: `${name}.html`, content: `${html}\n` });
    }
  }
  return files;
}
