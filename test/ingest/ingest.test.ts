import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes, listFiles, readFile, readJsonl, pageId, MAX_PAGE_BYTES } from '../../src/ingest/index.js';
import type { IngestItem } from '../../src/ingest/index.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'newsline-ingest-'));
}

function pages(items: Iterable<IngestItem>) {
  return [...items].flatMap((i) => ('page' in i ? [i.page] : []));
}

test('a declared windows-1252 page decodes its single-byte accents and quotes', () => {
  const html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u201cquoted\u201d \u2013 done</p></body></html>';
  const decoded = decodeBytes(iconv.encode(html, 'windows-1252'), 'html');
  assert.equal(decoded.encoding, 'windows-1252');
  assert.match(decoded.text, /Café “quoted” – done/);
});

test('a declared windows-1256 Arabic page comes out as Arabic', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>دير الزور</p></body></html>';
  const decoded = decodeBytes(iconv.encode(html, 'windows-1256'), 'html');
  assert.equal(decoded.encoding, 'windows-1256');
  assert.match(decoded.text, /دير الزور/);
});

test('UTF-16 with a byte-order mark is read, and the mark is not part of the text', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Troops entered the town.', 'utf-16le')]);
  const decoded = decodeBytes(bytes, 'text');
  assert.equal(decoded.encoding, 'utf-16le');
  assert.equal(decoded.text, 'Troops entered the town.');
});

test('undeclared bytes that are not UTF-8 are detected rather than mangled', () => {
  const text = 'Les troupes sont entrées dans la ville après une journée de combats très violents à l’est.';
  const decoded = decodeBytes(iconv.encode(text, 'windows-1252'), 'text');
  assert.match(decoded.text, /entrées dans la ville après une journée/);
});

test('empty, binary and oversized inputs are refused with a reason', () => {
  assert.throws(() => decodeBytes(new Uint8Array(0), 'text'), /empty/);
  assert.throws(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]), 'text'), /binary/);
  assert.throws(() => decodeBytes(new Uint8Array(MAX_PAGE_BYTES + 1).fill(65), 'text'), /too large/);
});

test('folders are walked in name order; unsupported files are skipped with a reason; bad files become errors', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'Second page.\n\nIt has two paragraphs of text.');
  writeFileSync(join(dir, 'sub', 'a.html'), '<html><body><p>Nested page.</p></body></html>');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.htm'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
  const { files, missing } = listFiles([dir, join(dir, 'nope')]);
  assert.deepEqual(missing, [join(dir, 'nope')]);
  assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['b.txt', 'empty.txt', 'image.htm', 'notes.pdf', join('sub', 'a.html')]);
  const items = files.flatMap((f) => [...readFile(f)]);
  assert.equal(pages(items).length, 2);
  const errors = items.flatMap((i) => ('error' in i ? [i.error] : []));
  assert.deepEqual(errors.map((e) => e.message.split(' ')[0]).sort(), ['binary', 'empty']);
  const skipped = items.flatMap((i) => ('skipped' in i ? [i.skipped] : []));
  assert.equal(skipped.length, 1);
  assert.match(skipped[0].reason, /unsupported file type '\.pdf'/);
});

test('a .txt file that holds markup is read as HTML', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'saved.txt'), '<!DOCTYPE html><html><body><p>Saved as text.</p></body></html>');
  assert.equal(pages(readFile(join(dir, 'saved.txt')))[0].kind, 'html');
});

test('JSONL: one page per line, the given metadata kept, a broken line reported with its line number', () => {
  const content = [
    JSON.stringify({ url: 'https://news.example/a', title: 'Given title', published: '2017-10-20', text: 'Body of the first page.' }),
    '',
    '{not json',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ html: '<p>An HTML page.</p>' }),
  ].join('\n');
  const items = [...readJsonl(content, 'feed.jsonl')];
  const ps = pages(items);
  assert.equal(ps.length, 2);
  assert.equal(ps[0].kind, 'text');
  assert.deepEqual(ps[0].given, { title: 'Given title', published: '2017-10-20' });
  assert.equal(ps[0].url, 'https://news.example/a');
  assert.equal(ps[0].source, 'feed.jsonl#1');
  assert.equal(ps[1].kind, 'html');
  const errors = items.flatMap((i) => ('error' in i ? [i.error] : []));
  assert.deepEqual(errors.map((e) => e.source), ['feed.jsonl#3', 'feed.jsonl#4']);
  assert.match(errors[1].message, /non-empty "html" or "text"/);
});

test('a page id is the hash of its content: same content, same id; other content, other id', () => {
  assert.equal(pageId('same words'), pageId('same words'));
  assert.notEqual(pageId('same words'), pageId('other words'));
  assert.match(pageId('x'), /^[0-9a-f]{16}$/);
});
