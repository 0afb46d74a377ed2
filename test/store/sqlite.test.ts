import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite.js';
import { makePage } from '../../src/ingest/page.js';
import { article } from '../helpers.js';

function dbFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsline-store-')), 'sub', 'test.db');
}

test('the database is created on first use and keeps pages, articles and stories across openings', () => {
  const file = dbFile();
  const page = makePage({ content: 'Troops crossed the river at dawn.', kind: 'text', source: 'a.txt', encoding: 'utf-8' });
  const a = article({ pageId: page.id, title: 'Crossing', published: '2017-01-02', paragraphs: ['Troops crossed the river at dawn.'] });
  let store = openStore(file);
  assert.equal(store.hasPage(page.id), false);
  store.addPage(page, a);
  store.recordError({ source: 'bad.txt', message: 'binary file' });
  store.saveStory({ id: 'story-1', label: 'Crossing', pageIds: [page.id], terms: { river: 1 }, entities: {} }, [], { storyId: 'story-1', sentences: [] });
  store.close();

  store = openStore(file);
  assert.equal(store.hasPage(page.id), true);
  assert.equal(store.pageCount(), 1);
  assert.deepEqual(store.article(page.id), a);
  assert.equal(store.findPage('a.txt')?.id, page.id);
  assert.equal(store.findPage(page.id.slice(0, 6))?.id, page.id);
  assert.equal(store.findPage('a.t')?.id, page.id, 'a part of the file name that names one page finds it');
  assert.equal(store.findPage('zzz'), undefined);
  assert.deepEqual(store.errors(), [{ source: 'bad.txt', message: 'binary file' }]);
  const story = store.story('story-1')!;
  assert.deepEqual(story.pageIds, [page.id]);
  assert.deepEqual(story.terms, { river: 1 });
  assert.equal(store.story('story')?.id, 'story-1', 'an id prefix finds the story');
  store.close();
});

test('adding a page that is already there changes nothing', () => {
  const store = openStore(dbFile());
  const page = makePage({ content: 'Same words.', kind: 'text', source: 'a.txt', encoding: 'utf-8' });
  const a = article({ pageId: page.id, paragraphs: ['Same words.'] });
  store.addPage(page, a);
  store.addPage({ ...page, source: 'copy-of-a.txt' }, a);
  assert.equal(store.pageCount(), 1);
  assert.equal(store.page(page.id)?.source, 'a.txt');
  store.close();
});
