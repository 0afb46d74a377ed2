// Stories updated batch by batch: the events kept between batches give the timeline a whole rebuild gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPages, storyBundle } from '../../src/pipeline.js';
import { listFiles, readFile } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { contentWords } from '../../src/text/words.js';
import { EXAMPLES_DIR } from '../helpers.js';

function freshStore(): Store {
  return openStore(join(mkdtempSync(join(tmpdir(), 'newsline-incremental-')), 'test.db'));
}

function* examples() {
  for (const file of listFiles([EXAMPLES_DIR]).files) yield* readFile(file);
}

/** Each story's timeline as a reader sees it: dates, event texts and the pages behind each event. */
function timelines(store: Store, withLabels = true) {
  return store
    .stories()
    .map((s) => {
      const bundle = storyBundle(store, s.id)!;
      return {
        pages: [...s.pageIds].sort(),
        label: withLabels ? s.label : '',
        events: bundle.timeline.entries.map((e) => ({ date: e.date, text: e.text, sources: e.sources.map((r) => `${r.pageId}#${r.sentence}`).sort(), score: e.score.toFixed(6), disagreements: e.disagreements.length })),
        summary: bundle.summary.sentences.map((r) => r.text),
      };
    })
    .sort((a, b) => (a.pages[0] < b.pages[0] ? -1 : 1));
}

test('the examples ingested in two halves give the timelines, summaries and labels of one whole ingest', async () => {
  const whole = freshStore();
  const halves = freshStore();
  try {
    const all = await ingestPages(whole, examples());
    const pages = all.added;
    assert.ok(pages > 4);
    // Batches of half the pages: the second half is added to the events the first half left.
    await ingestPages(halves, examples(), { batchSize: Math.ceil(pages / 2) });
    assert.equal(halves.pageCount(), whole.pageCount());
    assert.deepEqual(timelines(halves), timelines(whole));
  } finally {
    whole.close();
    halves.close();
  }
});

test('events saved whole (saveStory) are kept until the next batch, which rebuilds the story from its pages', async () => {
  const store = freshStore();
  try {
    const files = listFiles([EXAMPLES_DIR]).files;
    await ingestPages(store, (function* () {
      for (const file of files.slice(0, 6)) yield* readFile(file);
    })());
    const story = store.stories()[0];
    store.saveStory(story, [], { storyId: story.id, sentences: [] });
    assert.deepEqual(store.events(story.id), [], 'the events given are the events read');
    await ingestPages(store, examples());
    const rebuilt = freshStore();
    await ingestPages(rebuilt, examples());
    // The rarity counts behind the profiles are kept between runs, so labels match too.
    assert.deepEqual(timelines(store), timelines(rebuilt));
    rebuilt.close();
  } finally {
    store.close();
  }
});

test('the examples ingested a few pages at a time give the stories and labels of one whole ingest', async () => {
  const whole = freshStore();
  const small = freshStore();
  try {
    await ingestPages(whole, examples());
    // Many batches: rarity weights carry over from batch to batch, and each batch's stories are consolidated.
    await ingestPages(small, examples(), { batchSize: 3 });
    const view = (store: Store) => store.stories().map((s) => ({ pages: [...s.pageIds].sort(), label: s.label })).sort((a, b) => (a.pages[0] < b.pages[0] ? -1 : 1));
    assert.deepEqual(view(small), view(whole));
    // The rarity counts are carried from batch to batch: the batches end where the whole ingest ends.
    assert.equal(small.rarityCounts().pages, whole.pageCount());
    const words = whole.stories().flatMap((s) => contentWords(s.label));
    assert.ok(words.length > 3);
    assert.deepEqual(words.map((w) => small.rarityCounts().count(w)), words.map((w) => whole.rarityCounts().count(w)));
  } finally {
    whole.close();
    small.close();
  }
});
