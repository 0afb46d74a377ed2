// What the store keeps for story consolidation and for the clustering's rarity weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite.js';
import { makePage } from '../../src/ingest/page.js';
import { article, EXAMPLES_DIR } from '../helpers.js';
import { ingestPaths } from '../../src/pipeline.js';

function dbFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsline-store-stories-')), 'test.db');
}

test('rarity counts are read term by term, updated, and kept across openings', () => {
  const file = dbFile();
  let store = openStore(file);
  assert.equal(store.rarityCounts().pages, 0);
  assert.equal(store.rarityCounts().count('ferry'), 0);
  store.saveRarity({ pages: 3, counts: new Map([['ferry', 2], ['harbour', 1]]) });
  store.saveRarity({ pages: 5, counts: new Map([['ferry', 4], ['storm', 1]]) });
  store.close();
  store = openStore(file);
  const counts = store.rarityCounts();
  assert.equal(counts.pages, 5);
  assert.deepEqual(['ferry', 'harbour', 'storm', 'tide'].map((t) => counts.count(t)), [4, 1, 1, 0]);
  store.close();
});

test('a story absorbed by another leaves its pages to it, and nothing of its own behind', () => {
  const store = openStore(dbFile());
  try {
    const made = ['The ferry sank near the harbour.', 'Divers searched the harbour for the ferry.', 'The ferry owner was questioned.'].map((text, i) => {
      const page = makePage({ content: text, kind: 'text', source: `p${i}.txt`, encoding: 'utf-8' });
      store.addPage(page, article({ pageId: page.id, title: `Ferry ${i}`, published: '2030-05-0' + (i + 1), paragraphs: [text] }));
      return page.id;
    });
    const summary = (id: string) => ({ storyId: id, sentences: [] });
    store.saveStory({ id: 'story-big', label: 'Ferry', pageIds: made.slice(0, 2), terms: { ferry: 1 }, entities: {} }, [], summary('story-big'));
    store.saveStory({ id: 'story-small', label: 'Owner', pageIds: made.slice(2), terms: { owner: 1 }, entities: {} }, [], summary('story-small'));
    store.addStoryTitles('story-small', [{ title: 'Owner questioned', published: '2030-05-03', seq: 3 }]);
    store.absorbStory('story-small', 'story-big');
    assert.deepEqual(store.stories().map((s) => s.id), ['story-big']);
    assert.deepEqual(store.story('story-big')!.pageIds, made);
    assert.equal(store.storyOf(made[2]), 'story-big');
    assert.equal(store.story('story-small'), undefined);
    assert.equal(store.storyPageCount('story-small'), 0);
    assert.deepEqual(store.events('story-small'), []);
    assert.deepEqual(store.addStoryTitles('story-small', []), [], 'its titles are gone');
    assert.equal(store.eventState('story-big'), undefined, "the survivor's events are left to be rebuilt from its pages");
  } finally {
    store.close();
  }
});

test('the event count of a story is read without assembling its events, and equals their number', async () => {
  const store = openStore(dbFile());
  await ingestPaths(store, [EXAMPLES_DIR]);
  const stories = store.stories();
  assert.ok(stories.length >= 2);
  for (const s of stories) assert.equal(store.eventCount(s.id), store.events(s.id).length);
  assert.ok(stories.some((s) => store.eventCount(s.id) > 10));
  assert.equal(store.eventCount('no-such-story'), 0);
  store.close();
});
