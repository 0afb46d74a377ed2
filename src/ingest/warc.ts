// WARC and WARC.gz (ISO 28500, the Common Crawl News layout): read record by record from a stream,
// so memory holds one record at a time however large the file. Only HTML responses become pages.
// Format read from the WARC 1.1 spec (iipc.github.io/warc-specifications) and Common Crawl's files:
// one gzip member per record, `WARC-Type: response`, an HTTP message as the block.
import { createReadStream } from 'node:fs';
import { createGunzip, gzipSync, brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { decodeBytes, DecodeError, MAX_PAGE_BYTES } from './decode.js';
import { makePage } from './page.js';
import { hostMatches, urlHost } from './url.js';
import type { IngestItem } from './types.js';

/** A header line longer than this is not a WARC header: the file is damaged or not a WARC. */
const MAX_HEADER_LINE = 64 * 1024;
/** Records with more header lines than this are damaged. */
const MAX_HEADER_LINES = 500;
/** A record block larger than this is passed over unread (videos, PDFs): pages are far smaller. */
const MAX_RECORD_BYTES = MAX_PAGE_BYTES * 2;

export interface WarcRecord {
  headers: Map<string, string>;
  /** The record's block: for a response, the HTTP status line, headers and body. Empty when too large. */
  block: Buffer;
  /** Whether the block was passed over for its size. */
  oversized: boolean;
  /** Position of the record in its file, from 0. */
  index: number;
}

export interface WarcFilter {
  /** Keep only pages from these hosts (and their subdomains). */
  hosts?: string[];
  /** Keep only records captured on or after this date (ISO, compared as text on the same prefix). */
  from?: string;
  /** Keep only records captured on or before this date. */
  to?: string;
  /** Keep only pages in these languages (ISO 639-1), judged by the archive's own label or the page's lang attribute. */
  languages?: string[];
}

/**
 * The filters of a run as one stable text: a record passed over by these filters is logged under it,
 * so that a resumed run with other filters takes it up again (and one with the same filters does not).
 */
export function filterSignature(filter: WarcFilter): string {
  const list = (xs?: string[]) => [...new Set((xs ?? []).map((x) => x.toLowerCase()))].sort();
  return JSON.stringify({ hosts: list(filter.hosts), from: filter.from ?? '', to: filter.to ?? '', languages: list(filter.languages) });
}

/** What the ingest log records for an item passed over by filters (see isDoneUnder). */
export function filteredOutcome(signature: string): string {
  return `filtered ${signature}`;
}

/** Whether a logged outcome means the item needs no more work under these filters. */
export function isDoneUnder(outcome: string | undefined, signature: string): boolean {
  if (outcome === undefined) return false;
  return !outcome.startsWith('filtered') || outcome === filteredOutcome(signature);
}

/** Reads a byte stream in lines and counted blocks without holding more than one record. */
class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private done = false;
  constructor(private source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.chunks.push(chunk);
    this.length += chunk.length;
    return true;
  }

  /** The first n buffered bytes; slices the first chunk when it holds them, so lines cost no copying. */
  private take(n: number): Buffer {
    const first = this.chunks[0];
    if (first && first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.length -= n;
      return out;
    }
    const joined = Buffer.concat(this.chunks, this.length);
    const rest = joined.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return joined.subarray(0, n);
  }

  /** The next line without its line end, or null at the end of the stream. */
  async line(): Promise<string | null> {
    for (;;) {
      let offset = 0;
      for (const chunk of this.chunks) {
        const at = chunk.indexOf(10);
        if (at >= 0) {
          const raw = this.take(offset + at + 1);
          return raw.toString('utf8').replace(/\r?\n$/, '');
        }
        offset += chunk.length;
      }
      if (this.length > MAX_HEADER_LINE) throw new Error('header line too long: not a WARC file, or a damaged one');
      if (!(await this.fill())) return this.length ? this.take(this.length).toString('utf8') : null;
    }
  }

  async read(n: number): Promise<Buffer> {
    while (this.length < n) if (!(await this.fill())) throw new Error('file ends in the middle of a record');
    return this.take(n);
  }

  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (!this.length && !(await this.fill())) throw new Error('file ends in the middle of a record');
      const step = Math.min(left, this.length);
      this.take(step);
      left -= step;
    }
  }
}

/** Every record of a WARC file, gzip-compressed (per record or whole) or not, one at a time. */
export async function* readWarcRecords(file: string): AsyncGenerator<WarcRecord> {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  const stream = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  const reader = new ByteReader(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  try {
    for (let index = 0; ; index++) {
      let line = await reader.line();
      while (line !== null && line.trim() === '') line = await reader.line();
      if (line === null) return;
      if (!/^WARC\/\d/.test(line)) throw new Error(`record ${index}: expected a WARC version line, found '${line.slice(0, 40)}'`);
      const headers = new Map<string, string>();
      for (let n = 0; ; n++) {
        const h = await reader.line();
        if (h === null) throw new Error(`record ${index}: file ends in the headers`);
        if (h === '') break;
        if (n > MAX_HEADER_LINES) throw new Error(`record ${index}: too many header lines`);
        const colon = h.indexOf(':');
        if (colon > 0) headers.set(h.slice(0, colon).trim().toLowerCase(), h.slice(colon + 1).trim());
      }
      const length = Number(headers.get('content-length') ?? 'NaN');
      if (!Number.isFinite(length) || length < 0) throw new Error(`record ${index}: no valid Content-Length`);
      if (length > MAX_RECORD_BYTES) {
        await reader.skip(length);
        yield { headers, block: Buffer.alloc(0), oversized: true, index };
      } else {
        yield { headers, block: await reader.read(length), oversized: false, index };
      }
    }
  } finally {
    raw.destroy();
  }
}

interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function parseHttp(block: Buffer): HttpMessage | undefined {
  let end = block.indexOf('\r\n\r\n');
  let sep = 4;
  if (end < 0) {
    end = block.indexOf('\n\n');
    sep = 2;
  }
  if (end < 0) return undefined;
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return undefined;
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const colon = l.indexOf(':');
    if (colon > 0) headers.set(l.slice(0, colon).trim().toLowerCase(), l.slice(colon + 1).trim());
  }
  return { status: Number(status[1]), headers, body: block.subarray(end + sep) };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The body as the server meant it: chunking and compression undone, refusing to grow past the page limit. */
function decodedBody(message: HttpMessage): Buffer {
  let body = message.body;
  if (/chunked/i.test(message.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (message.headers.get('content-encoding') ?? '').toLowerCase();
  const opts = { maxOutputLength: MAX_PAGE_BYTES + 1 };
  if (encoding.includes('gzip')) body = gunzipSync(body, opts);
  else if (encoding.includes('deflate')) body = inflateSync(body, opts);
  else if (encoding.includes('br')) body = brotliDecompressSync(body, opts);
  return body;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;

/** The page's language by what the archive says, else by its html lang attribute; undefined when neither says. */
function declaredLanguage(record: WarcRecord, html: string): string | undefined {
  const archive = record.headers.get('warc-identified-content-language');
  if (archive) return archive.split(',')[0].trim().toLowerCase();
  const lang = /<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})/i.exec(html.slice(0, 4096));
  return lang ? lang[1].toLowerCase() : undefined;
}

/** ISO 639-2/3 names Common Crawl uses mapped to the two-letter codes users type. */
const LANGUAGE_CODES: Record<string, string> = { en: 'en', eng: 'en', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', ara: 'ar', rus: 'ru', zho: 'zh', jpn: 'ja' };

function languageCode(code: string): string {
  const c = code.toLowerCase();
  return LANGUAGE_CODES[c] ?? LANGUAGE_CODES[c.slice(0, 3)] ?? c.slice(0, 2);
}

/** The key under which a record is logged for --resume: stable across runs of the same file. */
export function warcRecordKey(file: string, record: WarcRecord): string {
  return `warc:${record.headers.get('warc-record-id') ?? `${file}#${record.index}`}`;
}

/** An item with its ingest-log key and, for fetched pages, the URLs asked for before redirects. */
export type KeyedItem = IngestItem & { key?: string; aliases?: string[]; filteredBy?: string };

export interface WarcReadOptions extends WarcFilter {
  /** Records already handled in an earlier run: passed over before any work is done on them. */
  isDone?: (key: string) => boolean;
  /** Told of records passed over for resume, so reports can count them. */
  onResumed?: () => void;
}

/** The HTML pages of one WARC file, as ingest items that carry their resume key. */
export async function* readWarc(file: string, options: WarcReadOptions = {}): AsyncGenerator<KeyedItem> {
  const rawLanguages = options.languages?.map(languageCode);
  const signature = filterSignature(options);
  try {
    for await (const record of readWarcRecords(file)) {
      if (record.headers.get('warc-type') !== 'response') continue;
      const key = warcRecordKey(file, record);
      if (options.isDone?.(key)) {
        options.onResumed?.();
        continue;
      }
      const uri = (record.headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, '');
      const source = `${file}#${uri || record.index}`;
      const skip = (reason: string): KeyedItem => ({ skipped: { source, reason }, key });
      // Passed over by this run's filters only: another run's filters may want it.
      const filtered = (reason: string): KeyedItem => ({ skipped: { source, reason }, key, filteredBy: signature });
      if (record.oversized) {
        yield { error: { source, message: `record too large (over ${MAX_RECORD_BYTES} bytes)` }, key };
        continue;
      }
      if (options.hosts?.length && !options.hosts.some((h) => hostMatches(urlHost(uri), h))) {
        yield filtered('host not among --host');
        continue;
      }
      const date = record.headers.get('warc-date') ?? '';
      if (options.from && date.slice(0, options.from.length) < options.from) {
        yield filtered('captured before --from');
        continue;
      }
      if (options.to && date.slice(0, options.to.length) > options.to) {
        yield filtered('captured after --to');
        continue;
      }
      const message = parseHttp(record.block);
      if (!message) {
        yield { error: { source, message: 'response record without an HTTP message' }, key };
        continue;
      }
      if (message.status < 200 || message.status >= 300) {
        yield skip(`HTTP status ${message.status}`);
        continue;
      }
      const type = message.headers.get('content-type') ?? record.headers.get('warc-identified-payload-type') ?? '';
      if (!HTML_TYPES.test(type)) {
        yield skip(`not HTML (${type.split(';')[0] || 'no type'})`);
        continue;
      }
      try {
        const decoded = decodeBytes(decodedBody(message), 'html');
        if (rawLanguages?.length) {
          const lang = declaredLanguage(record, decoded.text);
          if (lang && !rawLanguages.includes(languageCode(lang))) {
            yield filtered('language not among --lang');
            continue;
          }
        }
        yield { page: makePage({ content: decoded.text, kind: 'html', source, encoding: decoded.encoding, url: uri || undefined }), key };
      } catch (err) {
        // Undecodable bytes, a corrupt or oversized compressed body: this record's error, not the batch's.
        const message = err instanceof DecodeError ? err.message : `cannot decode the body: ${(err as Error).message}`;
        yield { error: { source, message }, key };
      }
    }
  } catch (err) {
    yield { error: { source: file, message: `cannot read the archive: ${(err as Error).message}` } };
  }
}

export function isWarcFile(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/** One response record holding an HTML page, gzip-compressed on its own as Common Crawl writes them. */
export function warcResponseRecord(fields: { uri: string; date: string; html: string; id: string; language?: string }): Buffer {
  const body = Buffer.from(fields.html, 'utf8');
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
  const head = [
    'WARC/1.0',
    'WARC-Type: response',
    `WARC-Date: ${fields.date}`,
    `WARC-Record-ID: <urn:uuid:${fields.id}>`,
    `WARC-Target-URI: ${fields.uri}`,
    ...(fields.language ? [`WARC-Identified-Content-Language: ${fields.language}`] : []),
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length}`,
  ].join('\r\n');
  return gzipSync(Buffer.concat([Buffer.from(head + '\r\n\r\n', 'utf8'), http, Buffer.from('\r\n\r\n')]));
}
