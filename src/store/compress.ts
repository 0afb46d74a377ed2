// How the store compresses what it keeps: in a module of its own, so that a worker thread can
// compress a raw page without loading the store.
import zlib from 'node:zlib';

/**
 * Raw pages and article records are kept compressed (Brotli at a low quality: about a fifth of the
 * bytes for about a millisecond a page). SQLite columns hold any type, so a compressed value is a BLOB
 * where an older file holds TEXT, and reading takes either.
 */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

export function pack(text: string): Buffer {
  return zlib.brotliCompressSync(Buffer.from(text, 'utf8'), BROTLI);
}

export function unpack(value: string | Buffer): string {
  return typeof value === 'string' ? value : zlib.brotliDecompressSync(value).toString('utf8');
}

