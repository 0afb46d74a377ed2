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
    // Labels follow the stories' profiles, which the clustering builds batch by batch: only the events are compared here.
    assert.deepEqual(timelines(store, false), timelines(rebuilt, false));
    rebuilt.close();
  } finally {
    store.close();
  }
});
