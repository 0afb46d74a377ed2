// Raw pages and article records are kept compressed, read back as written, and files written before
// (plain text in those columns, event features with a rowid) still read; --no-raw keeps the article without its raw page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '../../src/model.js';
import { openStore } from '../../src/store/sqlite.js';
import { article } from '../helpers.js';

const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: the river rose again overnight and the ferry to the north bank stayed in the harbour for a ${i}th day.`);
const html = `<!DOCTYPE html><html><head><title>Ferry stays in harbour</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

function fresh(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsline-compressed-')), 'test.db');
}

const page: Page = { id: 'p1', source: 'ferry.html', kind: 'html', content: html, encoding: 'utf-8', url: 'https://example.test/ferry' };
const a = article({ pageId: 'p1', paragraphs, published: '2024-03-02' });

test('a page and its article come back as they were stored, in a fraction of their bytes', () => {
  const file = fresh();
  const store = openStore(file);
  store.addPage(page, a);
  assert.deepEqual(store.page('p1'), page);
  assert.deepEqual(store.article('p1'), a);
  store.close();
  const raw = new Database(file, { readonly: true });
  const row = raw.prepare('SELECT length(p.content) AS page, length(a.data) AS article FROM pages p JOIN articles a ON a.page_id = p.id').get() as { page: number; article: number };
  raw.close();
  assert.ok(row.page < html.length / 3, `raw page kept in ${row.page} bytes for ${html.length}`);
  assert.ok(row.article < JSON.stringify(a).length / 3, `article kept in ${row.article} bytes for ${JSON.stringify(a).length}`);
  assert.ok(statSync(file).size > 0);
});

test('a file whose pages and articles were written as plain text still reads', () => {
  const file = fresh();
  openStore(file).close();
  const raw = new Database(file);
  raw.prepare("INSERT INTO pages (id, source, kind, url, encoding, given, content) VALUES ('p1', 'ferry.html', 'html', 'https://example.test/ferry', 'utf-8', NULL, ?)").run(html);
  raw.prepare("INSERT INTO articles (page_id, title, site, published, language, data) VALUES ('p1', NULL, NULL, NULL, 'en', ?)").run(JSON.stringify(a));
  raw.close();
  const store = openStore(file);
  assert.deepEqual(store.page('p1'), page);
  assert.deepEqual(store.article('p1'), a);
  store.close();
});

test('without raw pages the article is kept and the page is there without its content', () => {
  const store = openStore(fresh(), { keepRaw: false });
  store.addPage(page, a);
  assert.deepEqual(store.article('p1'), a);
  assert.deepEqual(store.page('p1'), { ...page, content: '' });
  store.close();
});

test('a file whose event features were kept with a rowid has them copied into a table without one', () => {
  const file = fresh();
  const raw = new Database(file);
  raw.exec("CREATE TABLE event_features (story_id TEXT NOT NULL, feature TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (story_id, feature)); INSERT INTO event_features VALUES ('story-1', 'siege', 3)");
  raw.close();
  openStore(file).close();
  const again = new Database(file, { readonly: true });
  const sql = (again.prepare("SELECT sql FROM sqlite_master WHERE name = 'event_features'").get() as { sql: string }).sql;
  const rows = again.prepare('SELECT * FROM event_features').all();
  again.close();
  assert.match(sql, /WITHOUT ROWID$/);
  assert.deepEqual(rows, [{ story_id: 'story-1', feature: 'siege', n: 3 }]);
});
