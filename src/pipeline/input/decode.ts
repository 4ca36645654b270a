// Bytes of a file → article text, or the reason it is not an article. Pure.

/** Larger files are not articles (a long feature is ~100 KB of HTML); see README. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type Decoded =
  { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const MAGIC: readonly { bytes: number[]; kind: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Shares of control characters (other than whitespace) and of replaced bytes in a sample. */
function oddShares(text: string): { control: number; replaced: number } {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return { control: 0, replaced: 0 };
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
    else if (c === 0xfffd) replaced++;
  }
  return { control: control / sample.length, replaced: replaced / sample.length };
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `file too large (${bytes.length} bytes; articles are at most ${MAX_ARTICLE_BYTES})`,
    };
  }
  for (const { bytes: magic, kind } of MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, reason: `binary file (${kind})` };
  }
  const warnings: string[] = [];
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
    warnings.push(`decoded as ${encoding.toUpperCase()} (byte-order mark)`);
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      warnings.push('invalid UTF-8: undecodable bytes replaced with U+FFFD');
    }
  }
  // A few replaced bytes are a text in another encoding (decoded with a warning); mostly
  // replaced or control bytes are not text at all.
  const shares = oddShares(text);
  if (shares.control > 0.1) return { ok: false, reason: 'binary file (control characters)' };
  if (shares.replaced > 0.3) return { ok: false, reason: 'binary file (not decodable as text)' };
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, warnings };
}
