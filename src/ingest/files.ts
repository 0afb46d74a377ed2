// Files and folders: .html/.htm, .txt and .jsonl, folders walked in name order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes, DecodeError, MAX_PAGE_BYTES } from './decode.js';
import { readJsonl } from './jsonl.js';
import { makePage, sniffKind } from './page.js';
import type { IngestItem } from './types.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export function isSupportedFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return HTML_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext);
}

/** Every file a list of paths names, folders expanded recursively in a stable order. */
export function listFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(path, name));
      }
    } else if (stat.isFile()) files.push(path);
  };
  for (const path of paths) {
    try {
      walk(path);
    } catch {
      missing.push(path);
    }
  }
  return { files, missing };
}

export function* readFile(file: string): Generator<IngestItem> {
  const ext = extname(file).toLowerCase();
  if (!isSupportedFile(file)) {
    yield { skipped: { source: file, reason: `unsupported file type '${ext || '(none)'}' (expected .html, .htm, .txt or .jsonl)` } };
    return;
  }
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_PAGE_BYTES && !JSONL_EXTENSIONS.has(ext)) {
      yield { error: { source: file, message: `too large: ${size} bytes (limit ${MAX_PAGE_BYTES})` } };
      return;
    }
    bytes = readFileSync(file);
  } catch (err) {
    yield { error: { source: file, message: `cannot read: ${(err as Error).message}` } };
    return;
  }
  if (JSONL_EXTENSIONS.has(ext)) {
    yield* readJsonl(bytes.toString('utf8'), file);
    return;
  }
  const declaredKind = HTML_EXTENSIONS.has(ext) ? 'html' : 'text';
  try {
    const decoded = decodeBytes(bytes, declaredKind);
    const kind = declaredKind === 'text' ? sniffKind(decoded.text) : 'html';
    if (!decoded.text.trim()) {
      yield { error: { source: file, message: 'no text in file (only white space)' } };
      return;
    }
    yield { page: makePage({ content: decoded.text, kind, source: file, encoding: decoded.encoding }) };
  } catch (err) {
    if (err instanceof DecodeError) yield { error: { source: file, message: err.message } };
    else throw err;
  }
}
