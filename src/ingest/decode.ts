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

/** The charset an HTML page declares in its head, if iconv knows it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_WINDOW)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match) return null;
  const name = match[1].toLowerCase();
  // Browsers read a declared latin-1 or ascii page as windows-1252; so do we.
  const effective = name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii' ? 'windows-1252' : name;
  return iconv.encodingExists(effective) ? effective : null;
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

/** Decodes a page's bytes, or throws a DecodeError whose message says why it cannot be read. */
export function decodeBytes(bytes: Uint8Array, kind: 'html' | 'text'): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (bytes.length > MAX_PAGE_BYTES) throw new DecodeError(`too large: ${bytes.length} bytes (limit ${MAX_PAGE_BYTES})`);
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text or HTML');
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
