// The copy index kept in the store: copies found across separate ingests and after reopening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AnalyzedArticle, Page } from '../../src/model.js';
import { markDuplicates, markStoredCopies } from '../../src/dedupe/index.js';
import { openStore } from '../../src/store/sqlite.js';
import { article } from '../helpers.js';

const report = [
  'Flood water reached the lower streets of the harbour town overnight after the river burst its banks.',
  'The mayor said two hundred families had been moved to the school gym and the sports hall by morning.',
  'Volunteers filled sandbags along the quay until the tide turned shortly before four in the afternoon.',
];
const rewrite = [
  'Flood water reached the lower streets of the harbour town overnight after the river broke its banks.',
  report[1],
  'Volunteers filled sandbags along the quay until the tide turned just before four in the afternoon.',
];
const unrelated = ['The county fair opened on Saturday with a record number of prize pumpkins and a brass band from the valley.'];

function freshDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsline-copies-')), 'test.db');
}

function pageOf(a: AnalyzedArticle): Page {
  return { id: a.pageId, source: `${a.pageId}.txt`, kind: 'text', content: a.text, encoding: 'utf-8' };
}

function add(store: ReturnType<typeof openStore>, a: AnalyzedArticle): void {
  store.addPage(pageOf(a), a);
}

test('a copy ingested in a later batch is found in the stored index, and the original is left as it was', () => {
  const store = openStore(freshDb());
  add(store, article({ pageId: 'first', paragraphs: report }));
  assert.equal(markStoredCopies(store), 1);
  const before = store.article('first');
  add(store, article({ pageId: 'second', paragraphs: rewrite }));
  add(store, article({ pageId: 'third', paragraphs: unrelated }));
  assert.equal(markStoredCopies(store), 2);
  const second = store.article('second')!;
  assert.equal(second.duplicateOf, 'first');
  assert.deepEqual(second.sentences.map((s) => s.duplicateOf), [0, 1, 2].map((i) => ({ pageId: 'first', sentence: i })));
  assert.equal(store.article('third')!.duplicateOf, undefined);
  assert.deepEqual(store.article('first'), before);
  assert.equal(markStoredCopies(store), 0, 'pages already looked at are not looked at again');
  store.close();
});

test('a database reopened keeps its copy index', () => {
  const file = freshDb();
  const first = openStore(file);
  add(first, article({ pageId: 'first', paragraphs: report }));
  markStoredCopies(first);
  first.close();
  const again = openStore(file);
  add(again, article({ pageId: 'second', paragraphs: rewrite }));
  markStoredCopies(again);
  assert.equal(again.article('second')!.duplicateOf, 'first');
  again.close();
});

test('a database written before the copy index gets one when opened', () => {
  const file = freshDb();
  const old = openStore(file);
  add(old, article({ pageId: 'first', paragraphs: report }));
  add(old, article({ pageId: 'second', paragraphs: rewrite }));
  old.close();
  const raw = new Database(file);
  raw.exec('DROP TABLE copy_records; DROP TABLE copy_done;');
  raw.close();
  const reopened = openStore(file);
  assert.equal(reopened.article('second')!.duplicateOf, 'first');
  assert.equal(markStoredCopies(reopened), 0);
  reopened.close();
});

test('batch by batch through the store marks exactly what marking all at once marks', () => {
  const all = [
    article({ pageId: 'a', paragraphs: report }),
    article({ pageId: 'b', paragraphs: unrelated }),
    article({ pageId: 'c', paragraphs: rewrite }),
    article({ pageId: 'd', paragraphs: [report[2], unrelated[0], 'Nothing else happened in the town that week, the harbour master told reporters.'] }),
  ];
  const store = openStore(freshDb());
  for (const a of all) {
    add(store, a);
    markStoredCopies(store);
  }
  assert.deepEqual(all.map((a) => store.article(a.pageId)), markDuplicates(all));
  store.close();
});
