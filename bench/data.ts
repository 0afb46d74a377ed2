// Reading the benchmark sets' gzipped files: one place, so every bench decodes them the same way.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/ingest/decode.js';

export function readGzip(file: string): Buffer {
  return gunzipSync(readFileSync(file));
}

/** A gzipped file known to be UTF-8 (the Zyte pages, the JSON sets). */
export function readGzipText(file: string): string {
  return readGzip(file).toString('utf8');
}

export function readJsonGz<T>(file: string): T {
  return JSON.parse(readGzipText(file)) as T;
}

/** A gzipped HTML page in whatever encoding it declares, decoded as ingest decodes pages. */
export function readGzipHtml(file: string): string {
  return decodeBytes(readGzip(file), 'html').text;
}
