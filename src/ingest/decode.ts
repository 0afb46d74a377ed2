// Bytes to text: BOM first, then the charset the document declares, then strict UTF-8, then detection.
import iconv from 'iconv-lite';
import { detect as detectCharset } from 'chardet';

/** Pages larger than this are refused: no news article needs more, and parsing them risks the batch. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** Share of control characters above which bytes are taken for a binary file rather than text. */
const BINARY_CONTROL_SHARE = 0.1;
/** How far into an HTML page a <meta charset> declaration may stand (the HTML standard says 1024 bytes; some pages are sloppier). */
const META_CHARSET_WINDOW = 4096;

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * Labels browsers read as a wider encoding (the WHATWG Encoding Standard): a page declared latin-1 is
 * decoded as windows-1252, one declared GB2312 as GBK, and so on, because that is what such pages hold.
 */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', 'iso8859-1': 'windows-1252',
  gb2312: 'gbk', 'gb_2312-80': 'gbk', 'x-gbk': 'gbk', 'csgb2312': 'gbk', chinese: 'gbk',
  'iso-8859-9': 'windows-1254', 'iso-8859-11': 'windows-874', 'tis-620': 'windows-874',
  'ks_c_5601-1987': 'cp949', 'euc-kr': 'cp949', 'x-sjis': 'shift_jis', 'ms_kanji': 'shift_jis', 'big5-hkscs': 'big5',
  'x-mac-roman': 'macintosh', 'unicode-1-1-utf-8': 'utf-8', utf8: 'utf-8',
};

/** The encoding a charset label names, as browsers read it, if iconv knows it. */
export function charsetFromLabel(label: string): string | null {
  const name = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const effective = LABEL_ALIASES[name] ?? name;
  return iconv.encodingExists(effective) ? effective : null;
}

/** The charset an HTML page declares in its head (<meta charset> or <meta http-equiv content>), if iconv knows it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_WINDOW)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? charsetFromLabel(match[1]) : null;
}

/** The charset of a Content-Type header value ('text/html; charset=GB2312'), or the bare label given. */
function headerCharset(contentType: string): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return charsetFromLabel(m ? m[1] : contentType);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a page's bytes, or throws a DecodeError whose message says why it cannot be read. Order: BOM,
 * the HTTP charset (`httpCharset`: a Content-Type value or a label), the page's meta charset, strict
 * UTF-8, then detection.
 */
export function decodeBytes(bytes: Uint8Array, kind: 'html' | 'text', httpCharset?: string): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (bytes.length > MAX_PAGE_BYTES) throw new DecodeError(`too large: ${bytes.length} bytes (limit ${MAX_PAGE_BYTES})`);
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text or HTML');
  const fromHeader = httpCharset ? headerCharset(httpCharset) : null;
  if (fromHeader && fromHeader !== 'utf-8') return { text: iconv.decode(Buffer.from(bytes), fromHeader), encoding: fromHeader };
  if (fromHeader === 'utf-8') {
    const text = strictUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8' };
  }
  if (kind === 'html') {
    const declared = declaredCharset(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
    }
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const guess = detectCharset(bytes);
  const encoding = guess && iconv.encodingExists(guess) ? guess.toLowerCase() : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}
